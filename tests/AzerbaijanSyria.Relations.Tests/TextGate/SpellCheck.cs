using System.Text.RegularExpressions;

namespace AzerbaijanSyria.Relations.Tests.TextGate;

/// <summary>
/// A spell check with Debian's <c>hunspell</c> and its English dictionaries (US and British, since
/// the data writes British English), after the project's word list of names, acronyms and terms
/// (<c>words.txt</c>). Web addresses and file names ("Report.az", "CAMEO.eventcodes.txt"), numbers and
/// words with digits are not words; a possessive "'s" is checked as its noun; a hyphenated word the
/// list holds whole ("Sheikh-ul-Islam") passes, any other is checked part by part.
/// </summary>
internal sealed partial class SpellCheck
{
    /// <summary>The dictionaries: <c>hunspell-en-us</c> and <c>hunspell-en-gb</c>.</summary>
    public const string Dictionaries = "en_US,en_GB";

    public const string Install = "apt-get install hunspell hunspell-en-us hunspell-en-gb";

    private readonly HashSet<string> _list;

    public SpellCheck(IEnumerable<string> wordList)
    {
        _list = wordList.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The word list: one word a line; lines starting with # are comments.</summary>
    public static IReadOnlyList<string> ReadList(string path) =>
        File.ReadLines(path).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();

    /// <summary>The words of <paramref name="text"/> that the word list does not hold, to be looked up in the dictionaries.</summary>
    public IEnumerable<string> WordsToLookUp(string text)
    {
        foreach (Match token in Token().Matches(text.Replace('’', '\'')))
        {
            var word = token.Value.Trim('\'', '-', '.');
            if (word.Length == 0 || AddressOrFile().IsMatch(word) || word.Any(char.IsDigit))
            {
                continue;
            }

            if (word.EndsWith("'s", StringComparison.Ordinal))
            {
                word = word[..^2];
            }

            if (Listed(word))
            {
                continue;
            }

            foreach (var part in word.Split('-', StringSplitOptions.RemoveEmptyEntries))
            {
                if (!Listed(part))
                {
                    yield return part;
                }
            }
        }
    }

    /// <summary>Looks <paramref name="words"/> up with hunspell and returns those its dictionaries do not know.</summary>
    public static IReadOnlySet<string> Unknown(string hunspell, IEnumerable<string> words)
    {
        using var input = new TempFile(".txt");
        File.WriteAllLines(input.Path, words.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        var result = Processes.Run(hunspell, ["-d", Dictionaries, "-i", "UTF-8", "-l", input.Path], environment: new Dictionary<string, string> { ["LC_ALL"] = "C.UTF-8" });
        if (result.ExitCode != 0 || result.Error.Contains("Can't open", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"hunspell -d {Dictionaries} failed (exit {result.ExitCode}): {result.Error.Trim()}. Install the dictionaries: {Install}.");
        }

        return result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
    }

    // A word the list holds, or its capitalised form at the start of a sentence ("Iftars" for "iftars").
    private bool Listed(string word) =>
        _list.Contains(word) || (char.IsUpper(word[0]) && _list.Contains(char.ToLowerInvariant(word[0]) + word[1..]));

    [GeneratedRegex(@"[\p{L}\p{M}\d.'-]+")]
    private static partial Regex Token();

    // "Report.az", "en.wikipedia.org", "CAMEO.goldsteinscale.txt": a dot between letters.
    [GeneratedRegex(@"\p{L}\.\p{L}")]
    private static partial Regex AddressOrFile();
}
