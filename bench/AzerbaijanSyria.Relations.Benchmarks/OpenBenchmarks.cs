using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations.Benchmarks;

/// <summary>Opening the file: <see cref="RelationsDataset.Open(string)"/> (header check, guard, versions) against a bare read-only connection and one read.</summary>
public class OpenBenchmarks
{
    [Benchmark(Baseline = true, Description = "bare SqliteConnection, open and one read")]
    public long Bare()
    {
        using var connection = new SqliteConnection(RelationsDataset.ReadOnlyConnectionString(BenchFile.Path));
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_schema";
        return (long)command.ExecuteScalar()!;
    }

    [Benchmark(Description = "RelationsDataset.Open")]
    public int Library()
    {
        using var db = RelationsDataset.Open(BenchFile.Path);
        return db.SchemaVersion;
    }
}
