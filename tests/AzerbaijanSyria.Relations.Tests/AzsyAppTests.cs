using System.Text.Json;
using AzerbaijanSyria.Relations.Cli;

namespace AzerbaijanSyria.Relations.Tests;

/// <summary>The azsy tool, run in-process through <see cref="AzsyApp.Run"/> (its own process in <see cref="AzsyProcessTests"/>).</summary>
public sealed class AzsyAppTests
{
    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = AzsyInProcess.RunWith(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void Query_writes_csv_with_header_when_format_is_csv()
    {
        var (exit, output, _) = Run("query", "SELECT event_id, date_edtf, title FROM timeline WHERE date_earliest IS NOT NULL ORDER BY date_earliest LIMIT 2", "--format", "csv", "--db", FixtureDatabase.Path);

        Assert.Equal(0, exit);
        Assert.Equal("event_id,date_edtf,title\r\nminister-visits-damascus,2020-01-15,The minister visits Damascus\r\nenvoy-meets-ministry,2021-03,The envoy meets the ministry\r\n", output);
    }

    [Fact]
    public void Query_writes_typed_json_when_format_is_json()
    {
        var (exit, output, _) = Run("query", "SELECT trucks, tonnes, contents, route FROM aid_deliveries WHERE aid_delivery_id = 'food-convoy'", "-f", "json", "--db", FixtureDatabase.Path);

        Assert.Equal(0, exit);
        var row = JsonDocument.Parse(output).RootElement[0];
        Assert.Equal(5, row.GetProperty("trucks").GetInt64());
        Assert.Equal(100, row.GetProperty("tonnes").GetDouble());
        Assert.Equal("Food", row.GetProperty("contents").GetString());
        Assert.Equal(JsonValueKind.Null, row.GetProperty("route").ValueKind);
    }

    [Fact]
    public void Query_writes_a_markdown_table_when_format_is_markdown()
    {
        var (exit, output, _) = Run("query", "SELECT place_id, name FROM places ORDER BY place_id", "-f", "markdown", "--db", FixtureDatabase.Path);

        Assert.Equal(0, exit);
        Assert.Equal("| place_id | name |\n| --- | --- |\n| baku | Baku |\n| damascus | Damascus |\n", output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Query_refuses_a_write_with_exit_1_and_leaves_the_file_unchanged()
    {
        using var copy = new TempFile();
        File.Copy(Repo.ShippedDatabase, copy.Path);
        var before = DatasetBuilder.ComputeSha256(copy.Path);

        var (exit, _, error) = Run("query", "UPDATE events SET title = 'x'", "--db", copy.Path);

        Assert.Equal(1, exit);
        Assert.Contains("refused", error, StringComparison.Ordinal);
        Assert.Equal(before, DatasetBuilder.ComputeSha256(copy.Path));
    }

    [Fact]
    public void Query_prints_sqlite_s_message_and_exits_1_when_sql_is_bad()
    {
        var (exit, _, error) = Run("query", "SELECT nope FROM events", "--db", Repo.ShippedDatabase);

        Assert.Equal(1, exit);
        Assert.Contains("no such column: nope", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("query")]
    [InlineData("query", "SELECT 1", "--format", "xml")]
    [InlineData("timeline", "--from", "yesterday")]
    [InlineData("timeline", "--cameo", "4")]
    [InlineData("timeline", "--sources", "some")]
    [InlineData("export", "--format", "csv")]
    [InlineData("nonsense")]
    public void Run_exits_2_when_usage_is_wrong(params string[] args)
    {
        var (exit, _, error) = Run(args);

        Assert.Equal(2, exit);
        Assert.StartsWith("azsy: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_exits_1_with_a_clear_message_when_the_database_is_not_ours()
    {
        using var file = new TempFile();
        File.WriteAllText(file.Path, "hello");

        var (exit, _, error) = Run("info", "--db", file.Path);

        Assert.Equal(1, exit);
        Assert.Contains("is not an SQLite database", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Timeline_lists_the_article_s_events_when_sources_is_article()
    {
        var (exit, output, _) = Run("timeline", "--sources", "article", "--format", "csv", "--db", FixtureDatabase.Path);

        Assert.Equal(0, exit);
        Assert.Equal(
            ["event_id,date,cameo,title,place,evidence", "minister-visits-damascus,2020-01-15,042,The minister visits Damascus,Damascus,confirmed", "embassy-reopens,2024-02-17,050,The embassy reopens,Damascus,disputed"],
            output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Timeline_widens_a_year_to_its_days_when_dates_are_years()
    {
        static IEnumerable<string> Ids(string csv) => csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')[0]);

        var year = Run("timeline", "--from", "2021", "--to", "2021", "-f", "csv", "--db", FixtureDatabase.Path);
        var month = Run("timeline", "--from", "2022-06", "--to", "2022-06", "-f", "csv", "--db", FixtureDatabase.Path);

        Assert.Equal(0, year.Exit);
        // aid-convoy-sent, known only as "on or before 2022-06-30", may fall in 2021.
        Assert.Equal(["envoy-meets-ministry", "aid-convoy-sent"], Ids(year.Output));
        Assert.Equal(["aid-convoy-sent"], Ids(month.Output));
    }

    [Fact]
    public void Timeline_draws_an_svg_with_a_mark_and_label_per_event()
    {
        using var svg = new TempFile(".svg");

        var (exit, _, _) = Run("timeline", "--svg", svg.Path, "--db", FixtureDatabase.Path);

        Assert.Equal(0, exit);
        var document = System.Xml.Linq.XDocument.Load(svg.Path);
        var labels = document.Descendants("{http://www.w3.org/2000/svg}text")
            .Where(t => t.Elements("{http://www.w3.org/2000/svg}tspan").Any(s => (string?)s.Attribute("font-weight") == "bold"))
            .Select(t => t.Value).ToList();
        Assert.Equal(6, labels.Count);
        Assert.Equal(6, document.Descendants("{http://www.w3.org/2000/svg}polyline").Count());
        Assert.Contains(labels, t => t.Contains("[2022-12-20..2023-01-10]", StringComparison.Ordinal));
        // A month and two ranges are bars (the open-ended one dashed); three single days are dots on the axis.
        var bars = document.Descendants("{http://www.w3.org/2000/svg}rect").Where(r => (string?)r.Attribute("rx") == "3").ToList();
        Assert.Equal(3, bars.Count);
        Assert.Single(bars, r => r.Attribute("stroke-dasharray") is not null);
        Assert.Equal(3, document.Descendants("{http://www.w3.org/2000/svg}circle").Count(c => (string?)c.Attribute("cx") == "160"));
    }

    [Fact]
    public async Task Committed_outputs_match_a_fresh_rendering_of_the_shipped_file()
    {
        await using var dataset = await RelationsDataset.OpenAsync(Repo.ShippedDatabase);

        foreach (var (name, content) in await Export.DocumentationFiles.RenderAsync(dataset))
        {
            Assert.True(content == File.ReadAllText(Path.Combine(Repo.Root, "docs", name)),
                $"docs/{name} is stale: run the README's first command (which builds with --docs docs) and commit the result.");
        }
    }

    [Fact]
    public void Search_ranks_results_and_brackets_the_matched_words()
    {
        var (exit, output, _) = Run("search", "gas", "--limit", "2", "--db", FixtureDatabase.Path);

        Assert.Equal(0, exit);
        Assert.Contains("  1. ", output, StringComparison.Ordinal);
        Assert.Contains("  2. ", output, StringComparison.Ordinal);
        Assert.Contains("[gas]", output, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("(2 matches)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_prints_participants_sources_and_discrepancies_of_an_event()
    {
        var (exit, output, _) = Run("show", "embassy-reopens", "--db", FixtureDatabase.Path);

        Assert.Equal(0, exit);
        Assert.Contains("Foreign Ministry of Azerbaijan (initiator)  [organization mfa-azerbaijan]", output, StringComparison.Ordinal);
        Assert.Contains("article, paragraph 2", output, StringComparison.Ordinal);
        Assert.Contains("https://example.org/a", output, StringComparison.Ordinal);
        Assert.Contains("reopening-day", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_exits_1_when_the_event_does_not_exist()
    {
        var (exit, _, error) = Run("show", "no-such-event", "--db", Repo.ShippedDatabase);

        Assert.Equal(1, exit);
        Assert.Contains("no event, person, organization, place, agreement, source or disagreement has the id 'no-such-event'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_passes_the_shipped_file()
    {
        var (exit, output, _) = Run("validate", "--db", Repo.ShippedDatabase);

        Assert.Equal(0, exit);
        Assert.StartsWith("OK: ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_reports_each_problem_and_exits_1_when_the_file_is_damaged()
    {
        using var copy = new TempFile();
        File.Copy(FixtureDatabase.Path, copy.Path);
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={copy.Path};Pooling=False;Foreign Keys=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText =
                """
                UPDATE change_context SET reason = 'A test damages a copy on purpose.';
                DELETE FROM citations WHERE event_id = 'envoy-meets-ministry';
                INSERT INTO event_topics (event_id, topic_id) VALUES ('no-such-event', 'energy');
                """;
            command.ExecuteNonQuery();
        }

        var (exit, output, _) = Run("validate", "--db", copy.Path);

        Assert.Equal(1, exit);
        Assert.Contains("citations: events envoy-meets-ministry has no citation", output, StringComparison.Ordinal);
        Assert.Contains("foreign_keys: event_topics row", output, StringComparison.Ordinal);
        Assert.Contains("2 problems", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Info_shows_versions_counts_span_and_hash()
    {
        var (exit, output, _) = Run("info", "--db", FixtureDatabase.Path);

        Assert.Equal(0, exit);
        using var db = RelationsDataset.Open(FixtureDatabase.Path);
        Assert.Contains($"Dataset version {db.DatasetVersion}", output, StringComparison.Ordinal);
        Assert.Contains($"Schema version  {DatasetBuilder.SchemaVersion}", output, StringComparison.Ordinal);
        Assert.Contains("Events span     2020-01-15 to 2024-02-17", output, StringComparison.Ordinal);
        Assert.Contains("  events                       6", output, StringComparison.Ordinal);
        Assert.Contains(DatasetBuilder.ComputeSha256(FixtureDatabase.Path), output, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_writes_the_database_and_its_hash_file()
    {
        using var directory = new TempDirectory();
        var target = Path.Combine(directory.Path, "out.db");

        var (exit, output, _) = Run("build", "--output", target);

        Assert.Equal(0, exit);
        var hash = DatasetBuilder.ComputeSha256(target);
        Assert.Equal($"{hash}  out.db\n", File.ReadAllText(target + ".sha256"));
        Assert.Contains("The five latest events:", output, StringComparison.Ordinal);
    }
}
