using System.Text;

namespace AzerbaijanSyria.Relations;

/// <summary>Turns free text into a safe FTS5 query: every word becomes a quoted phrase, all required.</summary>
internal static class FullTextQuery
{
    public static string FromText(string text)
    {
        var builder = new StringBuilder();
        foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var cleaned = word.Replace("\"", string.Empty, StringComparison.Ordinal);
            if (!cleaned.Any(char.IsLetterOrDigit))
            {
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append('"').Append(cleaned).Append('"');
        }

        return builder.ToString();
    }
}
