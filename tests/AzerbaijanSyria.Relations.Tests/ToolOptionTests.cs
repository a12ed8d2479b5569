using System.Reflection;
using System.Text.RegularExpressions;
using AzerbaijanSyria.Relations.Cli;
using AzerbaijanSyria.Relations.Export;
using Dapper;

namespace AzerbaijanSyria.Relations.Tests;

/// <summary>
/// What the tool's options take and what it says when they are wrong: date readings, topics and
/// CAMEO roots checked against the file, <c>azsy list</c>, table cell widths, search syntax, and
/// one clean line per error.
/// </summary>
public sealed partial class ToolOptionTests
{
    private static readonly string[] Commands = AzsyApp.CreateRootCommand(TextWriter.Null, TextWriter.Null).Subcommands.Select(c => c.Name).ToArray();

    private static IEnumerable<string> Ids(string csv) => csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')[0]);

    [Fact]
    public void Timeline_lists_events_that_may_fall_in_the_range_or_only_those_certainly_in_it()
    {
        var possible = AzsyInProcess.Run("timeline", "--from", "2022-06", "--to", "2022-12", "-f", "csv", "--db", FixtureDatabase.Path);
        var named = AzsyInProcess.Run("timeline", "--from", "2022-06", "--to", "2022-12", "--dates", "possible", "-f", "csv", "--db", FixtureDatabase.Path);
        var certain = AzsyInProcess.Run("timeline", "--from", "2022-06", "--to", "2023-01", "--dates", "certain", "-f", "csv", "--db", FixtureDatabase.Path);

        Assert.Equal(0, possible.Exit);
        Assert.Equal(["aid-convoy-sent", "gas-memorandum-signed"], Ids(possible.Output));
        Assert.Equal(possible.Output, named.Output);
        Assert.Equal(0, certain.Exit);
        Assert.Equal(["gas-memorandum-signed"], Ids(certain.Output));
    }

    [Fact]
    public void Timeline_exits_2_and_lists_the_topics_when_the_topic_is_unknown()
    {
        using var db = RelationsDataset.Open(FixtureDatabase.Path);
        var topics = db.Connection.Query<string>("SELECT topic_id FROM topics ORDER BY topic_id").ToList();

        var (exit, output, error) = AzsyInProcess.Run("timeline", "--topic", "gaz", "--db", FixtureDatabase.Path);

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Equal(Messages.Usage(Messages.UnknownTopic("gaz", topics)) + Environment.NewLine, error);
        Assert.Contains("energy", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Timeline_exits_2_and_lists_the_roots_when_the_cameo_root_is_unknown()
    {
        using var db = RelationsDataset.Open(FixtureDatabase.Path);
        var roots = db.Connection.Query<string>("SELECT root_code FROM cameo_roots ORDER BY root_code").ToList();

        var (exit, output, error) = AzsyInProcess.Run("timeline", "--cameo", "99", "--db", FixtureDatabase.Path);

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Equal(Messages.Usage(Messages.UnknownCameoRoot("99", roots)) + Environment.NewLine, error);
    }

    [Fact]
    public void Timeline_exits_2_when_from_is_after_to()
    {
        var (exit, output, error) = AzsyInProcess.Run("timeline", "--from", "2025", "--to", "2024-06", "--db", FixtureDatabase.Path);

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Equal(Messages.Usage(Messages.ReversedRange("2025", "2024-06", new DateOnly(2025, 1, 1), new DateOnly(2024, 6, 30))) + Environment.NewLine, error);
    }

    [Theory]
    [InlineData("topics", "SELECT topic_id FROM topics ORDER BY topic_id")]
    [InlineData("cameo", "SELECT root_code FROM cameo_roots ORDER BY root_code")]
    [InlineData("countries", "SELECT country_id FROM countries ORDER BY country_id")]
    [InlineData("people", "SELECT person_id FROM people ORDER BY person_id")]
    [InlineData("organizations", "SELECT organization_id FROM organizations ORDER BY organization_id")]
    [InlineData("places", "SELECT place_id FROM places ORDER BY place_id")]
    [InlineData("sources", "SELECT source_id FROM sources ORDER BY source_id")]
    [InlineData("discrepancies", "SELECT discrepancy_id FROM discrepancies ORDER BY discrepancy_id")]
    [InlineData("views", "SELECT name FROM sqlite_schema WHERE type = 'view' ORDER BY name")]
    public void List_prints_every_value_of_its_kind(string what, string sql)
    {
        using var db = RelationsDataset.Open(FixtureDatabase.Path);

        var (exit, output, _) = AzsyInProcess.Run("list", what, "-f", "csv", "--db", FixtureDatabase.Path);

        Assert.Equal(0, exit);
        Assert.Equal(db.Connection.Query<string>(sql), Ids(output));
    }

    [Fact]
    public void List_counts_the_events_of_each_topic()
    {
        using var db = RelationsDataset.Open(FixtureDatabase.Path);

        var (_, output, _) = AzsyInProcess.Run("list", "topics", "-f", "json", "--db", FixtureDatabase.Path);

        var rows = System.Text.Json.JsonDocument.Parse(output).RootElement.EnumerateArray()
            .ToDictionary(r => r.GetProperty("topic_id").GetString()!, r => r.GetProperty("events").GetInt64());
        Assert.Equal(db.Connection.ExecuteScalar<long>("SELECT count(*) FROM event_topics WHERE topic_id = 'energy'"), rows["energy"]);
    }

    [Fact]
    public void List_exits_2_and_names_the_lists_when_the_kind_is_unknown()
    {
        var (exit, _, error) = AzsyInProcess.Run("list", "tropics", "--db", FixtureDatabase.Path);

        Assert.Equal(2, exit);
        Assert.Equal(Messages.Usage(Messages.ParseProblem(Messages.OneOf("WHAT", Cli.Commands.ListCommand.Names, "tropics"), "list")) + Environment.NewLine, error);
    }

    [Fact]
    public void Query_table_prints_every_value_whole_when_no_width_is_asked_for()
    {
        var (exit, output, _) = AzsyInProcess.Run("query", "SELECT printf('%.200c', 'x') AS long_value", "--db", FixtureDatabase.Path);

        Assert.Equal(0, exit);
        Assert.Contains(new string('x', 200), output, StringComparison.Ordinal);
        Assert.DoesNotContain("…", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Query_table_cuts_values_and_says_so_when_max_width_is_given()
    {
        var (exit, output, _) = AzsyInProcess.Run("query", "SELECT 'the quick brown fox jumps' AS a, 'short' AS b UNION ALL SELECT 'y', 'lazy dogs sleep all day'", "--max-width", "10", "--db", FixtureDatabase.Path);

        Assert.Equal(0, exit);
        var lines = output.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("the quick…  short", lines[2]);
        Assert.Equal("y           lazy dogs…", lines[3]);
        Assert.Equal(ExportMessages.CellsCut(2, 10), lines[^1]);
    }

    [Fact]
    public async Task Timeline_table_never_cuts_an_id_or_a_date_when_max_width_is_given()
    {
        await using var db = await RelationsDataset.OpenAsync(Repo.ShippedDatabase);
        var events = await db.GetTimelineAsync(new DateOnly(2012, 1, 1), new DateOnly(2012, 12, 31));

        var (exit, output, _) = AzsyInProcess.Run("timeline", "--from", "2012", "--to", "2012", "--max-width", "12", "--db", Repo.ShippedDatabase);

        Assert.Equal(0, exit);
        Assert.NotEmpty(events);
        foreach (var e in events)
        {
            Assert.Contains($"{e.EventId}  ", output, StringComparison.Ordinal);
            Assert.Contains(e.DateEdtf, output, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("3", "table")]
    [InlineData("0", "table")]
    [InlineData("20", "csv")]
    public void Query_exits_2_when_max_width_is_too_small_or_the_format_is_not_a_table(string width, string format)
    {
        var (exit, output, error) = AzsyInProcess.Run("query", "SELECT 1", "--max-width", width, "-f", format, "--db", FixtureDatabase.Path);

        Assert.Equal(2, exit);
        Assert.Empty(output);
        var expected = format == "table" ? Messages.MaxWidthTooSmall(int.Parse(width, System.Globalization.CultureInfo.InvariantCulture)) : Messages.MaxWidthNeedsTable(format);
        Assert.Equal(Messages.Usage(expected) + Environment.NewLine, error);
    }

    [Fact]
    public void Run_prints_one_line_naming_the_commands_when_the_command_is_unknown()
    {
        var (exit, output, error) = AzsyInProcess.Run("nonsense");

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Equal(Messages.Usage(Messages.UnknownCommand("nonsense", Commands)) + Environment.NewLine, error);
    }

    [Theory]
    [InlineData]
    [InlineData("nonsense", "more")]
    [InlineData("query")]
    [InlineData("query", "SELECT 1", "--format", "xml")]
    [InlineData("timeline", "--sources", "some")]
    [InlineData("timeline", "--dates", "maybe")]
    [InlineData("export", "--format", "xml", "--output", "x")]
    [InlineData("export", "--format", "csv")]
    [InlineData("search", "gas", "--limit", "many")]
    [InlineData("timeline", "--no-such-option")]
    public void Run_writes_a_usage_error_as_one_clean_line(params string[] args)
    {
        var (exit, output, error) = AzsyInProcess.Run(args);

        Assert.Equal(2, exit);
        Assert.Empty(output);
        var line = Assert.Single(error.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith(Messages.Prefix, line, StringComparison.Ordinal);
        AssertClean(line);
    }

    [Fact]
    public void Query_reads_sqlite_s_failure_once_with_its_code()
    {
        var (exit, _, error) = AzsyInProcess.Run("query", "SELECT * FROM no_such_table", "--db", FixtureDatabase.Path);

        Assert.Equal(1, exit);
        Assert.Equal("azsy: SQLite: no such table: no_such_table (SQLite error 1)." + Environment.NewLine, error);
    }

    /// <summary>Every message the tool and the library can write, made with sample values, has no doubled, leading or trailing space and no space before punctuation.</summary>
    [Theory]
    [InlineData(typeof(Messages))]
    [InlineData(typeof(LibraryMessages))]
    public void Messages_have_no_stray_spaces(Type messages)
    {
        var methods = messages.GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)
            .Where(m => m.ReturnType == typeof(string) && !m.IsSpecialName && !m.Name.Contains('<', StringComparison.Ordinal) && m.Name is not ("OneLine" or "Usage"))
            .ToList();
        Assert.NotEmpty(methods);
        foreach (var method in methods)
        {
            var args = method.GetParameters().Select(p => Sample(p.ParameterType)).ToArray();
            AssertClean((string)method.Invoke(null, args)!, method.Name);
        }

        foreach (var field in messages.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic).Where(f => f.FieldType == typeof(string) && f.Name != "Prefix"))
        {
            AssertClean((string)field.GetValue(null)!, field.Name);
        }
    }

    private static object Sample(Type type) =>
        type == typeof(string) ? "value" :
        type == typeof(int) ? 3 :
        type == typeof(long) ? 3L :
        type == typeof(int?) ? 3 :
        type == typeof(DateOnly) ? new DateOnly(2025, 7, 1) :
        type == typeof(Exception) ? new InvalidOperationException("Something failed.") :
        type.IsEnum ? Enum.ToObject(type, 7) :
        type.IsAssignableFrom(typeof(string[])) ? new[] { "a", "b", "c" } :
        type.IsAssignableFrom(typeof((string, int)[])) ? new[] { ("a", 1), ("b", 2) } :
        throw new InvalidOperationException($"no sample value for {type}");

    private static void AssertClean(string text, string? name = null)
    {
        Assert.False(StraySpace().IsMatch(text), $"{name}: stray space in \"{text}\"");
        Assert.DoesNotContain('\t', text);
        Assert.DoesNotContain('\n', text);
    }

    [GeneratedRegex(@"  |^ | $| [.,;:)](?=\s|$)|\( ")]
    private static partial Regex StraySpace();
}
