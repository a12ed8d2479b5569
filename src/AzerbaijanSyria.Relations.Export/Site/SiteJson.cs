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
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Default, Indented = false };

    public static string Island(string id, Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            write(json);
        }

        return $"<script type=\"application/json\" id=\"{Html.Encode(id)}\">{Encoding.UTF8.GetString(buffer.ToArray())}</script>\n";
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
