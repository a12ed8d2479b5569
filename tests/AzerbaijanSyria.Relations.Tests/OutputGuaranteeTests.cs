using AzerbaijanSyria.Relations.Cli;
using AzerbaijanSyria.Relations.Export;
using Dapper;
using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations.Tests;

/// <summary>
/// The second guarantee: what the tool and the builder write appears whole or not at all, and they
/// replace only files of this dataset, never another application's file.
/// </summary>
public sealed class OutputGuaranteeTests
{
    private static void CreateForeignDatabase(string path, bool withJournalTable = false)
    {
        using var other = new SqliteConnection($"Data Source={path};Pooling=False");
        other.Open();
        other.Execute("CREATE TABLE accounts (id INTEGER PRIMARY KEY, balance REAL); INSERT INTO accounts VALUES (1, 10.5);");
        if (withJournalTable)
        {
            // Another application that also uses DbUp has a journal table of the same name.
            other.Execute("CREATE TABLE SchemaVersions (SchemaVersionID INTEGER PRIMARY KEY, ScriptName TEXT NOT NULL, Applied DATETIME NOT NULL)");
        }
    }

    [Fact]
    public void Build_refuses_to_replace_another_application_s_database()
    {
        using var file = new TempFile();
        CreateForeignDatabase(file.Path);
        var before = DatasetBuilder.ComputeSha256(file.Path);

        var error = Assert.Throws<DatasetFileException>(() => DatasetBuilder.Build(file.Path));

        Assert.Equal(DatasetFileProblem.NotThisDataset, error.Problem);
        Assert.Equal(LibraryMessages.RefuseToReplace(file.Path, "an SQLite database of another application (application_id 0)"), error.Message);
        Assert.Equal(before, DatasetBuilder.ComputeSha256(file.Path));
    }

    [Fact]
    public void Build_refuses_to_replace_a_text_file()
    {
        using var file = new TempFile(".txt");
        File.WriteAllText(file.Path, "my notes");

        var error = Assert.Throws<DatasetFileException>(() => DatasetBuilder.Build(file.Path));

        Assert.Equal(DatasetFileProblem.NotSqlite, error.Problem);
        Assert.Equal("my notes", File.ReadAllText(file.Path));
    }

    [Fact]
    public void Build_replaces_a_file_of_this_dataset_and_an_empty_file()
    {
        using var dataset = new TempFile();
        using var empty = new TempFile();
        File.Copy(FixtureDatabase.Path, dataset.Path);
        File.WriteAllBytes(empty.Path, []);

        Assert.Equal(DatasetBuilder.ComputeSha256(Repo.ShippedDatabase), DatasetBuilder.Build(dataset.Path).Sha256);
        Assert.Equal(DatasetBuilder.ComputeSha256(Repo.ShippedDatabase), DatasetBuilder.Build(empty.Path).Sha256);
    }

    [Fact]
    public void Build_command_refuses_another_application_s_database_with_exit_1_and_writes_nothing()
    {
        using var directory = new TempDirectory();
        var target = Path.Combine(directory.Path, "accounts.db");
        CreateForeignDatabase(target);
        var before = DatasetBuilder.ComputeSha256(target);

        var (exit, _, error) = AzsyInProcess.Run("build", "-o", target);

        Assert.Equal(1, exit);
        Assert.Equal(Messages.Usage(LibraryMessages.RefuseToReplace(target, "an SQLite database of another application (application_id 0)")) + Environment.NewLine, error);
        Assert.Equal(before, DatasetBuilder.ComputeSha256(target));
        Assert.Equal(["accounts.db"], WalDatabase.Files(directory.Path));
    }

    [Fact]
    public void Build_leaves_no_temporary_file_beside_the_output_and_removes_one_a_killed_build_left()
    {
        using var directory = new TempDirectory();
        var target = Path.Combine(directory.Path, "out.db");
        // What a build killed between writing and renaming leaves: a hidden staged copy.
        var leftover = Path.Combine(directory.Path, $".out.db.{Guid.NewGuid():N}.tmp");
        File.WriteAllText(leftover, "half a database");
        File.WriteAllText(leftover + "-journal", "and its journal");

        DatasetBuilder.Build(target);

        Assert.Equal(["out.db"], WalDatabase.Files(directory.Path));
    }

    [Fact]
    public void Upgrade_refuses_another_application_s_database_that_has_a_dbup_journal()
    {
        using var file = new TempFile();
        CreateForeignDatabase(file.Path, withJournalTable: true);
        var before = DatasetBuilder.ComputeSha256(file.Path);

        var error = Assert.Throws<DatasetFileException>(() => DatasetBuilder.Upgrade(file.Path));

        Assert.Equal(DatasetFileProblem.NotThisDataset, error.Problem);
        Assert.Equal(before, DatasetBuilder.ComputeSha256(file.Path));
    }

    [Fact]
    public void Upgrade_that_fails_leaves_user_version_at_the_newest_script_that_stayed()
    {
        using var file = new TempFile();
        DatasetBuilder.ApplyScripts(file.Path, Migrations.All.Take(5));
        var failing = new DbUp.Engine.SqlScript("0006_failing.sql", "CREATE TABLE half_done (x INTEGER); INSERT INTO no_such_table VALUES (1);");

        Assert.Throws<DatasetBuildException>(() => DatasetBuilder.ApplyScripts(file.Path, [.. Migrations.All.Take(5), failing]));

        using var connection = new SqliteConnection(RelationsDataset.ReadOnlyConnectionString(file.Path));
        connection.Open();
        Assert.Equal(5, connection.ExecuteScalar<int>("PRAGMA user_version"));
        Assert.Equal(DatasetBuilder.ApplicationId, connection.ExecuteScalar<int>("PRAGMA application_id"));
    }

    [Fact]
    public void Export_that_fails_midway_writes_no_file()
    {
        using var directory = new TempDirectory();
        // A folder where a middle file of the export should go makes writing that file fail.
        Directory.CreateDirectory(Path.Combine(directory.Path, "people.csv"));

        var (exit, _, error) = AzsyInProcess.Run("export", "-f", "csv", "-o", directory.Path, "--db", FixtureDatabase.Path);

        Assert.Equal(1, exit);
        Assert.Equal(Messages.Usage(ExportMessages.ExportBlocked(Path.Combine(directory.Path, "people.csv"))) + Environment.NewLine, error);
        Assert.Equal(["people.csv"], WalDatabase.Files(directory.Path));
        Assert.Empty(Directory.GetFiles(directory.Path, "*", SearchOption.AllDirectories));
        Assert.Empty(Directory.GetDirectories(Path.GetDirectoryName(directory.Path)!, $".{Path.GetFileName(directory.Path)}*"));
    }

    [Fact]
    public void Export_datasette_that_fails_after_the_database_copy_writes_no_file()
    {
        using var directory = new TempDirectory();
        Directory.CreateDirectory(Path.Combine(directory.Path, "metadata.json"));

        var (exit, _, _) = AzsyInProcess.Run("export", "-f", "datasette", "-o", directory.Path, "--db", FixtureDatabase.Path);

        Assert.Equal(1, exit);
        Assert.Equal(["metadata.json"], WalDatabase.Files(directory.Path));
    }

    [Fact]
    public void Export_into_a_new_folder_creates_it_whole()
    {
        using var parent = new TempDirectory();
        var target = Path.Combine(parent.Path, "out");

        var (exit, _, _) = AzsyInProcess.Run("export", "-f", "json", "-o", target, "--db", FixtureDatabase.Path);

        Assert.Equal(0, exit);
        Assert.Equal(["out"], WalDatabase.Files(parent.Path));
        Assert.Contains("events.json", WalDatabase.Files(target));
    }

    [Fact]
    public void Export_datasette_copies_the_rows_of_an_uncheckpointed_write_ahead_log()
    {
        using var source = new TempDirectory();
        using var output = new TempDirectory();
        var db = WalDatabase.Create(source.Path, withWal: true);

        var (exit, _, _) = AzsyInProcess.Run("export", "-f", "datasette", "-o", output.Path, "--db", db);

        Assert.Equal(0, exit);
        using var copy = RelationsDataset.Open(Path.Combine(output.Path, RelationsDataset.DatabaseFileName));
        Assert.Equal(WalDatabase.VersionInWal, copy.DatasetVersion);
        Assert.Equal([RelationsDataset.DatabaseFileName, "metadata.json"], WalDatabase.Files(output.Path));
    }

    [Fact]
    public void Timeline_svg_is_refused_without_a_trace_when_the_path_is_a_folder()
    {
        using var directory = new TempDirectory();

        var (exit, _, error) = AzsyInProcess.Run("timeline", "--svg", directory.Path, "--db", FixtureDatabase.Path);

        Assert.Equal(1, exit);
        Assert.Equal(Messages.Usage(ExportMessages.OutputIsFolder(directory.Path)) + Environment.NewLine, error);
        Assert.Empty(WalDatabase.Files(directory.Path));
    }
}
