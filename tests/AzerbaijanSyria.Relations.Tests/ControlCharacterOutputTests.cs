using System.Xml.Linq;
using AzerbaijanSyria.Relations.Cli;
using AzerbaijanSyria.Relations.Export;
using Dapper;
using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations.Tests;

/// <summary>
/// Control characters a damaged file holds (which the validator refuses) never reach a terminal raw
/// and never make the timeline SVG unreadable: both show them as escapes such as <c>\u001B</c>.
/// </summary>
public sealed class ControlCharacterOutputTests
{
    private const string Title = "The minister \u001b[2J\u001b[31mvisits\u0007 \u202eDamascus";

    private static TempFile DamagedCopy()
    {
        var copy = new TempFile();
        File.Copy(FixtureDatabase.Path, copy.Path);
        using var connection = new SqliteConnection($"Data Source={copy.Path};Pooling=False");
        connection.Open();
        connection.Execute("UPDATE change_context SET reason = 'A test damages a copy on purpose.'; UPDATE events SET title = @Title WHERE event_id = 'minister-visits-damascus'; UPDATE change_context SET reason = NULL;", new { Title });
        return copy;
    }

    [Fact]
    public void Escape_shows_each_control_character_as_its_escape_when_the_text_holds_any()
    {
        Assert.Equal("The minister \\u001B[2J\\u001B[31mvisits\\u0007 \\u202EDamascus", ControlCharacters.Escape(Title));
        Assert.Same("Plain text, with 'quotes' and ə", ControlCharacters.Escape("Plain text, with 'quotes' and ə"));
        Assert.Null(ControlCharacters.Escape(null));
    }

    [Fact]
    public void TerminalWriter_escapes_control_characters_but_keeps_line_ends_and_tabs_when_writing_to_a_terminal()
    {
        var text = new StringWriter();
        using (var terminal = TerminalWriter.For(text, isTerminal: true))
        {
            terminal.Write("a\u001b[31mb\r\n");
            terminal.Write("c\rd\t\u0085e");
            terminal.Write('\r');
            terminal.WriteLine("f");
            terminal.Write("g\r");
        }

        Assert.Equal("a\\u001B[31mb\r\nc\\u000Dd\t\\u0085e\\u000Df\ng\\u000D", text.ToString());
    }

    [Fact]
    public void TerminalWriter_passes_text_unchanged_when_the_output_is_not_a_terminal()
    {
        var text = new StringWriter();

        Assert.Same(text, TerminalWriter.For(text, isTerminal: false));
    }

    [Fact]
    public void Show_command_escapes_a_damaged_title_when_its_output_is_a_terminal()
    {
        using var copy = DamagedCopy();
        var text = new StringWriter();
        var error = new StringWriter();

        var exit = AzsyInProcess.RunWith(["show", "minister-visits-damascus", "--db", copy.Path], TerminalWriter.For(text, isTerminal: true), error);

        Assert.Equal(0, exit);
        Assert.Contains("The minister \\u001B[2J\\u001B[31mvisits\\u0007 \\u202EDamascus", text.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(text.ToString(), ch => ch != '\n' && ControlCharacters.IsControl(ch));
    }

    [Fact]
    public async Task TimelineSvg_is_well_formed_and_shows_escapes_when_a_title_holds_control_characters()
    {
        using var copy = DamagedCopy();
        await using var db = await RelationsDataset.OpenAsync(copy.Path);

        var svg = TimelineSvg.Render(await db.GetTimelineAsync());

        var document = XDocument.Parse(svg);
        Assert.Contains(document.Descendants().Select(e => e.Value), v => v.Contains("The minister \\u001B[2J\\u001B[31mvisits\\u0007 \\u202EDamascus", StringComparison.Ordinal));
    }
}
