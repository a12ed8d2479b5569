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
        var exit = AzsyApp.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void Query_writes_csv_with_header_when_format_is_csv()
    {
        var (exit, output, _) = Run("query", "SELECT event_id, date_edtf FROM timeline WHERE date_earliest IS NOT NULL ORDER BY date_earliest LIMIT 2", "--format", "csv", "--db", Repo.ShippedDatabase);

        Assert.Equal(0, exit);
        Assert.Equal("event_id,date_edtf\r\nsyria-recognises-azerbaijan,1992-01-16\r\ndiplomatic-relations-established,1992-03-28\r\n", output);
    }

    [Fact]
    public void Query_writes_typed_json_when_format_is_json()
    {
        var (exit, output, _) = Run("query", "SELECT trucks, tonnes, contents FROM aid_deliveries WHERE aid_delivery_id = 'first-aid-convoy'", "-f", "json", "--db", Repo.ShippedDatabase);

        Assert.Equal(0, exit);
        var row = JsonDocument.Parse(output).RootElement[0];
        Assert.Equal(10, row.GetProperty("trucks").GetInt64());
        Assert.Equal(200, row.GetProperty("tonnes").GetDouble());
        Assert.Equal("Food and essential supplies", row.GetProperty("contents").GetString());
    }

    [Fact]
    public void Query_writes_a_markdown_table_when_format_is_markdown()
    {
        var (exit, output, _) = Run("query", "SELECT key, value FROM dataset_metadata WHERE key = 'version'", "-f", "markdown", "--db", Repo.ShippedDatabase);

        Assert.Equal(0, exit);
        Assert.Equal("| key | value |\n| --- | --- |\n| version | 1.0.0 |\n", output.ReplaceLineEndings("\n"));
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
        var (exit, output, _) = Run("timeline", "--sources", "article", "--format", "csv", "--db", Repo.ShippedDatabase);

        Assert.Equal(0, exit);
        var lines = output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(16, lines.Length);
        Assert.StartsWith("event_id,date,cameo,title,place,evidence", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Timeline_widens_a_year_to_its_days_when_dates_are_years()
    {
        var (exit, output, _) = Run("timeline", "--from", "2009", "--to", "2009", "-f", "csv", "--db", Repo.ShippedDatabase);

        Assert.Equal(0, exit);
        Assert.Equal(
            ["mammadyarov-visit-2009", "al-muallem-visits-azerbaijan", "assad-on-azerbaijani-gas", "bashar-al-assad-visits-baku", "joint-commission-established"],
            output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')[0]));
    }

    [Fact]
    public void Timeline_draws_an_svg_with_a_mark_and_label_per_event()
    {
        using var svg = new TempFile(".svg");

        var (exit, _, _) = Run("timeline", "--cameo", "07", "--svg", svg.Path, "--db", Repo.ShippedDatabase);

        Assert.Equal(0, exit);
        var document = System.Xml.Linq.XDocument.Load(svg.Path);
        var labels = document.Descendants("{http://www.w3.org/2000/svg}text")
            .Where(t => t.Elements("{http://www.w3.org/2000/svg}tspan").Any(s => (string?)s.Attribute("font-weight") == "bold"))
            .Select(t => t.Value).ToList();
        Assert.Equal(6, labels.Count);
        Assert.Equal(6, document.Descendants("{http://www.w3.org/2000/svg}polyline").Count());
        var texts = labels;
        Assert.Contains(texts, t => t.Contains("[2025-01-05..2025-02-28]", StringComparison.Ordinal));
        // Three of the aid events are ranges of days (bars), three single days (dots on the axis).
        Assert.Equal(3, document.Descendants("{http://www.w3.org/2000/svg}rect").Count(r => (string?)r.Attribute("rx") == "3"));
        Assert.Equal(3, document.Descendants("{http://www.w3.org/2000/svg}circle").Count(c => (string?)c.Attribute("cx") == "160"));
    }

    [Fact]
    public void Committed_timeline_picture_matches_a_fresh_drawing()
    {
        using var svg = new TempFile(".svg");

        Run("timeline", "--svg", svg.Path, "--db", Repo.ShippedDatabase);

        Assert.Equal(File.ReadAllText(Path.Combine(Repo.Root, "docs", "timeline.svg")), File.ReadAllText(svg.Path));
    }

    [Fact]
    public void Committed_data_dictionary_matches_the_database()
    {
        var document = File.ReadAllText(Path.Combine(Repo.Root, "docs", "data-dictionary.md")).ReplaceLineEndings("\n");
        var query = document.Split('\n').Single(l => l.StartsWith("azsy query ", StringComparison.Ordinal))["azsy query ".Length..];
        var sql = query[1..query.IndexOf("\" --format", StringComparison.Ordinal)];

        var (exit, output, _) = Run("query", sql, "--format", "markdown", "--db", Repo.ShippedDatabase);

        Assert.Equal(0, exit);
        Assert.EndsWith(output.ReplaceLineEndings("\n"), document, StringComparison.Ordinal);
        Assert.Contains("| events | table | date_basis | TEXT |", document, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_ranks_results_and_brackets_the_matched_words()
    {
        var (exit, output, _) = Run("search", "embassy Damascus", "--limit", "3", "--db", Repo.ShippedDatabase);

        Assert.Equal(0, exit);
        Assert.Contains("  1. ", output, StringComparison.Ordinal);
        Assert.Contains("[Damascus]", output, StringComparison.Ordinal);
        Assert.Contains("(3 matches)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_prints_participants_sources_and_discrepancies_of_an_event()
    {
        var (exit, output, _) = Run("show", "iftar-for-orphaned-children", "--db", Repo.ShippedDatabase);

        Assert.Equal(0, exit);
        Assert.Contains("AIDA", output, StringComparison.Ordinal);
        Assert.Contains("article, paragraph 8", output, StringComparison.Ordinal);
        Assert.Contains("https://en.trend.az/azerbaijan/society/4022941.html", output, StringComparison.Ordinal);
        Assert.Contains("iftar-dates-and-places", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_exits_1_when_the_event_does_not_exist()
    {
        var (exit, _, error) = Run("show", "no-such-event", "--db", Repo.ShippedDatabase);

        Assert.Equal(1, exit);
        Assert.Contains("no event with id", error, StringComparison.Ordinal);
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
        File.Copy(Repo.ShippedDatabase, copy.Path);
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={copy.Path};Pooling=False;Foreign Keys=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText =
                """
                DELETE FROM citations WHERE event_id = 'al-sharaa-phones-aliyev';
                INSERT INTO event_topics (event_id, topic_id) VALUES ('no-such-event', 'energy');
                """;
            command.ExecuteNonQuery();
        }

        var (exit, output, _) = Run("validate", "--db", copy.Path);

        Assert.Equal(1, exit);
        Assert.Contains("citations: events al-sharaa-phones-aliyev has no citation", output, StringComparison.Ordinal);
        Assert.Contains("foreign_keys: event_topics row", output, StringComparison.Ordinal);
        Assert.Contains("2 problems", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Info_shows_versions_counts_span_and_hash()
    {
        var (exit, output, _) = Run("info", "--db", Repo.ShippedDatabase);

        Assert.Equal(0, exit);
        Assert.Contains("Dataset version 1.0.0", output, StringComparison.Ordinal);
        Assert.Contains($"Schema version  {DatasetBuilder.SchemaVersion}", output, StringComparison.Ordinal);
        Assert.Contains("Events span     1992-01-16 to 2026-03-10", output, StringComparison.Ordinal);
        Assert.Contains(DatasetBuilder.ComputeSha256(Repo.ShippedDatabase), output, StringComparison.Ordinal);
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
