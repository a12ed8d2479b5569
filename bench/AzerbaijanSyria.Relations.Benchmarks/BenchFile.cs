using Dapper;
using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations.Benchmarks;

/// <summary>The file the benchmarks read: AZSY_BENCH_DB, or the shipped database of the repository.</summary>
public static class BenchFile
{
    public static string Path { get; } = Environment.GetEnvironmentVariable("AZSY_BENCH_DB") is { Length: > 0 } path
        ? System.IO.Path.GetFullPath(path)
        : System.IO.Path.Combine(Root(), "dataset", RelationsDataset.DatabaseFileName);

    /// <summary>Whether the file is a synthetic database (azsy synth), whose ids the synthetic cases name.</summary>
    public static bool IsSynthetic { get; } = ReadSynthetic();

    /// <summary>
    /// The word of the events' search index found in the number of events nearest to
    /// <paramref name="events"/> (a word of the synthetic vocabulary: lower-case letters only), so that
    /// a "rare" or "mid-frequency" word matches rows at any size; read from the index's own vocabulary.
    /// </summary>
    public static string WordInEvents(long events)
    {
        using var connection = new SqliteConnection(RelationsDataset.ReadOnlyConnectionString(Path));
        connection.Open();
        connection.Execute("CREATE VIRTUAL TABLE temp.bench_vocabulary USING fts5vocab(main, 'events_fts', 'row')");
        return connection.ExecuteScalar<string>(
            "SELECT term FROM temp.bench_vocabulary WHERE term NOT GLOB '*[^a-z]*' AND length(term) >= 5 ORDER BY abs(doc - @events), term LIMIT 1",
            new { events }) ?? throw new InvalidOperationException($"{Path} has no word in its events' search index.");
    }

    private static bool ReadSynthetic()
    {
        using var connection = new SqliteConnection(RelationsDataset.ReadOnlyConnectionString(Path));
        connection.Open();
        return connection.ExecuteScalar<long>("SELECT count(*) FROM dataset_metadata WHERE key = 'synthetic'") == 1;
    }

    private static string Root()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "Dataset.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Dataset.sln not found above the benchmark's folder: set AZSY_BENCH_DB.");
    }
}
