using System.Text;

namespace AzerbaijanSyria.Relations;

/// <summary>Turns free text into a safe FTS5 query: every word becomes a quoted phrase, all required.</summary>
internal static class FullTextQuery
{
    /// <summary>
    /// The different words of <paramref name="text"/>, in order: split at white space and control
    /// characters (a NUL would end FTS5's string early), quotes removed, words without a letter or
    /// digit left out, and a word repeated (ignoring case) kept once, since every word must match anyway.
    /// </summary>
    public static IReadOnlyList<string> Words(string text)
    {
        var words = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var word = new StringBuilder();
        foreach (var c in text.Append(' '))
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                var cleaned = word.ToString();
                word.Clear();
                if (cleaned.Any(char.IsLetterOrDigit) && seen.Add(cleaned))
                {
                    words.Add(cleaned);
                }
            }
            else if (c != '"')
            {
                word.Append(c);
            }
        }

        return words;
    }

    /// <summary>The FTS5 query for <paramref name="text"/>: its words, each a quoted phrase.</summary>
    public static string FromText(string text) => FromWords(Words(text));

    /// <summary>The FTS5 query that requires every one of <paramref name="words"/>.</summary>
    public static string FromWords(IEnumerable<string> words) => string.Join(' ', words.Select(w => $"\"{w}\""));
}
