using Dapper;
using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations.Tests;

public sealed class DatasetBuilderTests
{
    [Fact]
    public void Build_applies_every_script_when_database_is_new()
    {
        using var file = new TempFile();

        var result = DatasetBuilder.Build(file.Path);

        Assert.Equal(DatasetBuilder.ScriptNames, result.ScriptsApplied);
        Assert.Equal(DatasetBuilder.SchemaVersion, result.SchemaVersion);
        Assert.True(result.TableCounts["events"] > 0);
        using var connection = new SqliteConnection(RelationsDataset.ReadOnlyConnectionString(file.Path));
        connection.Open();
        Assert.Equal(DatasetBuilder.ScriptNames, connection.Query<string>("SELECT ScriptName FROM SchemaVersions ORDER BY SchemaVersionID"));
    }

    [Fact]
    public void Upgrade_applies_no_script_when_database_is_current()
    {
        using var file = new TempFile();
        DatasetBuilder.Build(file.Path);

        var applied = DatasetBuilder.Upgrade(file.Path);

        Assert.Empty(applied);
    }

    [Fact]
    public void Upgrade_applies_every_script_when_file_is_missing()
    {
        using var file = new TempFile();

        var applied = DatasetBuilder.Upgrade(file.Path);

        Assert.Equal(DatasetBuilder.ScriptNames, applied);
        using var dataset = RelationsDataset.Open(file.Path);
        Assert.Equal(DatasetBuilder.SchemaVersion, dataset.SchemaVersion);
    }

    [Fact]
    public void Upgrade_applies_only_missing_scripts_when_journal_lacks_the_newest()
    {
        using var file = new TempFile();
        DatasetBuilder.ApplyScripts(file.Path, Migrations.All.SkipLast(1));
        var newest = DatasetBuilder.ScriptNames[^1];

        var applied = DatasetBuilder.Upgrade(file.Path);

        Assert.Equal([newest], applied);
    }

    [Fact]
    public void Upgrade_refuses_an_sqlite_file_of_another_application_and_leaves_it_unchanged()
    {
        using var file = new TempFile();
        using (var other = new SqliteConnection($"Data Source={file.Path};Pooling=False"))
        {
            other.Open();
            other.Execute("CREATE TABLE accounts (id INTEGER PRIMARY KEY, balance REAL)");
        }

        var before = DatasetBuilder.ComputeSha256(file.Path);

        var error = Assert.Throws<DatasetFileException>(() => DatasetBuilder.Upgrade(file.Path));

        Assert.Equal(DatasetFileProblem.NotThisDataset, error.Problem);
        Assert.Equal(before, DatasetBuilder.ComputeSha256(file.Path));
    }

    [Fact]
    public void Upgrade_finishes_a_build_that_stopped_before_marking_the_file()
    {
        using var file = new TempFile();
        DatasetBuilder.ApplyScripts(file.Path, Migrations.All.Take(3));

        var applied = DatasetBuilder.Upgrade(file.Path);

        Assert.Equal(DatasetBuilder.ScriptNames.Skip(3), applied);
    }

    [Fact]
    public void Upgrade_rolls_back_a_failing_script_and_keeps_the_ones_before_it()
    {
        using var file = new TempFile();
        var failing = new DbUp.Engine.SqlScript("0004_failing.sql", "CREATE TABLE half_done (x INTEGER); INSERT INTO no_such_table VALUES (1);");

        var error = Assert.Throws<DatasetBuildException>(() => DatasetBuilder.ApplyScripts(file.Path, [.. Migrations.All.Take(3), failing]));

        Assert.Contains("0004_failing.sql", error.Message, StringComparison.Ordinal);
        using var connection = new SqliteConnection(RelationsDataset.ReadOnlyConnectionString(file.Path));
        connection.Open();
        Assert.Equal(0L, connection.ExecuteScalar<long>("SELECT count(*) FROM sqlite_schema WHERE name = 'half_done'"));
        Assert.Equal(1L, connection.ExecuteScalar<long>("SELECT count(*) FROM sqlite_schema WHERE name = 'events'"));
        Assert.Equal(3L, connection.ExecuteScalar<long>("SELECT count(*) FROM SchemaVersions"));
    }

    [Fact]
    public void Build_gives_the_committed_file_byte_for_byte()
    {
        using var file = new TempFile();

        var result = DatasetBuilder.Build(file.Path);

        Assert.Equal(DatasetBuilder.ComputeSha256(Repo.ShippedDatabase), result.Sha256);
        Assert.True(File.ReadAllBytes(Repo.ShippedDatabase).AsSpan().SequenceEqual(File.ReadAllBytes(file.Path)),
            "dataset/azerbaijan-syria.db is stale: run the README's build command and commit the result.");
    }

    [Fact]
    public void Build_gives_identical_bytes_when_run_twice()
    {
        using var first = new TempFile();
        using var second = new TempFile();

        var a = DatasetBuilder.Build(first.Path);
        var b = DatasetBuilder.Build(second.Path);

        Assert.Equal(a.Sha256, b.Sha256);
    }

    [Fact]
    public void Build_marks_the_file_with_application_id_and_schema_version()
    {
        using var file = new TempFile();
        DatasetBuilder.Build(file.Path);

        using var connection = new SqliteConnection(RelationsDataset.ReadOnlyConnectionString(file.Path));
        connection.Open();

        Assert.Equal(DatasetBuilder.ApplicationId, connection.ExecuteScalar<int>("PRAGMA application_id"));
        Assert.Equal(DatasetBuilder.SchemaVersion, connection.ExecuteScalar<int>("PRAGMA user_version"));
        Assert.Equal(DatasetBuilder.ScriptNames.Count, DatasetBuilder.SchemaVersion);
    }

    [Fact]
    public void Build_replaces_an_existing_file_when_one_is_there()
    {
        using var file = new TempFile();
        File.WriteAllText(file.Path, "not a database");

        DatasetBuilder.Build(file.Path);

        using var dataset = RelationsDataset.Open(file.Path);
        Assert.Equal(DatasetBuilder.SchemaVersion, dataset.SchemaVersion);
    }

    [Fact]
    public void ScriptNames_are_numbered_zero_padded_and_in_order_when_listed()
    {
        var names = DatasetBuilder.ScriptNames;

        Assert.All(names, n => Assert.Matches(@"^\d{4}_[a-z0-9_]+\.sql$", n));
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
        Assert.Equal(Enumerable.Range(1, names.Count), names.Select(n => int.Parse(n[..4], System.Globalization.CultureInfo.InvariantCulture)));
        var onDisk = Directory.GetFiles(Path.Combine(Repo.Root, "migrations"), "*.sql").Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(onDisk, names);
    }

    [Fact]
    public void ScriptNames_each_open_with_a_comment_when_read()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(Repo.Root, "migrations"), "*.sql"))
        {
            var first = File.ReadLines(file).First();
            Assert.StartsWith($"-- {Path.GetFileName(file)[..4]}: ", first);
        }
    }

    [Fact]
    public void Committed_hash_file_matches_committed_database()
    {
        var line = File.ReadAllText(Repo.ShippedDatabaseHash).Trim();

        Assert.Equal($"{DatasetBuilder.ComputeSha256(Repo.ShippedDatabase)}  azerbaijan-syria.db", line);
    }
}
