using System.Text.RegularExpressions;
using Dapper;

namespace AzerbaijanSyria.Relations.Tests;

/// <summary>What the README shows is what the dataset and the library do: its SQL, its tables of views, its examples.</summary>
public sealed partial class ReadmeTests
{
    private static readonly string Readme = File.ReadAllText(Repo.Readme).ReplaceLineEndings("\n");

    /// <summary>The fenced blocks of a Markdown text in the given language, in order.</summary>
    internal static IReadOnlyList<string> Blocks(string markdown, string language) =>
        FencedBlock().Matches(markdown.ReplaceLineEndings("\n"))
            .Where(m => m.Groups["lang"].Value == language)
            .Select(m => m.Groups["body"].Value)
            .ToList();

    [Theory]
    [InlineData(DateRangeMatch.Plausible, "-- plausibly in the range (--dates plausible, the default)")]
    [InlineData(DateRangeMatch.Possible, "-- may fall in the range (--dates possible)")]
    [InlineData(DateRangeMatch.Certain, "-- certainly in the range (--dates certain)")]
    public async Task Readme_sql_for_each_date_reading_gives_what_the_library_gives(DateRangeMatch match, string marker)
    {
        var block = Blocks(Readme, "sql").Single(b => b.Contains(marker, StringComparison.Ordinal));
        var statement = block[block.IndexOf(marker, StringComparison.Ordinal)..].Split(';')[0];
        await using var db = await RelationsDataset.OpenAsync(Repo.ShippedDatabase);

        var library = await db.GetTimelineAsync(new DateOnly(2025, 7, 1), new DateOnly(2025, 7, 31), match);

        Assert.NotEmpty(library);
        Assert.Equal(library.Select(e => e.EventId), db.Connection.Query<string>(statement));
    }

    [Fact]
    public void Readme_sql_readings_differ_on_the_open_bounded_event_of_the_issue()
    {
        using var db = Shipped.Open();
        var possible = Blocks(Readme, "sql").Single(b => b.Contains("--dates possible", StringComparison.Ordinal));
        possible = possible[possible.IndexOf("-- may fall in the range", StringComparison.Ordinal)..];

        // An event known only as "on or before" a day in August 2025 may fall in July, but is not certainly in it.
        Assert.Contains(
            db.Query<string>("SELECT event_id FROM timeline WHERE date_earliest IS NULL AND date_latest BETWEEN '2025-08-01' AND '2025-08-31'"),
            id => db.Query<string>(possible[..possible.IndexOf(';', StringComparison.Ordinal)]).Contains(id));
    }

    [Fact]
    public void Readme_view_table_lists_every_public_view()
    {
        using var db = Shipped.Open();
        var section = Readme[Readme.IndexOf("### The public SQL views", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n### ", 5, StringComparison.Ordinal)];
        var listed = ViewRow().Matches(section).Select(m => m.Groups["view"].Value).ToList();

        Assert.Equal(db.Query<string>("SELECT name FROM sqlite_schema WHERE type = 'view' ORDER BY name"), listed.Order(StringComparer.Ordinal));
        foreach (Match row in ViewRow().Matches(section))
        {
            var cell = section[row.Index..].Split('\n')[0].Split(" | ")[^1].TrimEnd('|', ' ');
            var columns = cell.Split(", ").Select(c => Regex.Replace(c, @"\s*\(.*?\)", string.Empty));
            Assert.Equal(db.Query<string>("SELECT name FROM pragma_table_info(@view) ORDER BY cid", new { view = row.Groups["view"].Value }), columns);
        }
    }

    [Fact]
    public void Timeline_view_returns_its_rows_in_date_order()
    {
        using var db = Shipped.Open();

        Assert.Equal(
            db.Query<string>("SELECT event_id FROM events ORDER BY coalesce(date_earliest, date_latest), date_latest, event_id"),
            db.Query<string>("SELECT event_id FROM timeline"));
    }

    [GeneratedRegex(@"^```(?<lang>[a-z]*)\n(?<body>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex FencedBlock();

    [GeneratedRegex(@"^\| `(?<view>[a-z_]+)` \|", RegexOptions.Multiline)]
    private static partial Regex ViewRow();
}
