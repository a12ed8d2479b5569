using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations.Tests;

/// <summary>Paths in the repository, found from the test's output folder.</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string ShippedDatabase => Path.Combine(Root, "dataset", "azerbaijan-syria.db");

    public static string ShippedDatabaseHash => Path.Combine(Root, "dataset", "azerbaijan-syria.db.sha256");

    public static string Readme => Path.Combine(Root, "README.md");

    public static string Changelog => Path.Combine(Root, "CHANGELOG.md");

    /// <summary>The database of release 1.0.0 as it shipped (commit 03f9475), kept as a fixture.</summary>
    public static string Release100Database => Path.Combine(Root, "tests", "AzerbaijanSyria.Relations.Tests", "Fixtures", "azerbaijan-syria-1.0.0.db");

    /// <summary>The database of release 2.0.0 as it shipped (commit ee24bb3), kept as a fixture: the previous release of 3.0.0.</summary>
    public static string Release200Database => Path.Combine(Root, "tests", "AzerbaijanSyria.Relations.Tests", "Fixtures", "azerbaijan-syria-2.0.0.db");

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Dataset.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Dataset.sln not found above the test folder.");
    }
}

/// <summary>A uniquely named file in the test run's folder (<see cref="TestTemp"/>), deleted (after clearing SQLite's pools) on dispose.</summary>
internal sealed class TempFile : IDisposable
{
    public TempFile(string extension = ".db")
    {
        Path = TestTemp.NewPath("file", extension);
    }

    public string Path { get; }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(Path);
    }
}

/// <summary>A uniquely named folder in the test run's folder (<see cref="TestTemp"/>), deleted on dispose.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = TestTemp.NewPath("folder");
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(Path, recursive: true);
    }
}

/// <summary>A read-only connection to the shipped database, for invariant tests written in SQL.</summary>
internal static class Shipped
{
    public static SqliteConnection Open()
    {
        var connection = new SqliteConnection(RelationsDataset.ReadOnlyConnectionString(Repo.ShippedDatabase));
        connection.Open();
        return connection;
    }
}
