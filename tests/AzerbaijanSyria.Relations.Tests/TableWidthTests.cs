using AzerbaijanSyria.Relations.Cli;
using AzerbaijanSyria.Relations.Export;

namespace AzerbaijanSyria.Relations.Tests;

/// <summary>
/// Tables that fit the terminal: the table format wraps free text to a width (the console's, or
/// COLUMNS), never an id, a date or any value without spaces, which a reader pastes into azsy show.
/// </summary>
public sealed class TableWidthTests
{
    private static readonly string[] Columns = ["event_id", "date", "title", "place"];

    private static readonly object?[][] Rows =
    [
        ["syria-lists-azerbaijanis-among-foreigners-killed", "[..2012-11-22]", "Syria's government lists Azerbaijani citizens among foreigners killed fighting in Syria", "Damascus"],
        ["unsc-resolution-2042", "2012-04-14", "The Security Council, with Azerbaijan as a member, authorises an advance team of unarmed military observers", "New York, at the United Nations"],
        ["short", "2012", "A title", null],
    ];

    private static string Table(int? width, int? maxCellWidth = null)
    {
        var output = new StringWriter();
        ResultWriter.Write(output, new ResultTable(Columns, Rows), "table", maxCellWidth, width);
        return output.ToString().ReplaceLineEndings("\n");
    }

    /// <summary>The table's lines of rows (not the heading, the rule or the count), each cut into its columns by the rule's positions.</summary>
    private static List<string[]> Cells(string table)
    {
        var lines = table.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var rule = lines[1];
        var starts = new List<int> { 0 };
        for (var i = 1; i < rule.Length; i++)
        {
            if (rule[i] == '-' && rule[i - 1] == ' ')
            {
                starts.Add(i);
            }
        }

        return lines.Skip(2).Where(l => !l.StartsWith('(')).Select(l => starts.Select((s, k) =>
        {
            var end = k + 1 < starts.Count ? starts[k + 1] - 2 : l.Length;
            return s >= l.Length ? string.Empty : l[s..Math.Min(end, l.Length)].Trim();
        }).ToArray()).ToList();
    }

    [Theory]
    [InlineData(100)]
    [InlineData(120)]
    [InlineData(160)]
    public void Write_fits_every_line_to_the_width_by_wrapping_free_text_when_ids_and_dates_leave_room(int width)
    {
        var table = Table(width);

        Assert.All(table.Split('\n'), line => Assert.True(line.Length <= width, $"{line.Length} > {width}: {line}"));
        AssertWholeAndReassembled(table);
    }

    [Theory]
    [InlineData(20)]
    [InlineData(60)]
    public void Write_never_cuts_or_wraps_an_id_or_a_date_when_the_width_is_too_small_for_them(int width)
    {
        var table = Table(width);

        foreach (var row in Rows)
        {
            Assert.Contains((string)row[0]!, table, StringComparison.Ordinal);
            Assert.Contains((string)row[1]!, table, StringComparison.Ordinal);
        }

        AssertWholeAndReassembled(table);
    }

    [Fact]
    public void Write_prints_the_table_unchanged_when_it_fits_or_no_width_is_given()
    {
        var whole = Table(null);

        Assert.Equal(whole, Table(1000));
        Assert.Equal(Rows.Length + 3, whole.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.True(whole.Split('\n').Max(l => l.Length) > 160);
    }

    [Fact]
    public void Write_with_max_width_cuts_free_text_but_no_id()
    {
        var table = Table(null, maxCellWidth: 10);

        Assert.Contains("syria-lists-azerbaijanis-among-foreigners-killed", table, StringComparison.Ordinal);
        Assert.Contains("Syria's g…", table, StringComparison.Ordinal);
        Assert.Contains(ExportMessages.CellsCut(3, 10), table, StringComparison.Ordinal);
    }

    /// <summary>Each row's id and date stand whole on its first line, and its wrapped text reads back whole from its lines.</summary>
    private static void AssertWholeAndReassembled(string table)
    {
        var cells = Cells(table);
        var row = -1;
        var text = new List<string[]>();
        foreach (var line in cells)
        {
            if (line[0].Length > 0)
            {
                row++;
                Assert.Equal(Rows[row][0], line[0]);
                Assert.Equal(Rows[row][1], line[1]);
                text.Add([line[2], line[3]]);
            }
            else
            {
                Assert.Equal(string.Empty, line[1]);
                text[row] = [$"{text[row][0]} {line[2]}".Trim(), $"{text[row][1]} {line[3]}".Trim()];
            }
        }

        Assert.Equal(Rows.Length, text.Count);
        for (var i = 0; i < Rows.Length; i++)
        {
            Assert.Equal(Rows[i][2], text[i][0]);
            Assert.Equal(Rows[i][3] ?? string.Empty, text[i][1]);
        }
    }

    [Theory]
    [InlineData("80", true, 200, 80)]
    [InlineData("80", false, 200, 80)]
    [InlineData(null, false, 132, 132)]
    [InlineData("", false, 132, 132)]
    [InlineData("abc", false, 132, 132)]
    [InlineData("0", false, 132, 132)]
    [InlineData(null, true, 132, null)]
    [InlineData("-5", true, 132, null)]
    [InlineData(null, false, 0, null)]
    public void TerminalWidth_prefers_COLUMNS_then_the_terminal_and_fits_no_file_or_pipe(string? columns, bool redirected, int window, int? expected)
    {
        Assert.Equal(expected, TerminalWidth.Measure(columns, redirected, () => window));
    }

    [Fact]
    public void TerminalWidth_fits_nothing_written_to_a_writer_other_than_standard_output()
    {
        Assert.Null(TerminalWidth.For(new StringWriter()));
    }

    [Fact]
    [Trait("Category", "Slow")]
    public async Task Azsy_timeline_fits_COLUMNS_and_keeps_every_id_whole()
    {
        await using var db = await RelationsDataset.OpenAsync(Repo.ShippedDatabase);
        var events = await db.GetTimelineAsync(new DateOnly(2012, 1, 1), new DateOnly(2012, 12, 31));

        var run = Processes.Run("dotnet", [Path.Combine(AppContext.BaseDirectory, "azsy.dll"), "timeline", "--from", "2012", "--to", "2012", "--db", Repo.ShippedDatabase], environment: new Dictionary<string, string> { ["COLUMNS"] = "140" });

        Assert.Equal(0, run.ExitCode);
        Assert.All(run.Output.ReplaceLineEndings("\n").Split('\n'), line => Assert.True(line.Length <= 140, $"{line.Length} > 140: {line}"));
        Assert.All(events, e => Assert.Contains($"{e.EventId}  ", run.Output, StringComparison.Ordinal));
    }
}
