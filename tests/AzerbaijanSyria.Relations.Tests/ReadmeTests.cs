using System.Text.RegularExpressions;
using System.Xml.Linq;
using AzerbaijanSyria.Relations.Cli;
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

    public static TheoryData<string, int> ToolExamples() => Examples(b => b.Language == "text" && ReadmeExamples.ToolCommand(b) is not null);

    public static TheoryData<string, int> SqlExamples() => Examples(b => b.Language == "sql" && !b.Unchecked && !IsOtherEngine(b));

    private static TheoryData<string, int> Examples(Func<ReadmeExamples.Block, bool> which)
    {
        var data = new TheoryData<string, int>();
        foreach (var block in ReadmeExamples.All().Where(which))
        {
            data.Add(block.Document, block.Index);
        }

        return data;
    }

    /// <summary>An SQL block for DuckDB or Spark (its first line says which), which SQLite cannot run.</summary>
    private static bool IsOtherEngine(ReadmeExamples.Block block) =>
        block.Body.StartsWith("-- duckdb", StringComparison.Ordinal) || block.Body.StartsWith("-- spark-sql", StringComparison.Ordinal);

    /// <summary>
    /// Each <c>$ azsy …</c> example (or the tool run from source) prints what the document shows, run
    /// in-process on the shipped file (<c>--db</c> added to a command that reads one; a build writes into a
    /// temporary folder, shown as <see cref="ReadmeExamples.RepositoryPlaceholder"/>, and its SHA-256 may
    /// differ); a line <c>…</c> alone in the shown output stands for lines left out.
    /// </summary>
    [Theory]
    [MemberData(nameof(ToolExamples))]
    public void Tool_example_prints_what_the_document_shows(string document, int index)
    {
        var block = ReadmeExamples.Read(document)[index];
        var args = ReadmeExamples.ToolCommand(block)!.ToList();
        var command = AzsyApp.CreateRootCommand(TextWriter.Null, TextWriter.Null).Subcommands.Single(c => c.Name == args[0]);
        using var folder = new TempDirectory();
        var shown = ReadmeExamples.ShownOutput(block);
        var build = args[0] == "build" && !args.Contains("--output") && !args.Contains("-o");
        if (build)
        {
            args.AddRange(["--output", Path.Combine(folder.Path, "dataset", RelationsDataset.DatabaseFileName)]);
        }

        if (command.Options.Any(o => o.Name == "--db") && !args.Contains("--db"))
        {
            args.AddRange(["--db", Repo.ShippedDatabase]);
        }

        var (exit, output, error) = AzsyInProcess.Run([.. args]);
        if (build)
        {
            output = Sha256().Replace(output.Replace(folder.Path, ReadmeExamples.RepositoryPlaceholder, StringComparison.Ordinal), "<sha256>");
            shown = Sha256().Replace(shown, "<sha256>");
        }

        Assert.True(exit == 0, $"{block}: azsy {string.Join(' ', args)} exits {exit}: {error}");
        Assert.True(ReadmeExamples.Matches(shown, output), $"{block} shows what the command no longer prints. It prints:\n{output}");
    }

    /// <summary>
    /// Each SQL example runs on the shipped file, statement by statement; one that shows its result as a
    /// Markdown table right after it gives that table (as <c>azsy query --format markdown</c> prints it).
    /// </summary>
    [Theory]
    [MemberData(nameof(SqlExamples))]
    public void Sql_example_runs_and_gives_the_table_the_document_shows(string document, int index)
    {
        var block = ReadmeExamples.Read(document)[index];
        var statements = Statements(block.Body);

        Assert.NotEmpty(statements);
        if (block.TableAfter is { } table)
        {
            var statement = Assert.Single(statements);
            var (exit, output, error) = AzsyInProcess.Run("query", statement, "--format", "markdown", "--db", Repo.ShippedDatabase);
            Assert.True(exit == 0, $"{block}: {error}");
            Assert.True(ReadmeExamples.Matches(table, output), $"{block} shows a table the query no longer gives. It gives:\n{output}");
        }
        else
        {
            foreach (var statement in statements)
            {
                var (exit, _, error) = AzsyInProcess.Run("query", statement, "--format", "csv", "--db", Repo.ShippedDatabase);
                Assert.True(exit == 0, $"{block}: {statement}\n{error}");
            }
        }
    }

    [Fact]
    public void Every_example_with_an_output_is_checked_by_a_test_or_marked_unchecked()
    {
        var notChecked = new List<string>();
        foreach (var document in CodeExampleTests.Documents)
        {
            var blocks = ReadmeExamples.Read(document);
            for (var i = 0; i < blocks.Count; i++)
            {
                var block = blocks[i];
                var checkedHere = block.Language switch
                {
                    // A command with its output, or the output of the C# block it follows (CodeExampleTests runs it).
                    "text" => ReadmeExamples.ToolCommand(block) is not null || (block.FollowsBlock && blocks[i - 1].Language == "csharp"),
                    "sql" => !IsOtherEngine(block),
                    _ => true,
                };
                if (!checkedHere && !block.Unchecked)
                {
                    notChecked.Add(block.ToString());
                }
            }
        }

        Assert.True(notChecked.Count == 0, $"blocks with an output no test checks; check them, or put a line '{ReadmeExamples.UncheckedMarker} why -->' before the fence: {string.Join(", ", notChecked)}");
    }

    [Fact]
    public void Tool_command_lines_of_shell_blocks_are_commands_the_tool_takes()
    {
        var root = AzsyApp.CreateRootCommand(TextWriter.Null, TextWriter.Null);
        var lines = ReadmeExamples.All().Where(b => b.Language == "sh")
            .SelectMany(b => b.Body.Split('\n').Where(l => l.StartsWith("azsy ", StringComparison.Ordinal)).Select(l => (Block: b, Line: l)))
            .ToList();

        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.True(
            root.Parse(ReadmeExamples.ShellWords(l.Line["azsy ".Length..])).Errors.Count == 0,
            $"{l.Block}: {l.Line}: {string.Join("; ", root.Parse(ReadmeExamples.ShellWords(l.Line["azsy ".Length..])).Errors.Select(e => e.Message))}"));
    }

    [Fact]
    public void Nuget_instructions_name_the_version_directory_build_props_sets()
    {
        var version = XDocument.Load(Path.Combine(Repo.Root, "Directory.Build.props")).Descendants("Version").Single().Value;
        var named = CodeExampleTests.Documents
            .SelectMany(d => PackageVersion().Matches(File.ReadAllText(Path.Combine(Repo.Root, d))).Select(m => (Document: d, Version: m.Groups["version"].Value)))
            .ToList();

        Assert.Contains(named, n => n.Document == "README.md");
        Assert.All(named, n => Assert.True(n.Version == version, $"{n.Document} names version {n.Version} of the package; Directory.Build.props says {version}"));
    }

    [Theory]
    [InlineData("query \"SELECT 'a b' AS x\" --format csv", new[] { "query", "SELECT 'a b' AS x", "--format", "csv" })]
    [InlineData("search 'gas OR aid' -n 3", new[] { "search", "gas OR aid", "-n", "3" })]
    [InlineData("query \"SELECT \\\"x\\\"\"", new[] { "query", "SELECT \"x\"" })]
    public void ShellWords_splits_a_command_line_as_a_shell_does(string line, string[] words)
    {
        Assert.Equal(words, ReadmeExamples.ShellWords(line));
    }

    [Theory]
    [InlineData("a\nb\n", "a\nb", true)]
    [InlineData("a\n…\nd", "a\nb\nc\nd\n", true)]
    [InlineData("a\n…\nd", "a\nd", true)]
    [InlineData("a\nb", "a\nc", false)]
    [InlineData("a\n…", "b\nc", false)]
    [InlineData("a", "a\nb", false)]
    public void Matches_reads_an_ellipsis_line_as_lines_left_out(string shown, string actual, bool matches)
    {
        Assert.Equal(matches, ReadmeExamples.Matches(shown, actual));
    }

    /// <summary>The statements of an SQL text: split at semicolons outside quotes, comment-only pieces left out.</summary>
    private static List<string> Statements(string sql)
    {
        var statements = new List<string>();
        var start = 0;
        var quote = (char?)null;
        for (var i = 0; i < sql.Length; i++)
        {
            var c = sql[i];
            if (quote is not null)
            {
                quote = c == quote ? null : quote;
            }
            else if (c is '\'' or '"')
            {
                quote = c;
            }
            else if (c == '-' && i + 1 < sql.Length && sql[i + 1] == '-')
            {
                i = sql.IndexOf('\n', i) is var end and >= 0 ? end : sql.Length;
            }
            else if (c == ';')
            {
                statements.Add(sql[start..i]);
                start = i + 1;
            }
        }

        statements.Add(sql[start..]);
        return statements.Where(s => Regex.Replace(s, "--[^\n]*", string.Empty).Trim().Length > 0).Select(s => s.Trim()).ToList();
    }

    [GeneratedRegex("\\b[0-9a-f]{64}\\b")]
    private static partial Regex Sha256();

    [GeneratedRegex(@"(?:--version |azerbaijansyria\.relations/)(?<version>\d+\.\d+\.\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex PackageVersion();

    [GeneratedRegex(@"^```(?<lang>[a-z]*)\n(?<body>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex FencedBlock();

    [GeneratedRegex(@"^\| `(?<view>[a-z_]+)` \|", RegexOptions.Multiline)]
    private static partial Regex ViewRow();
}
