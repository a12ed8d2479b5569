using System.Text.RegularExpressions;

namespace AzerbaijanSyria.Relations.Tests.TextGate;

/// <summary>
/// Runs of words a text shares with a source text: the project's one implementation of the check
/// that "facts carry over, sentences do not" (the shared before-stop hook does the same on files).
/// Words are what <c>[\w']+</c> matches, lower-cased, with a typographic apostrophe read as a plain
/// one, so punctuation and case between words do not hide a copy.
/// </summary>
internal sealed partial class SharedRuns
{
    /// <summary>The shortest run that counts as copied: nine words.</summary>
    public const int RunLength = 9;

    private readonly Dictionary<string, string> _runs = new(StringComparer.Ordinal);

    // Recorded names of two or more words, by their first word, longest first.
    private readonly Dictionary<string, List<string[]>> _names = new(StringComparer.Ordinal);

    /// <summary>
    /// The source texts to compare with, each with a name to report, and the proper names the data
    /// records: a name counts as one word wherever it stands (in a source or in the text), so a
    /// ministry's or a commission's full name is never a copied sentence, and the words around it
    /// still are.
    /// </summary>
    public SharedRuns(IEnumerable<(string Name, string Text)> sources, IEnumerable<string>? names = null)
    {
        // A name also stands without its first words ("the Joint Commission on ..." for "Azerbaijan-Syria Joint Commission on ..."):
        // each tail of four or more words counts as a name too.
        var tails = (names ?? []).Select(Words).SelectMany(w => Enumerable.Range(0, Math.Max(0, w.Count - 3)).Select(i => w.Skip(i).ToList()));
        foreach (var words in tails)
        {
            if (!_names.TryGetValue(words[0], out var list))
            {
                _names[words[0]] = list = [];
            }

            list.Add([.. words]);
        }

        foreach (var list in _names.Values)
        {
            list.Sort((a, b) => b.Length.CompareTo(a.Length));
        }

        foreach (var (name, text) in sources)
        {
            foreach (var run in Runs(text))
            {
                _runs.TryAdd(run, name);
            }
        }
    }

    /// <summary>The project's source texts: the article(s) in <c>seeds/</c> and <c>sources/extended-facts.md</c> under <paramref name="sharedFolder"/>.</summary>
    public static IEnumerable<(string Name, string Text)> ReadSources(string sharedFolder)
    {
        var seeds = Directory.GetFiles(Path.Combine(sharedFolder, "seeds"), "*.txt").Order(StringComparer.Ordinal);
        foreach (var file in seeds.Append(Path.Combine(sharedFolder, "sources", "extended-facts.md")))
        {
            yield return (Path.GetRelativePath(sharedFolder, file), File.ReadAllText(file));
        }
    }

    /// <summary>The words of a text, as the check compares them.</summary>
    public static IReadOnlyList<string> Words(string text) =>
        WordPattern().Matches(text.Replace('’', '\'').ToLowerInvariant()).Select(m => m.Value).ToList();

    /// <summary>The first run of <see cref="RunLength"/> words that <paramref name="text"/> shares with a source, and that source's name; null when none.</summary>
    public (string Run, string Source)? FirstShared(string text)
    {
        foreach (var run in Runs(text))
        {
            if (_runs.TryGetValue(run, out var source))
            {
                return (run, source);
            }
        }

        return null;
    }

    private IEnumerable<string> Runs(string text)
    {
        var words = CollapseNames(Words(text));
        for (var i = 0; i + RunLength <= words.Count; i++)
        {
            yield return string.Join(' ', words.Skip(i).Take(RunLength));
        }
    }

    private List<string> CollapseNames(IReadOnlyList<string> words)
    {
        var collapsed = new List<string>(words.Count);
        for (var i = 0; i < words.Count;)
        {
            var name = _names.TryGetValue(words[i], out var candidates)
                ? candidates.FirstOrDefault(n => i + n.Length <= words.Count && words.Skip(i).Take(n.Length).SequenceEqual(n, StringComparer.Ordinal))
                : null;
            collapsed.Add(name is null ? words[i] : "<" + string.Join('_', name) + ">");
            i += name?.Length ?? 1;
        }

        return collapsed;
    }

    [GeneratedRegex(@"[\w']+")]
    private static partial Regex WordPattern();
}
