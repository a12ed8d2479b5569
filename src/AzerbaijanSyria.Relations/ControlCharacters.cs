using System.Globalization;
using System.Text;

namespace AzerbaijanSyria.Relations;

/// <summary>
/// The characters no text of the dataset may hold, in one place: the C0 and C1 controls (U+0000 to
/// U+001F, U+007F to U+009F), the line and paragraph separators (U+2028, U+2029) and the
/// bidirectional embeddings, overrides and isolates (U+202A to U+202E, U+2066 to U+2069), which can
/// move a terminal's cursor, ring its bell, reorder what a reader sees or make an SVG unreadable. The
/// validator refuses them (<c>control_characters</c>); what the tool writes to a terminal and the
/// timeline SVG show any that a damaged file holds as visible escapes instead.
/// </summary>
public static class ControlCharacters
{
    /// <summary>Whether <paramref name="ch"/> is one of the refused characters.</summary>
    /// <param name="ch">A UTF-16 code unit.</param>
    /// <returns>True for a control, separator or bidirectional control character.</returns>
    public static bool IsControl(char ch) =>
        ch < '\u0020' || ch is >= '\u007f' and <= '\u009f' or '\u2028' or '\u2029' or >= '\u202a' and <= '\u202e' or >= '\u2066' and <= '\u2069';

    /// <summary>The escape that stands for <paramref name="ch"/>: a backslash, <c>u</c> and four hexadecimal digits, as JSON writes it (<c>\u001B</c>).</summary>
    /// <param name="ch">A UTF-16 code unit.</param>
    /// <returns>Six visible characters.</returns>
    public static string EscapeOf(char ch) => "\\u" + ((int)ch).ToString("X4", CultureInfo.InvariantCulture);

    /// <summary><paramref name="text"/> with each refused character replaced by its escape (<see cref="EscapeOf"/>); the text itself when it holds none.</summary>
    /// <param name="text">Any text, or null.</param>
    /// <returns>Text with no refused character; null for null.</returns>
    public static string? Escape(string? text)
    {
        if (text is null || !text.AsSpan().ContainsAny(Refused))
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16);
        foreach (var ch in text)
        {
            if (IsControl(ch))
            {
                escaped.Append(EscapeOf(ch));
            }
            else
            {
                escaped.Append(ch);
            }
        }

        return escaped.ToString();
    }

    private static readonly System.Buffers.SearchValues<char> Refused = System.Buffers.SearchValues.Create(
        Enumerable.Range(0, 0x2070).Select(i => (char)i).Where(IsControl).ToArray());
}
