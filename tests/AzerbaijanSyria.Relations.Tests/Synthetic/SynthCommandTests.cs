using AzerbaijanSyria.Relations.Cli;
using Dapper;
using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations.Tests;

/// <summary><c>azsy synth</c>: the same bytes for the same count and seed, a file the library reads, marked synthetic, and nothing but a synthetic file replaced.</summary>
public sealed class SynthCommandTests
{
    [Fact]
    public void Synth_writes_the_same_bytes_for_the_same_count_and_seed_and_other_bytes_for_another_seed()
    {
        using var first = new TempFile();
        using var second = new TempFile();
        using var other = new TempFile();

        var a = AzsyInProcess.Run("synth", "--events", "300", "--seed", "7", "--output", first.Path);
        var b = AzsyInProcess.Run("synth", "--events", "300", "--seed", "7", "-o", second.Path);
        var c = AzsyInProcess.Run("synth", "--events", "300", "--seed", "8", "-o", other.Path);

        Assert.Equal((AzsyApp.Ok, string.Empty), (a.Exit, a.Error));
        Assert.Equal((AzsyApp.Ok, AzsyApp.Ok), (b.Exit, c.Exit));
        Assert.Equal(DatasetBuilder.ComputeSha256(first.Path), DatasetBuilder.ComputeSha256(second.Path));
        Assert.NotEqual(DatasetBuilder.ComputeSha256(first.Path), DatasetBuilder.ComputeSha256(other.Path));
        Assert.StartsWith(Messages.SynthWrote(first.Path, 300, 7, DatasetBuilder.ComputeSha256(first.Path)), a.Output, StringComparison.Ordinal);
    }

    /// <summary>
    /// A process makes the real build once and starts every synthetic file from its bytes: a file written
    /// after others in this process is the file a new process, which builds afresh, writes.
    /// </summary>
    [Fact]
    [Trait("Category", "Slow")]
    public void Synth_writes_in_a_new_process_the_bytes_it_writes_after_other_files_in_this_one()
    {
        using var earlier = new TempFile();
        using var here = new TempFile();
        using var fresh = new TempFile();
        SyntheticDataset.Write(earlier.Path, 20, seed: 3);

        var inProcess = SyntheticDataset.Write(here.Path, 300, seed: 7);
        var process = Processes.Azsy("synth", "--events", "300", "--seed", "7", "--output", fresh.Path);

        Assert.True(process.ExitCode == AzsyApp.Ok, process.Error);
        Assert.Equal(inProcess.Sha256, DatasetBuilder.ComputeSha256(fresh.Path));
    }

    [Fact]
    public async Task Synth_output_is_the_real_build_plus_the_generated_events_marked_synthetic()
    {
        await using var db = await RelationsDataset.OpenAsync(SyntheticDatabase.Path);
        using var shipped = Shipped.Open();

        var synthetic = db.Connection.ExecuteScalar<long>("SELECT count(*) FROM events WHERE event_id LIKE 'synth-%'");
        var real = db.Connection.ExecuteScalar<long>("SELECT count(*) FROM events WHERE event_id NOT LIKE 'synth-%'");

        Assert.Equal(SyntheticDatabase.Events, synthetic);
        Assert.Equal(shipped.ExecuteScalar<long>("SELECT count(*) FROM events"), real);
        Assert.Equal(1, db.Connection.ExecuteScalar<long>("SELECT count(*) FROM dataset_metadata WHERE key = 'synthetic'"));
        Assert.StartsWith("SYNTHETIC", db.Connection.ExecuteScalar<string>("SELECT value FROM dataset_metadata WHERE key = 'title'"), StringComparison.Ordinal);
        Assert.Equal("ok", db.Connection.ExecuteScalar<string>("PRAGMA integrity_check"));
        Assert.Empty(db.Connection.Query("PRAGMA foreign_key_check"));
        // Every generated row went through the change log, with the reason cleared afterwards, as a migration leaves it.
        Assert.Null(db.Connection.ExecuteScalar<string>("SELECT reason FROM change_context"));
        Assert.Equal(synthetic, db.Connection.ExecuteScalar<long>("SELECT count(*) FROM fact_changes WHERE table_name = 'events' AND row_key LIKE 'synth-%'"));
        // Shapes: several participants and citations per event, and offices held for years.
        Assert.InRange(db.Connection.ExecuteScalar<double>("SELECT count(*) * 1.0 / @n FROM event_participants WHERE event_id LIKE 'synth-%'", new { n = synthetic }), 2.0, 5.0);
        Assert.InRange(db.Connection.ExecuteScalar<double>("SELECT count(*) * 1.0 / @n FROM citations WHERE event_id LIKE 'synth-%'", new { n = synthetic }), 2.0, 4.0);
        Assert.InRange(db.Connection.ExecuteScalar<double>("SELECT avg(julianday(coalesce(end_latest, end_earliest)) - julianday(start_earliest)) / 365 FROM positions WHERE position_id LIKE 'synth-%'"), 2.0, 12.0);
    }

    [Fact]
    public async Task Synth_output_has_every_index_and_trigger_of_the_real_build_and_logs_each_row_with_the_script_the_trigger_sets()
    {
        await using var db = await RelationsDataset.OpenAsync(SyntheticDatabase.Path);
        using var shipped = Shipped.Open();
        const string Objects = "SELECT type || ' ' || name || ': ' || sql FROM sqlite_schema WHERE type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY name";

        // The load sets aside secondary indexes and triggers (the change log's own among them) and puts them back.
        Assert.Equal(shipped.Query<string>(Objects), db.Connection.Query<string>(Objects));
        // Written with the script column given, the log rows hold what fact_changes_script would have set:
        // change_context's script, which no migration holds after the build (NULL).
        Assert.Null(db.Connection.ExecuteScalar<string>("SELECT script FROM change_context"));
        Assert.Equal(0, db.Connection.ExecuteScalar<long>("SELECT count(*) FROM fact_changes WHERE row_key LIKE 'synth-%' AND script IS NOT NULL"));
        Assert.Equal(
            db.Connection.ExecuteScalar<long>("SELECT count(*) FROM fact_changes WHERE row_key LIKE 'synth-%'"),
            db.Connection.ExecuteScalar<long>("SELECT count(*) FROM fact_changes INDEXED BY fact_changes_script_row WHERE table_name > '' AND row_key LIKE 'synth-%'"));
    }

    [Fact]
    public void Synth_refuses_to_replace_the_dataset_s_real_file_and_leaves_it_as_it_is()
    {
        using var real = new TempFile();
        File.Copy(FixtureDatabase.Path, real.Path);
        var before = DatasetBuilder.ComputeSha256(real.Path);

        var run = AzsyInProcess.Run("synth", "--events", "10", "--output", real.Path);

        Assert.Equal(AzsyApp.Failure, run.Exit);
        Assert.Equal(Messages.Usage(BuildMessages.SynthRefusesToReplace(real.Path, BuildMessages.SynthRealDataset)) + Environment.NewLine, run.Error);
        Assert.Equal(before, DatasetBuilder.ComputeSha256(real.Path));
    }

    [Fact]
    public void Synth_refuses_to_replace_another_application_s_database_or_a_text_file()
    {
        using var foreign = new TempFile();
        using var text = new TempFile(".txt");
        using (var other = new SqliteConnection($"Data Source={foreign.Path};Pooling=False"))
        {
            other.Open();
            other.Execute("CREATE TABLE accounts (id INTEGER PRIMARY KEY); INSERT INTO accounts VALUES (1);");
        }

        File.WriteAllText(text.Path, "my notes");
        var before = DatasetBuilder.ComputeSha256(foreign.Path);

        var database = AzsyInProcess.Run("synth", "--events", "10", "--output", foreign.Path);
        var notes = AzsyInProcess.Run("synth", "--events", "10", "--output", text.Path);

        Assert.Equal((AzsyApp.Failure, AzsyApp.Failure), (database.Exit, notes.Exit));
        Assert.Equal(Messages.Usage(BuildMessages.SynthRefusesToReplace(foreign.Path, "an SQLite database of another application")) + Environment.NewLine, database.Error);
        Assert.Equal(Messages.Usage(BuildMessages.SynthRefusesToReplace(text.Path, "not an SQLite database")) + Environment.NewLine, notes.Error);
        Assert.Equal(before, DatasetBuilder.ComputeSha256(foreign.Path));
        Assert.Equal("my notes", File.ReadAllText(text.Path));
    }

    [Fact]
    public void Synth_replaces_an_earlier_synthetic_database()
    {
        using var file = new TempFile();
        Assert.Equal(AzsyApp.Ok, AzsyInProcess.Run("synth", "--events", "50", "--seed", "1", "-o", file.Path).Exit);

        var again = AzsyInProcess.Run("synth", "--events", "60", "--seed", "2", "-o", file.Path);

        Assert.Equal((AzsyApp.Ok, string.Empty), (again.Exit, again.Error));
        using var db = RelationsDataset.Open(file.Path);
        Assert.Equal(60, db.Connection.ExecuteScalar<long>("SELECT count(*) FROM events WHERE event_id LIKE 'synth-%'"));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("many")]
    [InlineData("5000001")]
    public void Synth_refuses_an_event_count_outside_its_range_as_a_usage_error(string events)
    {
        using var file = new TempFile();

        var run = AzsyInProcess.Run("synth", "--events", events, "--output", file.Path);

        Assert.Equal(AzsyApp.UsageError, run.Exit);
        Assert.Equal(Messages.Usage(Messages.SynthEventCount(events, SyntheticDataset.MaxEvents)) + Environment.NewLine, run.Error);
        Assert.False(File.Exists(file.Path));
    }

    [Fact]
    public void Synth_refuses_a_seed_that_is_not_a_whole_number_as_a_usage_error()
    {
        using var file = new TempFile();

        var run = AzsyInProcess.Run("synth", "--events", "10", "--seed", "1.5", "--output", file.Path);

        Assert.Equal(AzsyApp.UsageError, run.Exit);
        Assert.Equal(Messages.Usage(Messages.SynthSeed("1.5")) + Environment.NewLine, run.Error);
        Assert.False(File.Exists(file.Path));
    }
}
