using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace AzerbaijanSyria.Relations.Export.Site;

/// <summary>
/// JSON data carried inside a page as <c>&lt;script type="application/json"&gt;</c>, which the page's
/// script reads with <c>JSON.parse</c>: unlike a separate file fetched at run time, it works from
/// <c>file://</c> too. Every <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c> and quote is written as a
/// <c>\u</c> escape, so no value can close the element.
/// </summary>
internal static class SiteJson
{
    /// <summary>How the islands' JSON is written: every character that could end the element escaped, nothing indented.</summary>
    public static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.Default, Indented = false };

    /// <summary>
    /// Appends the element <paramref name="id"/> to <paramref name="page"/> with the JSON <paramref name="write"/>
    /// writes, which reaches the page each time the writer is flushed (see <see cref="Spill"/>), so that an
    /// index of every row is never held whole.
    /// </summary>
    public static void Island(SitePage page, string id, Action<Utf8JsonWriter> write)
    {
        page.Append($"<script type=\"application/json\" id=\"{Html.Encode(id)}\">");
        using (var json = new Utf8JsonWriter(new Utf8DecodingStream((chars, count) => page.Append(new string(chars, 0, count))), WriterOptions))
        {
            write(json);
        }

        page.Append("</script>\n");
    }

    /// <summary>Passes what <paramref name="json"/> holds on to its page once it holds more than a little.</summary>
    public static void Spill(Utf8JsonWriter json)
    {
        if (json.BytesPending >= 32 * 1024)
        {
            json.Flush();
        }
    }

    public static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
