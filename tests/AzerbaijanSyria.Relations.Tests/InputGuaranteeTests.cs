using AzerbaijanSyria.Relations.Cli;
using AzerbaijanSyria.Relations.Export;
using Dapper;
using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations.Tests;

/// <summary>
/// The third guarantee: every input gets a result or a clear error and a non-zero exit, never a stack
/// trace; and the work any input can cause is bounded.
/// </summary>
public sealed class InputGuaranteeTests
{
    [Theory]
    [InlineData("--to", "9999-12")]
    [InlineData("--to", "9999")]
    [InlineData("--to", "9999-12-31")]
    [InlineData("--from", "9999-12")]
    [InlineData("--from", "0001-01")]
    [InlineData("--to", "0001")]
    public void Timeline_accepts_the_first_and_last_representable_periods_as_bounds(string option, string value)
    {
        var (exit, _, error) = AzsyInProcess.Run("timeline", option, value, "-f", "csv", "--db", FixtureDatabase.Path);

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
    }

    [Theory]
    [InlineData("build", "-o", "")]
    [InlineData("build", "-o", "/")]
    [InlineData("build", "-o", ".")]
    [InlineData("export", "-f", "csv", "-o", "")]
    [InlineData("export", "-f", "csv", "-o", "/")]
    [InlineData("timeline", "--svg", "/")]
    [InlineData("info", "--db", "/")]
    [InlineData("timeline", "--from", "2020-13")]
    [InlineData("timeline", "--from", "10000")]
    [InlineData("search", "gas", "--limit", "0")]
    [InlineData("show", "")]
    public void Run_answers_an_edge_input_with_a_clear_error_and_a_non_zero_exit(params string[] args)
    {
        var (exit, _, error) = AzsyInProcess.Run(args);

        Assert.NotEqual(0, exit);
        Assert.StartsWith("azsy: ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Timeline_checks_the_svg_path_before_it_prints_anything()
    {
        using var directory = new TempDirectory();
        var svg = Path.Combine(directory.Path, "no-such-folder", "t.svg");

        var (exit, output, error) = AzsyInProcess.Run("timeline", "--svg", svg, "--db", FixtureDatabase.Path);

        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, output);
        Assert.Equal(Messages.Usage(ExportMessages.NoSuchFolder(svg)) + Environment.NewLine, error);
    }

    [Fact]
    public void Query_of_empty_sql_is_a_usage_error()
    {
        Assert.Equal((2, string.Empty, Messages.Usage(Messages.EmptySql) + Environment.NewLine), AzsyInProcess.Run("query", "  ", "--db", FixtureDatabase.Path));
        Assert.Equal((2, string.Empty, Messages.Usage(Messages.EmptySql) + Environment.NewLine), AzsyInProcess.Run("query", "-- only a comment", "--db", FixtureDatabase.Path));
    }

    [Fact]
    public void Search_reads_an_argument_starting_with_at_as_text_not_a_response_file()
    {
        var (exit, output, _) = AzsyInProcess.Run("search", "@gas", "--db", FixtureDatabase.Path);

        Assert.Equal(0, exit);
        Assert.Contains("[gas]", output, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task SearchAsync_treats_a_nul_or_control_character_as_a_space()
    {
        await using var db = await RelationsDataset.OpenAsync(FixtureDatabase.Path);

        var expected = (await db.SearchAsync("gas memorandum")).Select(h => h.Id);

        Assert.Equal(expected, (await db.SearchAsync("gas\0memorandum")).Select(h => h.Id));
        Assert.Equal(expected, (await db.SearchAsync("gas\u0001memorandum\u007f")).Select(h => h.Id));
    }

    [Fact]
    public async Task SearchAsync_refuses_more_words_than_it_can_search_quickly()
    {
        await using var db = await RelationsDataset.OpenAsync(FixtureDatabase.Path);
        var text = string.Join(' ', Enumerable.Range(0, 65).Select(i => $"w{i}"));

        var error = await Assert.ThrowsAsync<ArgumentException>(() => db.SearchAsync(text));

        Assert.StartsWith(LibraryMessages.TooManySearchWords(65), error.Message, StringComparison.Ordinal);
        Assert.Empty(await db.SearchAsync(string.Join(' ', Enumerable.Range(0, RelationsDataset.MaxSearchWords).Select(i => $"w{i}"))));
    }

    [Fact]
    public async Task SearchAsync_counts_a_repeated_word_each_time_it_is_sent_to_the_index()
    {
        await using var db = await RelationsDataset.OpenAsync(FixtureDatabase.Path);

        // FTS5 reads each repeat as one more term, so 25,000 repeats of one word are refused at once
        // (counted as one word, they once ran for half a minute), also inside a phrase.
        var repeated = await Assert.ThrowsAsync<ArgumentException>(() => db.SearchAsync(string.Join(' ', Enumerable.Repeat("gas", 25_000))));
        var phrase = await Assert.ThrowsAsync<ArgumentException>(() => db.SearchAsync("\"" + string.Join(' ', Enumerable.Repeat("gas", 65)) + "\""));

        Assert.StartsWith(LibraryMessages.TooManySearchWords(25_000), repeated.Message, StringComparison.Ordinal);
        Assert.StartsWith(LibraryMessages.TooManySearchWords(65), phrase.Message, StringComparison.Ordinal);
        Assert.Equal(
            (await db.SearchAsync("gas")).Select(h => h.Id),
            (await db.SearchAsync(string.Join(' ', Enumerable.Repeat("gas", RelationsDataset.MaxSearchWords)))).Select(h => h.Id));
    }

    [Fact]
    public void Search_command_refuses_a_word_repeated_past_the_limit_with_exit_2()
    {
        var (exit, _, error) = AzsyInProcess.Run("search", string.Join(' ', Enumerable.Repeat("gas", 65)), "--db", FixtureDatabase.Path);

        Assert.Equal(2, exit);
        Assert.Equal(Messages.Usage(LibraryMessages.TooManySearchWords(65)) + Environment.NewLine, error);
    }

    [Fact]
    public void Search_command_refuses_too_many_words_with_exit_2()
    {
        var text = string.Join(' ', Enumerable.Range(0, 25_000).Select(i => $"w{i}"));

        var (exit, _, error) = AzsyInProcess.Run("search", text, "--db", FixtureDatabase.Path);

        Assert.Equal(2, exit);
        Assert.Equal(Messages.Usage(LibraryMessages.TooManySearchWords(25_000)) + Environment.NewLine, error);
    }

    [Fact]
    public async Task FindPeopleAsync_ignores_the_case_of_non_ascii_letters()
    {
        using var copy = new TempFile();
        File.Copy(FixtureDatabase.Path, copy.Path);
        using (var writer = new SqliteConnection($"Data Source={copy.Path};Pooling=False"))
        {
            writer.Open();
            writer.Execute("UPDATE change_context SET reason = 'A test changes a copy on purpose.'; INSERT INTO people (person_id, name, country_id, wikidata_id, note) VALUES ('ali-akgun', 'Ali Akgün', 'AZE', NULL, NULL)");
            writer.Execute("INSERT INTO person_names (person_id, name, note) VALUES ('ali-akgun', 'ƏLİ AKGÜN', 'Capitals.')");
        }

        await using var db = await RelationsDataset.OpenAsync(copy.Path);

        Assert.Equal(["ali-akgun"], (await db.FindPeopleAsync("AKGÜN")).Select(p => p.PersonId));
        Assert.Equal(["ali-akgun"], (await db.FindPeopleAsync("akgün")).Select(p => p.PersonId));
        Assert.Equal(["ali-akgun"], (await db.FindPeopleAsync("əli")).Select(p => p.PersonId));
    }

    [Fact]
    public void GetRowCounts_counts_a_table_whose_name_needs_quoting()
    {
        using var copy = new TempFile();
        File.Copy(FixtureDatabase.Path, copy.Path);
        using (var writer = new SqliteConnection($"Data Source={copy.Path};Pooling=False"))
        {
            writer.Open();
            writer.Execute("CREATE TABLE \"odd \"\"name\"\" order\" (x INTEGER); INSERT INTO \"odd \"\"name\"\" order\" VALUES (1), (2);");
        }

        using var db = RelationsDataset.Open(copy.Path);

        Assert.Equal(2, db.GetRowCounts()["odd \"name\" order"]);
    }

    [Fact]
    public async Task Query_streams_rows_instead_of_holding_the_whole_result()
    {
        // A writer that stops the tool after ten lines, like a closed pipe (`azsy query … | head`).
        var output = new StoppingWriter(10);
        var before = GC.GetAllocatedBytesForCurrentThread();

        var run = Cli.AzsyApp.RunAsync(
            ["query", "WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r LIMIT 2000000) SELECT x, 'row ' || x AS label FROM r", "-f", "csv", "--db", FixtureDatabase.Path],
            output, new StringWriter());

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        // The command ran on this thread (SQLite's reads complete synchronously), so its allocations are counted above.
        Assert.True(run.IsCompleted, "the query ran on another thread, so this thread's allocations do not measure it");
        var exit = await run;
        Assert.Equal(1, exit);
        Assert.Equal(10, output.Lines);
        // Holding two million rows costs hundreds of megabytes; streaming ten costs next to nothing.
        Assert.True(allocated < 30_000_000, $"allocated {allocated:N0} bytes for ten lines");
    }

    [Theory]
    [InlineData("DROP VIEW timeline;", "schema: view timeline is missing")]
    [InlineData("UPDATE sources SET kind = 'rumour' WHERE source_id = 'page-a';", "vocabulary: sources page-a: kind is 'rumour'")]
    [InlineData("DROP TRIGGER events_date_edtf_update; UPDATE events SET date_earliest = '2030-01-01', date_latest = '2030-01-01' WHERE event_id = 'embassy-reopens';", "guards: events embassy-reopens: events.date_edtf does not agree")]
    public void Validate_command_names_the_damage_and_exits_1(string damage, string expected)
    {
        using var copy = new TempFile();
        File.Copy(FixtureDatabase.Path, copy.Path);
        using (var writer = new SqliteConnection($"Data Source={copy.Path};Pooling=False;Foreign Keys=False"))
        {
            writer.Open();
            writer.Execute("PRAGMA ignore_check_constraints = ON; UPDATE change_context SET reason = 'A test changes a copy on purpose.'; " + damage);
        }

        var (exit, output, _) = AzsyInProcess.Run("validate", "--db", copy.Path);

        Assert.Equal(1, exit);
        Assert.Contains(output.Split('\n'), line => line.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_command_says_a_file_of_another_application_is_not_this_dataset_and_exits_1()
    {
        using var file = new TempFile();
        using (var other = new SqliteConnection($"Data Source={file.Path};Pooling=False"))
        {
            other.Open();
            other.Execute("CREATE TABLE accounts (id INTEGER PRIMARY KEY)");
        }

        var (exit, output, error) = AzsyInProcess.Run("validate", "--db", file.Path);

        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, error);
        Assert.StartsWith("header: application_id is 0, expected 1096438617 (\"AZSY\"): the file is not marked as this dataset", output, StringComparison.Ordinal);
        Assert.Contains("schema: table events is missing", output, StringComparison.Ordinal);
    }

    /// <summary>Throws an IOException, as a closed pipe does, once it has been given a number of lines.</summary>
    private sealed class StoppingWriter(int lines) : TextWriter
    {
        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;

        public int Lines { get; private set; }

        public override void Write(char value)
        {
            if (value == '\n' && ++Lines >= lines)
            {
                throw new IOException("Broken pipe");
            }
        }
    }
}
