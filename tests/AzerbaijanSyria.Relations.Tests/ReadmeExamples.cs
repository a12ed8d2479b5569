using System.Text;
using System.Text.RegularExpressions;

namespace AzerbaijanSyria.Relations.Tests;

/// <summary>
/// The examples of the Markdown files users read (<see cref="CodeExampleTests.Documents"/>): each fenced
/// block with its language, its text, what follows it (the output a reader is shown) and whether it
/// carries the marker <c>&lt;!-- unchecked here: why --&gt;</c> on the line before its fence, which a block
/// with an output that no test can run must carry.
/// </summary>
internal static partial class ReadmeExamples
{
    /// <summary>The marker of a block whose output no test here runs, with the reason after the colon.</summary>
    public const string UncheckedMarker = "<!-- unchecked here:";

    /// <summary>How a README writes the tool when it runs it from the repository instead of as <c>azsy</c>.</summary>
    public const string FromSource = "dotnet run --project src/AzerbaijanSyria.Relations.Cli --";

    /// <summary>What a README shows for the repository's folder in an absolute path.</summary>
    public const string RepositoryPlaceholder = "/path/to/this/repository";

    /// <summary>A fenced block of a document.</summary>
    public sealed record Block
    {
        /// <summary>The document, relative to the repository.</summary>
        public required string Document { get; init; }

        /// <summary>The block's position among the document's blocks, from 0.</summary>
        public required int Index { get; init; }

        /// <summary>The line of its opening fence, from 1.</summary>
        public required int Line { get; init; }

        /// <summary>Its language (<c>text</c>, <c>sql</c>, <c>csharp</c>, …).</summary>
        public required string Language { get; init; }

        /// <summary>Its text, each line ending in a line feed.</summary>
        public required string Body { get; init; }

        /// <summary>Whether the line before its fence is an <see cref="UncheckedMarker"/>.</summary>
        public required bool Unchecked { get; init; }

        /// <summary>Whether only blank lines stand between it and the block before it (so it shows that block's output).</summary>
        public required bool FollowsBlock { get; init; }

        /// <summary>The Markdown table that follows it (after blank lines only), or null.</summary>
        public required string? TableAfter { get; init; }

        /// <summary>Where it is, for messages.</summary>
        public override string ToString() => $"{Document}:{Line} ({Language} block {Index + 1})";
    }

    /// <summary>Every fenced block of <paramref name="document"/> (relative to the repository), in order.</summary>
    public static IReadOnlyList<Block> Read(string document)
    {
        var text = File.ReadAllText(Path.Combine(Repo.Root, document)).ReplaceLineEndings("\n");
        var blocks = new List<Block>();
        var previousEnd = -1;
        foreach (Match match in Fence().Matches(text))
        {
            var before = text[..match.Index].TrimEnd('\n');
            var previousLine = before[(before.LastIndexOf('\n') + 1)..];
            var after = text[(match.Index + match.Length)..].TrimStart('\n');
            string? table = null;
            if (after.StartsWith("| ", StringComparison.Ordinal))
            {
                var lines = after.Split('\n').TakeWhile(l => l.StartsWith('|'));
                table = string.Concat(lines.Select(l => l + "\n"));
            }

            blocks.Add(new Block
            {
                Document = document,
                Index = blocks.Count,
                Line = text[..match.Index].Count(c => c == '\n') + 1,
                Language = match.Groups["lang"].Value,
                Body = match.Groups["body"].Value,
                Unchecked = previousLine.StartsWith(UncheckedMarker, StringComparison.Ordinal),
                TableAfter = table,
                FollowsBlock = previousEnd >= 0 && string.IsNullOrWhiteSpace(text[previousEnd..match.Index]),
            });
            previousEnd = match.Index + match.Length;
        }

        return blocks;
    }

    /// <summary>Every block of every document users read.</summary>
    public static IEnumerable<Block> All() => CodeExampleTests.Documents.SelectMany(Read);

    /// <summary>
    /// The block's command line as the tool's arguments when it is a shell example of the tool
    /// (<c>$ azsy …</c>, or the tool run from source), else null.
    /// </summary>
    public static string[]? ToolCommand(Block block)
    {
        var first = block.Body.Split('\n')[0];
        foreach (var prefix in new[] { "$ azsy ", "$ " + FromSource + " " })
        {
            if (first.StartsWith(prefix, StringComparison.Ordinal))
            {
                return ShellWords(first[prefix.Length..]);
            }
        }

        return null;
    }

    /// <summary>What the block shows the command printing: every line after the first.</summary>
    public static string ShownOutput(Block block) => block.Body[(block.Body.IndexOf('\n', StringComparison.Ordinal) + 1)..];

    /// <summary>A command line split as a POSIX shell splits it: spaces between words, '…' literal, "…" with \" and \\.</summary>
    public static string[] ShellWords(string line)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            switch (c)
            {
                case ' ' or '\t':
                    if (inWord)
                    {
                        words.Add(word.ToString());
                        word.Clear();
                        inWord = false;
                    }

                    break;
                case '\'':
                    var close = line.IndexOf('\'', i + 1);
                    word.Append(line[(i + 1)..close]);
                    i = close;
                    inWord = true;
                    break;
                case '"':
                    for (i++; line[i] != '"'; i++)
                    {
                        if (line[i] == '\\' && line[i + 1] is '"' or '\\' or '$' or '`')
                        {
                            i++;
                        }

                        word.Append(line[i]);
                    }

                    inWord = true;
                    break;
                case '\\':
                    word.Append(line[++i]);
                    inWord = true;
                    break;
                default:
                    word.Append(c);
                    inWord = true;
                    break;
            }
        }

        if (inWord)
        {
            words.Add(word.ToString());
        }

        return [.. words];
    }

    /// <summary>
    /// Whether <paramref name="actual"/> is what <paramref name="shown"/> shows: line by line, trailing
    /// spaces and blank lines at the end ignored, where a line <c>…</c> alone stands for any number of lines.
    /// </summary>
    public static bool Matches(string shown, string actual)
    {
        static List<string> Lines(string text) =>
            text.ReplaceLineEndings("\n").TrimEnd('\n', ' ').Split('\n').Select(l => l.TrimEnd()).ToList();
        var expected = Lines(shown);
        var lines = Lines(actual);

        bool From(int e, int a)
        {
            if (e == expected.Count)
            {
                return a == lines.Count;
            }

            if (expected[e] == "…")
            {
                for (var skip = a; skip <= lines.Count; skip++)
                {
                    if (From(e + 1, skip))
                    {
                        return true;
                    }
                }

                return false;
            }

            return a < lines.Count && expected[e] == lines[a] && From(e + 1, a + 1);
        }

        return From(0, 0);
    }

    [GeneratedRegex(@"^```(?<lang>[a-z]*)\n(?<body>.*?)^```\n?", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Fence();
}
