using System.Text;

namespace AzerbaijanSyria.Relations.Export.Site;

/// <summary>
/// HTML text and attribute encoding. Every value from the database passes through
/// <see cref="Encode"/> before it reaches a page, so no row can open a tag or an attribute.
/// </summary>
internal static class Html
{
    /// <summary>Encodes the five characters that matter in HTML text and quoted attributes; other characters stay as UTF-8.</summary>
    public static string Encode(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text;
        }

        var encoded = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            encoded.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return encoded.ToString();
    }

    /// <summary>Whether <paramref name="text"/> is a web address that may be linked (http or https, nothing else).</summary>
    public static bool IsWebAddress(string? text) =>
        text is not null
        && (text.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        && Uri.TryCreate(text, UriKind.Absolute, out _)
        && !text.AsSpan().ContainsAny(" \t\r\n");

    /// <summary>A link to an outside web page, its address as its text.</summary>
    public static string ExternalLink(string address, string? text = null) =>
        $"""<a class="address" href="{Encode(address)}" rel="external noopener">{Encode(text ?? address)}</a>""";

    /// <summary>Makes a readable title of a table or column name: <c>event_participants</c> becomes "Event participants".</summary>
    public static string Humanize(string name)
    {
        var words = name.Replace('_', ' ').Trim();
        return words.Length == 0 ? name : char.ToUpperInvariant(words[0]) + words[1..];
    }

    /// <summary>Shortens <paramref name="text"/> to at most <paramref name="length"/> characters, at a word boundary, with an ellipsis.</summary>
    public static string Shorten(string text, int length = 90)
    {
        if (text.Length <= length)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', length - 1);
        return string.Concat(text.AsSpan(0, cut > length / 2 ? cut : length - 1), "…");
    }
}
