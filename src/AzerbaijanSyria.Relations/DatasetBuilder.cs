using System.Security.Cryptography;
using Dapper;
using DbUp.Engine;
using DbUp;
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
    public const int ApplicationId = 0x415A5359;

    /// <summary>The timestamp every journal entry carries in a built file, so builds are byte-identical.</summary>
    public const string NormalisedAppliedTimestamp = "2000-01-01 00:00:00";

    /// <summary>
    /// The schema version this library knows: the number of its newest migration script, and
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
            var applied = ApplyScripts(work);
            using (var connection = OpenWritable(work))
            {
                connection.Execute("UPDATE SchemaVersions SET Applied = @at", new { at = NormalisedAppliedTimestamp });
                // A full-text index's pages depend on how the rows were written (one statement or
                // many); rebuilt and merged into one segment, they depend only on the rows.
                foreach (var index in connection.Query<string>("SELECT name FROM sqlite_schema WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE % USING fts5%' ORDER BY name").ToList())
                {
                    connection.Execute($"INSERT INTO \"{index}\" (\"{index}\") VALUES ('rebuild'); INSERT INTO \"{index}\" (\"{index}\") VALUES ('optimize');");
                }

                connection.Execute($"PRAGMA user_version = {SchemaVersion}; PRAGMA application_id = {ApplicationId};");
                connection.Execute("VACUUM INTO @target", new { target = staged });
            }

            SqliteConnection.ClearAllPools();
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
            SqliteConnection.ClearAllPools();
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
        CheckUpgradable(Path.GetFullPath(path));
        try
        {
            var applied = ApplyScripts(Path.GetFullPath(path));
            using var connection = OpenWritable(path);
            connection.Execute($"PRAGMA user_version = {SchemaVersion}; PRAGMA application_id = {ApplicationId};");
            return applied;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
        }
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
            using var connection = new SqliteConnection(RelationsDataset.ReadOnlyConnectionString(path));
            connection.Open();
            var applicationId = connection.ExecuteScalar<long>("PRAGMA application_id");
            var tables = connection.Query<string>("SELECT name FROM sqlite_schema WHERE type = 'table'").ToList();
            if (applicationId != 0 || (tables.Count > 0 && !tables.Contains("SchemaVersions")))
            {
                throw;
            }
        }
    }

    /// <summary>The SHA-256 of a file, as lowercase hexadecimal.</summary>
    /// <param name="path">The file to hash.</param>
    /// <returns>64 lowercase hexadecimal digits.</returns>
    public static string ComputeSha256(string path)
    {
        SqliteConnection.ClearAllPools();
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    private static List<string> ApplyScripts(string path) => ApplyScripts(path, Migrations.All);

    /// <summary>Applies the given scripts (those the journal lacks) to the database at <paramref name="path"/>.</summary>
    internal static List<string> ApplyScripts(string path, IEnumerable<SqlScript> scripts)
    {
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        }.ToString();

        var upgrader = DeployChanges.To
            .SqliteDatabase(connectionString)
            .WithScripts(scripts)
            .WithTransactionPerScript()
            .WithVariablesDisabled()
            .LogToNowhere()
            .Build();

        var result = upgrader.PerformUpgrade();
        if (!result.Successful)
        {
            throw new DatasetBuildException(
                $"Migration {result.ErrorScript?.Name ?? "(unknown)"} failed: {result.Error?.Message}", result.Error);
        }

        return result.Scripts.Select(s => s.Name).ToList();
    }

    private static SqliteConnection OpenWritable(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWrite,
            Pooling = false,
        }.ToString());
        connection.Open();
        return connection;
    }

    private static IReadOnlyDictionary<string, long> CountRows(string path)
    {
        using var dataset = RelationsDataset.Open(path);
        return dataset.GetRowCounts();
    }
}
