using System.Text.RegularExpressions;

namespace AzerbaijanSyria.Relations.Tests.TextGate;

/// <summary>
/// Possessives that lost their apostrophe: a name with a bare <c>s</c> ("Syrias", "Aliyevs") and a
/// noun before "own" ("the statements own date"). The names are those the database records
/// (countries, and the last part of each person's name) and those of <c>possessive-names.txt</c>
/// (names the pages use that are not rows, such as "Turkey").
/// </summary>
internal sealed partial class LostApostrophes
{
    private readonly HashSet<string> _bare;

    public LostApostrophes(IEnumerable<string> names)
    {
        _bare = names
            .Where(n => n.Length > 2 && !n.EndsWith('s'))
            .Select(n => n + "s")
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The names: the file's, plus the countries' names and the last word of each person's name in the database.</summary>
    public static IReadOnlyList<string> ReadNames(string listPath, IEnumerable<string> countryAndPersonNames) =>
        File.ReadLines(listPath)
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Concat(countryAndPersonNames.Select(n => NameWord().Matches(n).LastOrDefault()?.Value ?? string.Empty))
            .Where(n => n.Length > 0 && char.IsUpper(n[0]))
            .Distinct(StringComparer.Ordinal)
            .ToList();

    /// <summary>Each place in <paramref name="text"/> that reads as a possessive without its apostrophe.</summary>
    public IEnumerable<string> Find(string text)
    {
        foreach (Match word in NameWord().Matches(text))
        {
            if (_bare.Contains(word.Value))
            {
                yield return word.Value;
            }
        }

        foreach (Match own in BareOwn().Matches(text))
        {
            yield return own.Value;
        }
    }

    // Letters only: "al-Assads" gives "al" and "Assads"; an apostrophe ends a word, so "Syria's" is never "Syrias".
    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex NameWord();

    // A plural noun directly before "own" is a possessive that lost its apostrophe ("the interviews own date");
    // "its own", "His own" and the like are words of their own, in any case.
    [GeneratedRegex(@"\b(?!(?i:its|his|hers|ours|yours|theirs|ones)\b)\p{L}+s own\b")]
    private static partial Regex BareOwn();
}
