using Dapper;
using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations;

/// <summary>
/// A synthetic database for benchmarks and query-plan tests: the real build (every migration, so the
/// same schema, triggers and data), then <c>N</c> generated events with their participants, topics,
/// statements, citations, aid deliveries and disagreements, and people, offices, organizations,
/// places, sources and agreements in proportion. The same count and seed give the same bytes. The
/// file is marked as synthetic in <c>dataset_metadata</c> (key <see cref="MetadataKey"/>, and its
/// title), so that it cannot pass for the dataset, and only such a file is ever replaced by another.
/// </summary>
public static class SyntheticDataset
{
    /// <summary>The <c>dataset_metadata</c> key that marks a synthetic file.</summary>
    public const string MetadataKey = "synthetic";

    /// <summary>The most events one file takes (a million builds in minutes on two cores).</summary>
    public const int MaxEvents = 5_000_000;

    private const string Reason = "Synthetic rows written by azsy synth for benchmarks and query-plan tests; not facts.";

    /// <summary>
    /// The real build's file (about 5 MB), made once per process: every synthetic file starts from these bytes,
    /// which are the same as a new build's (the build is byte-reproducible), so a process that writes several
    /// synthetic files (a benchmark's sizes, the tests) runs the migration scripts once, not once per file.
    /// </summary>
    private static readonly Lazy<byte[]> RealBuild = new(() =>
    {
        var temporary = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"azsy-synth-build-{Guid.NewGuid():N}.db");
        try
        {
            File.WriteAllBytes(temporary, []);
            DatasetBuilder.BuildInto(temporary);
            return File.ReadAllBytes(temporary);
        }
        finally
        {
            File.Delete(temporary);
        }
    });

    /// <summary>Writes a synthetic database of <paramref name="events"/> generated events to <paramref name="outputPath"/>, whole or not at all.</summary>
    /// <param name="outputPath">Where to write the file: nothing there, an empty file, or an earlier synthetic database.</param>
    /// <param name="events">How many events to generate, 1 to <see cref="MaxEvents"/>.</param>
    /// <param name="seed">The generator's seed: the same events and seed give the same bytes.</param>
    /// <returns>The full path, the rows generated per table, and the file's SHA-256.</returns>
    /// <exception cref="DatasetFileException">Something other than a synthetic database (or an empty file) is at the path; it is left as it is.</exception>
    public static SyntheticBuildResult Write(string outputPath, int events, long seed)
    {
        ArgumentException.ThrowIfNullOrEmpty(outputPath);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(events);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(events, MaxEvents);
        var fullOutput = System.IO.Path.GetFullPath(outputPath);
        CheckReplaceable(fullOutput);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(fullOutput)!);
        StagedFile.RemoveLeftovers(fullOutput);

        IReadOnlyDictionary<string, long> rows;
        using (var staged = StagedFile.Create(fullOutput))
        {
            staged.Stream.Write(RealBuild.Value);
            staged.Stream.Flush();
            rows = Generate(staged.Path, events, seed);
            SqliteConnection.ClearAllPools();
            CheckReplaceable(fullOutput); // again: something may have been put there meanwhile
            staged.Replace(fullOutput);
        }

        return new SyntheticBuildResult { Path = fullOutput, Rows = rows, Sha256 = Sha256Hash.OfFile(fullOutput) };
    }

    /// <summary>
    /// Refuses, with <see cref="DatasetFileException"/>, any file at <paramref name="path"/> but an empty
    /// one or a synthetic database: a folder, another application's file, and this dataset's real data.
    /// </summary>
    internal static void CheckReplaceable(string path)
    {
        try
        {
            DatasetFile.CheckReplaceable(path);
        }
        catch (DatasetFileException ex) when (ex.Problem is DatasetFileProblem.NotSqlite or DatasetFileProblem.NotThisDataset)
        {
            var what = ex.Problem == DatasetFileProblem.NotSqlite ? "not an SQLite database" : "an SQLite database of another application";
            throw new DatasetFileException(path, ex.Problem, BuildMessages.SynthRefusesToReplace(path, what));
        }

        if (!File.Exists(path) || new FileInfo(path).Length == 0)
        {
            return;
        }

        bool synthetic;
        try
        {
            using var file = RelationsDataset.Open(path);
            synthetic = file.Connection.ExecuteScalar<long>("SELECT count(*) FROM dataset_metadata WHERE key = @key", new { key = MetadataKey }) == 1;
        }
        catch (Exception ex) when (ex is DatasetFileException or SqliteException)
        {
            throw new DatasetFileException(path, DatasetFileProblem.NotThisDataset, BuildMessages.SynthRefusesToReplace(path, BuildMessages.SynthUnreadable));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
        }

        if (!synthetic)
        {
            throw new DatasetFileException(path, DatasetFileProblem.NotThisDataset, BuildMessages.SynthRefusesToReplace(path, BuildMessages.SynthRealDataset));
        }
    }

    private static IReadOnlyDictionary<string, long> Generate(string path, int events, long seed)
    {
        using var connection = new SqliteConnection(DatasetFormat.WritableConnectionString(path, create: false));
        connection.Open();
        // A file nobody reads until it is renamed into place: no journal, no syncs, a large page cache.
        connection.Execute("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY;");
        SortedDictionary<string, long> counts;
        using (var transaction = connection.BeginTransaction())
        {
            connection.Execute("UPDATE change_context SET reason = @reason", new { reason = Reason }, transaction);
            var generator = new SyntheticGenerator(connection, transaction, events, seed);
            var bulk = SyntheticBulkLoad.Suspend(connection, transaction, SyntheticGenerator.Tables);
            generator.Run();
            bulk.Restore();
            counts = generator.Counts;
            connection.Execute(
                """
                INSERT INTO dataset_metadata (key, value) VALUES (@key, @value);
                UPDATE dataset_metadata SET value = 'SYNTHETIC (not facts): ' || value WHERE key IN ('title', 'description');
                UPDATE change_context SET reason = NULL;
                """,
                new { key = MetadataKey, value = FormattableString.Invariant($"azsy synth --events {events} --seed {seed}: generated rows for benchmarks and query-plan tests, added to the real dataset; they are not facts") },
                transaction);
            transaction.Commit();
        }

        // As a build leaves them: each full-text index merged into one segment.
        foreach (var index in SchemaCatalog.Read(connection).FullTextIndexes)
        {
            var name = SchemaCatalog.Quote(index);
            connection.Execute($"INSERT INTO {name} ({name}) VALUES ('optimize');");
        }

        return counts;
    }
}
