using System.Text;

namespace AzerbaijanSyria.Relations;

/// <summary>
/// Turns what a user types into a well-formed FTS5 query. It takes what FTS5 users type: words
/// (every one must match), <c>"exact phrases"</c>, prefixes (<c>energ*</c>, <c>"gas sup"*</c>), the
/// operators <c>OR</c>, <c>AND</c> and <c>NOT</c> (in capitals, as FTS5 has them) between terms, and
/// parentheses to group. Every word and phrase is passed on quoted, so punctuation in a word
/// (<c>al-Sharaa</c>, <c>title:gas</c>) is never read as FTS5 syntax; anything else that FTS5 would
/// refuse (an open quote, an operator with nothing on one side) is reported as a problem instead.
/// </summary>
public static class FullTextQuery
{
    /// <summary>A search text read as a query: the FTS5 text, and its words.</summary>
    public sealed record Parsed
    {
        /// <summary>The FTS5 query; empty when the text has no words.</summary>
        public required string Query { get; init; }

        /// <summary>
        /// Every word of its terms, a repeated word as often as it is repeated, for the limit on words: FTS5
        /// reads each repeat as one more term (its time grows with the square of their count), so the words
        /// it is sent are what is counted, not the different ones.
        /// </summary>
        public required IReadOnlyList<string> Words { get; init; }

        /// <summary>What makes the text unreadable ("has a \" that is not closed"), or null.</summary>
        public string? Problem { get; init; }
    }

    private enum Kind
    {
        Term,
        Operator,
        Open,
        Close,
    }

    /// <summary>Reads <paramref name="text"/>; see <see cref="FullTextQuery"/> for what it takes.</summary>
    public static Parsed Parse(string text)
    {
        var tokens = new List<(Kind Kind, string Text)>();
        var words = new List<string>();
        void AddWords(string phrase)
        {
            foreach (var word in phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (word.Any(char.IsLetterOrDigit))
                {
                    words.Add(word);
                }
            }
        }

        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsSpace(c))
            {
                i++;
            }
            else if (c == '"')
            {
                var end = text.IndexOf('"', i + 1);
                if (end < 0)
                {
                    return Fail("has a \" that is not closed");
                }

                var phrase = Clean(text[(i + 1)..end]);
                i = end + 1;
                var prefix = i < text.Length && text[i] == '*';
                i += prefix ? 1 : 0;
                if (phrase.Any(char.IsLetterOrDigit))
                {
                    AddWords(phrase);
                    tokens.Add((Kind.Term, Quote(phrase) + (prefix ? "*" : string.Empty)));
                }
            }
            else if (c is '(' or ')')
            {
                tokens.Add((c == '(' ? Kind.Open : Kind.Close, c.ToString()));
                i++;
            }
            else
            {
                var start = i;
                while (i < text.Length && !IsSpace(text[i]) && text[i] is not ('"' or '(' or ')'))
                {
                    i++;
                }

                var word = text[start..i];
                if (word is "OR" or "AND" or "NOT")
                {
                    tokens.Add((Kind.Operator, word));
                    continue;
                }

                var prefix = word.EndsWith('*');
                var stem = word.TrimEnd('*');
                if (stem.Any(char.IsLetterOrDigit))
                {
                    AddWords(stem);
                    tokens.Add((Kind.Term, Quote(stem) + (prefix ? "*" : string.Empty)));
                }
            }
        }

        var problem = Check(tokens);
        return problem is null
            ? new Parsed { Query = Join(tokens), Words = words }
            : Fail(problem);

        Parsed Fail(string why) => new() { Query = string.Empty, Words = words, Problem = why };
    }

    /// <summary>What makes the sequence of tokens something FTS5 would refuse, or null.</summary>
    private static string? Check(List<(Kind Kind, string Text)> tokens)
    {
        var depth = 0;
        for (var k = 0; k < tokens.Count; k++)
        {
            var (kind, text) = tokens[k];
            var before = k == 0 ? (Kind?)null : tokens[k - 1].Kind;
            var after = k == tokens.Count - 1 ? (Kind?)null : tokens[k + 1].Kind;
            switch (kind)
            {
                case Kind.Operator when before is null or Kind.Open:
                    return text == "NOT"
                        ? "starts with NOT, which takes something on each side: gas NOT oil is gas without oil"
                        : $"starts with {text}, which takes something on each side, as in gas {text} aid";
                case Kind.Operator when before is Kind.Operator:
                    return $"has {text} right after {tokens[k - 1].Text}";
                case Kind.Operator when after is null or Kind.Close:
                    return $"ends with {text}, which takes something on each side, as in gas {text} aid";
                case Kind.Open:
                    depth++;
                    if (after is Kind.Close)
                    {
                        return "has parentheses with no words between them";
                    }

                    break;
                case Kind.Close:
                    if (--depth < 0)
                    {
                        return "has a ) with no ( before it";
                    }

                    break;
            }
        }

        return depth > 0 ? "has a ( that is not closed" : null;
    }

    /// <summary>
    /// The tokens as FTS5 text, with an explicit AND between two terms that stand side by side:
    /// FTS5 reads "a b" as "a AND b" but refuses "a (b OR c)", and AND means the same in both.
    /// </summary>
    private static string Join(List<(Kind Kind, string Text)> tokens)
    {
        var query = new StringBuilder();
        for (var k = 0; k < tokens.Count; k++)
        {
            if (k > 0)
            {
                query.Append(tokens[k - 1].Kind is Kind.Term or Kind.Close && tokens[k].Kind is Kind.Term or Kind.Open ? " AND " : " ");
            }

            query.Append(tokens[k].Text);
        }

        return query.ToString();
    }

    /// <summary>
    /// Why <see cref="RelationsDataset.SearchAsync"/> would refuse <paramref name="text"/> (more than
    /// <see cref="RelationsDataset.MaxSearchWords"/> words, a repeated word counted each time, an open quote or parenthesis, an
    /// operator with nothing on one side), as the message of its <see cref="ArgumentException"/>; null
    /// when it takes the text. For checking a search before opening a file.
    /// </summary>
    /// <param name="text">The search text.</param>
    /// <returns>The message, or null.</returns>
    public static string? Check(string text)
    {
        var parsed = Parse(text);
        return parsed.Words.Count > RelationsDataset.MaxSearchWords
            ? LibraryMessages.TooManySearchWords(parsed.Words.Count)
            : parsed.Problem is null ? null : LibraryMessages.BadSearch(parsed.Problem);
    }

    /// <summary>The words of <paramref name="text"/> as <see cref="Parse"/> reads them, each repeat counted.</summary>
    public static IReadOnlyList<string> Words(string text) => Parse(text).Words;

    private static bool IsSpace(char c) => char.IsWhiteSpace(c) || char.IsControl(c);

    /// <summary>Control characters (a NUL would end FTS5's string early) and runs of space become one space.</summary>
    private static string Clean(string phrase) =>
        string.Join(' ', new string(phrase.Select(c => IsSpace(c) ? ' ' : c).ToArray()).Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static string Quote(string term) => "\"" + Clean(term) + "\"";
}
