using System.Security.Cryptography;
using Dapper;
using DbUp;
using DbUp.Engine;
using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations;

/// <summary>
/// Builds the dataset's SQLite file from the migration scripts embedded in this library, or
/// upgrades an existing file with the scripts it lacks. Every script runs in its own
/// transaction: a failing script is rolled back and the ones before it stay applied.
/// </summary>
public static class DatasetBuilder
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
    /// Builds a fresh database at <paramref name="outputPath"/> from all embedded scripts,
    /// replacing any file there only once the new one is complete. The result is byte-identical
    /// for the same scripts and SQLite library, whatever the machine, time or time zone.
    /// </summary>
    /// <param name="outputPath">Where to write the database file.</param>
    /// <returns>What was built: the scripts run, the file's SHA-256 and its row counts.</returns>
    /// <exception cref="DatasetBuildException">A script failed; nothing is written to <paramref name="outputPath"/>.</exception>
    public static BuildResult Build(string outputPath)
    {
        ArgumentException.ThrowIfNullOrEmpty(outputPath);
        var fullOutput = Path.GetFullPath(outputPath);
        var directory = Path.GetDirectoryName(fullOutput)!;
        Directory.CreateDirectory(directory);

        var work = Path.Combine(Path.GetTempPath(), $"azsy-build-{Guid.NewGuid():N}.db");
        var staged = Path.Combine(directory, $".{Path.GetFileName(fullOutput)}.{Guid.NewGuid():N}.tmp");
        try
        {
            var applied = ApplyScripts(work, Migrations.All);
            using (var connection = OpenWritable(work))
            {
                Normalise(connection);
                connection.Execute("VACUUM INTO @target", new { target = staged });
            }

            File.Move(staged, fullOutput, overwrite: true);
            return new BuildResult
            {
                Path = fullOutput,
                ScriptsApplied = applied,
                SchemaVersion = SchemaVersion,
                Sha256 = ComputeSha256(fullOutput),
                TableCounts = CountRows(fullOutput),
            };
        }
        finally
        {
            File.Delete(work);
            File.Delete(staged);
        }
    }

    /// <summary>
    /// Applies to the database at <paramref name="path"/> (created if missing) the embedded
    /// scripts its journal does not list yet, then sets its schema version and application id.
    /// </summary>
    /// <param name="path">The database file to upgrade in place.</param>
    /// <returns>The names of the scripts that ran; empty when the file was up to date.</returns>
    /// <exception cref="DatasetBuildException">A script failed; it was rolled back, earlier ones stay.</exception>
    /// <exception cref="DatasetFileException">The file is not SQLite, belongs to another application, or is of a newer schema; it is left untouched.</exception>
    public static IReadOnlyList<string> Upgrade(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var fullPath = Path.GetFullPath(path);
        CheckUpgradable(fullPath);
        return ApplyScripts(fullPath, Migrations.All);
    }

    /// <summary>The SHA-256 of a file, as lowercase hexadecimal.</summary>
    /// <param name="path">The file to hash.</param>
    /// <returns>64 lowercase hexadecimal digits.</returns>
    public static string ComputeSha256(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    /// <summary>
    /// Applies the given scripts (those the journal lacks) to the database at <paramref name="path"/>.
    /// A new file is marked as this dataset before the first script runs, so that an interrupted
    /// build is still recognisably ours; afterwards <c>user_version</c> names the newest script
    /// the file holds, whether or not a script failed.
    /// </summary>
    internal static List<string> ApplyScripts(string path, IEnumerable<SqlScript> scripts)
    {
        using (var connection = new SqliteConnection(DatasetFormat.WritableConnectionString(path, create: true)))
        {
            connection.Open();
            if (connection.ExecuteScalar<long>("PRAGMA application_id") == 0 && connection.ExecuteScalar<long>("SELECT count(*) FROM sqlite_schema") == 0)
            {
                connection.Execute($"PRAGMA application_id = {ApplicationId}");
            }
        }

        var upgrader = DeployChanges.To
            .SqliteDatabase(DatasetFormat.WritableConnectionString(path, create: true))
            .WithScripts(scripts)
            .WithTransactionPerScript()
            .WithVariablesDisabled()
            .LogToNowhere()
            .Build();

        var result = upgrader.PerformUpgrade();
        using (var connection = OpenWritable(path))
        {
            Mark(connection);
        }

        if (!result.Successful)
        {
            var script = result.ErrorScript;
            var where = script is null ? null : FailingStatement.Locate(path, script.Contents);
            throw new DatasetBuildException(
                $"Migration {script?.Name ?? "(unknown)"} failed{(where is null ? string.Empty : $" at line {where.Line} ({where.Preview})")}: {result.Error?.Message}",
                result.Error);
        }

        return result.Scripts.Select(s => s.Name).ToList();
    }

    /// <summary>The last steps of a build, which make two builds of the same scripts byte-identical.</summary>
    private static void Normalise(SqliteConnection connection)
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

    /// <summary>
    /// Refuses to run migrations on a file that is not ours: an existing file must be this
    /// dataset, or an SQLite file whose only contents are an interrupted build of it.
    /// </summary>
    private static void CheckUpgradable(string path)
    {
        if (!File.Exists(path) || new FileInfo(path).Length == 0)
        {
            return;
        }

        try
        {
            DatasetFile.Check(path);
        }
        catch (DatasetFileException ex) when (ex.Problem == DatasetFileProblem.NotThisDataset)
        {
            using var connection = new SqliteConnection(DatasetFormat.ReadOnlyConnectionString(path));
            connection.Open();
            var applicationId = connection.ExecuteScalar<long>("PRAGMA application_id");
            var tables = connection.Query<string>("SELECT name FROM sqlite_schema WHERE type = 'table'").ToList();
            if (applicationId != 0 || (tables.Count > 0 && !tables.Contains("SchemaVersions")))
            {
                throw;
            }
        }
    }

    private static SqliteConnection OpenWritable(string path)
    {
        var connection = new SqliteConnection(DatasetFormat.WritableConnectionString(path, create: false));
        connection.Open();
        return connection;
    }

    private static IReadOnlyDictionary<string, long> CountRows(string path)
    {
        using var dataset = RelationsDataset.Open(path);
        return dataset.GetRowCounts();
    }
}
