using Dapper;
using DbUp;
using DbUp.Engine;
using DbUp.Sqlite.Helpers;
using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations;

/// <summary>
/// Builds the dataset's SQLite file from the migration scripts embedded in this library, or
/// upgrades an existing file with the scripts it lacks. Every script runs in its own
/// transaction: a failing script is rolled back and the ones before it stay applied.
/// </summary>
public static partial class DatasetBuilder
{
    /// <summary>
    /// The value of <c>PRAGMA application_id</c> that marks a file as this dataset
    /// (0x415A5359, the ASCII letters "AZSY").
    /// </summary>
    public const int ApplicationId = DatasetFormat.ApplicationId;

    /// <summary>The timestamp every journal entry carries in a built file, so builds are byte-identical.</summary>
    public const string NormalisedAppliedTimestamp = "2000-01-01 00:00:00";

    /// <summary>
    /// The schema version this library builds: the number of its newest migration script, and
    /// the <c>PRAGMA user_version</c> of a file built by it.
    /// </summary>
    public static int SchemaVersion => Migrations.LatestNumber;

    /// <summary>The names of the embedded migration scripts, in the order they run.</summary>
    public static IReadOnlyList<string> ScriptNames { get; } = Migrations.All.Select(s => s.Name).ToArray();

    /// <summary>
    /// Builds a fresh database at <paramref name="outputPath"/> from all embedded scripts. The scripts
    /// run on a database in memory, which is then written to a hidden file beside the output and
    /// renamed over it: the output appears whole or not at all, and no other file is left, even by a
    /// build that is killed (a hidden file a killed build left is removed by the next build to the same
    /// path). Only a file of this dataset (or an empty file) is replaced; any other file, a symbolic link,
    /// a FIFO, a socket or a device is refused and left as it is; and the old file is replaced only while the
    /// build holds SQLite's write lock on it, so never in the middle of another process's write. The result is byte-identical for the same scripts and SQLite library, whatever
    /// the machine, time or time zone.
    /// </summary>
    /// <param name="outputPath">Where to write the database file.</param>
    /// <returns>What was built: the scripts run, the file's SHA-256 and its row counts.</returns>
    /// <exception cref="DatasetBuildException">A script failed; nothing is written to <paramref name="outputPath"/>.</exception>
    /// <exception cref="DatasetFileException">A folder, a symbolic link, a FIFO, a socket, a device or a file that is not this dataset is at <paramref name="outputPath"/>, or another process is writing to the file there; it is left untouched.</exception>
    public static BuildResult Build(string outputPath)
    {
        ArgumentException.ThrowIfNullOrEmpty(outputPath);
        var fullOutput = Path.GetFullPath(outputPath);
        DatasetFile.CheckReplaceable(fullOutput);
        var directory = Path.GetDirectoryName(fullOutput)!;
        Directory.CreateDirectory(directory);
        StagedFile.RemoveLeftovers(fullOutput);

        List<string> applied;
        using (var staged = StagedFile.Create(fullOutput))
        {
            applied = BuildInto(staged.Path);
            using (OutputLock.Take(fullOutput)) // SQLite's write lock on the old file: never replaced in the middle of another's write
            {
                DatasetFile.CheckReplaceable(fullOutput); // again: something may have been put there meanwhile
                staged.Replace(fullOutput);
            }
        }

        return new BuildResult
        {
            Path = fullOutput,
            ScriptsApplied = applied,
            SchemaVersion = SchemaVersion,
            Sha256 = ComputeSha256(fullOutput),
            TableCounts = CountRows(fullOutput),
        };
    }

    /// <summary>
    /// Runs every embedded script on a database in memory, makes it byte-reproducible and writes it
    /// into <paramref name="emptyFile"/> (an empty file, such as a staged one), returning the scripts run.
    /// </summary>
    internal static List<string> BuildInto(string emptyFile)
    {
        // A shared in-memory database, named in a URI: with Mode=Memory instead, SQLite would open the
        // VACUUM INTO target in memory too, and write no file. It lives as long as one connection to it is open.
        var work = new SqliteConnectionStringBuilder { DataSource = $"file:azsy-build-{Guid.NewGuid():N}?mode=memory&cache=shared", Pooling = false }.ToString();
        using var keeper = new SqliteConnection(work);
        keeper.Open();
        var applied = ApplyScriptsWith(work, Migrations.All, deferStoredColumns: true);
        Normalise(keeper);
        keeper.Execute("VACUUM INTO @target", new { target = emptyFile });
        return applied;
    }

    /// <summary>
    /// Applies to the database at <paramref name="path"/> (created if missing) the embedded
    /// scripts its journal does not list yet, then sets its schema version and application id.
    /// Only a file marked as this dataset (<c>PRAGMA application_id</c>), an empty file or no file is
    /// upgraded: another application's database is refused even when it has a DbUp journal table.
    /// </summary>
    /// <param name="path">The database file to upgrade in place.</param>
    /// <returns>The names of the scripts that ran; empty when the file was up to date.</returns>
    /// <exception cref="DatasetBuildException">A script failed; it was rolled back, earlier ones stay, and <c>user_version</c> names the newest that stayed.</exception>
    /// <exception cref="DatasetFileException">The file is a folder, not SQLite, not marked as this dataset, or of a newer schema; it is left untouched.</exception>
    public static IReadOnlyList<string> Upgrade(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var fullPath = Path.GetFullPath(path);
        if (Directory.Exists(fullPath) || (File.Exists(fullPath) && new FileInfo(fullPath).Length > 0))
        {
            // Every build marks a new file before its first script, so even an interrupted one passes.
            DatasetFile.Check(fullPath);
        }

        return ApplyScripts(fullPath, Migrations.All);
    }

    /// <summary>The SHA-256 of a file, as lowercase hexadecimal.</summary>
    /// <param name="path">The file to hash.</param>
    /// <returns>64 lowercase hexadecimal digits.</returns>
    public static string ComputeSha256(string path) => Sha256Hash.OfFile(path);

    /// <summary>
    /// Applies the given scripts (those the journal lacks) to the database at <paramref name="path"/>.
    /// A new file is marked as this dataset before the first script runs, so that an interrupted
    /// build is still recognisably ours; afterwards <c>user_version</c> names the newest script
    /// the file holds, whether or not a script failed.
    /// </summary>
    internal static List<string> ApplyScripts(string path, IEnumerable<SqlScript> scripts) =>
        ApplyScriptsWith(DatasetFormat.WritableConnectionString(path, create: true), scripts);

    /// <summary>
    /// Applies the given scripts to the database <paramref name="connectionString"/> opens (see
    /// <see cref="ApplyScripts(string, IEnumerable{SqlScript})"/>), one at a time, so that
    /// <see cref="ScriptHistory"/> can record which script changed which fact. With
    /// <paramref name="deferStoredColumns"/>, scripts that only write rows run without the triggers that keep
    /// the stored columns in step, which are recomputed whole after them (<see cref="StoredColumnsDeferral"/>).
    /// </summary>
    private static List<string> ApplyScriptsWith(string connectionString, IEnumerable<SqlScript> scripts, bool deferStoredColumns = false)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        if (connection.ExecuteScalar<long>("PRAGMA application_id") == 0 && connection.ExecuteScalar<long>("SELECT count(*) FROM sqlite_schema") == 0)
        {
            connection.Execute($"PRAGMA application_id = {ApplicationId}");
        }

        // The scripts run on this connection (DbUp keeps a shared connection open), so that the
        // authorizer sees every statement they prepare.
        using var touched = new TouchedTables(connection);
        var history = new ScriptHistory(connection, touched);
        var deferral = deferStoredColumns ? new StoredColumnsDeferral(connection) : null;
        var applied = new List<string>();
        DatabaseUpgradeResult? failed = null;
        foreach (var script in scripts)
        {
            deferral?.Before(script);
            history.Before(script.Name);
            var shared = new SharedConnection(connection);
            var upgrade = DeployChanges.To.SqliteDatabase(shared);
            // Each statement its own command (see StatementByStatementConnectionManager for what one command
            // for the whole script loses); set before the options below, which configure the manager in place.
            upgrade.Configure(c => c.ConnectionManager = new StatementByStatementConnectionManager(shared));
            var result = upgrade
                .WithScripts(script)
                .WithTransactionPerScript()
                .WithVariablesDisabled()
                .LogToNowhere()
                .Build()
                .PerformUpgrade();
            if (!result.Successful)
            {
                failed = result;
                break;
            }

            if (result.Scripts.Any())
            {
                applied.Add(script.Name);
                history.After(script.Name);
            }
        }

        // What the scripts that ran did is recorded even when a later one failed: they stay applied.
        deferral?.Resume();
        history.Finish();
        Mark(connection);
        if (failed is not null)
        {
            // The script as written (not as split for DbUp), so that the line named is the file's.
            var script = failed.ErrorScript is null ? null : scripts.FirstOrDefault(s => s.Name == failed.ErrorScript.Name) ?? failed.ErrorScript;
            var where = script is null ? null : FailingStatement.LocateWith(connectionString, script.Contents);
            throw new DatasetBuildException(
                $"Migration {script?.Name ?? "(unknown)"} failed{(where is null ? string.Empty : $" at line {where.Line} ({where.Preview})")}: {failed.Error?.Message}",
                failed.Error);
        }

        return applied;
    }

    /// <summary>The last steps of a build, which make two builds of the same scripts byte-identical.</summary>
    internal static void Normalise(SqliteConnection connection)
    {
        connection.Execute("UPDATE SchemaVersions SET Applied = @at", new { at = NormalisedAppliedTimestamp });
        // A full-text index's pages depend on how the rows were written (one statement or
        // many); rebuilt and merged into one segment, they depend only on the rows.
        foreach (var index in SchemaCatalog.Read(connection).FullTextIndexes)
        {
            var name = SchemaCatalog.Quote(index);
            connection.Execute($"INSERT INTO {name} ({name}) VALUES ('rebuild'); INSERT INTO {name} ({name}) VALUES ('optimize');");
        }
    }

    /// <summary>Sets the file's application id, and its schema version to the newest script its journal lists.</summary>
    private static void Mark(SqliteConnection connection)
    {
        var newest = connection.ExecuteScalar<long>("SELECT count(*) FROM sqlite_schema WHERE name = 'SchemaVersions'") == 0
            ? 0
            : connection.Query<string>("SELECT ScriptName FROM SchemaVersions").Select(DatasetFormat.ScriptNumber).DefaultIfEmpty(0).Max();
        connection.Execute($"PRAGMA user_version = {newest}; PRAGMA application_id = {ApplicationId};");
    }

    private static IReadOnlyDictionary<string, long> CountRows(string path)
    {
        using var dataset = RelationsDataset.Open(path);
        return dataset.GetRowCounts();
    }
}
