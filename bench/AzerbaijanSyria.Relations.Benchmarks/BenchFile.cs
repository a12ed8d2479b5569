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
