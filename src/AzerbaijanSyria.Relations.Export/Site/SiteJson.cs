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

    /// <summary>
    /// Appends the element <paramref name="id"/> to <paramref name="page"/> with the JSON <paramref name="write"/>
    /// writes, which reaches the page each time the writer is flushed (see <see cref="Spill"/>), so that an
    /// index of every row is never held whole.
    /// </summary>
    public static void Island(SitePage page, string id, Action<Utf8JsonWriter> write)
    {
        page.Append($"<script type=\"application/json\" id=\"{Html.Encode(id)}\">");
        using (var json = new Utf8JsonWriter(new PageStream(page), Options))
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

    /// <summary>A stream that appends the UTF-8 written to it to a page, as text.</summary>
    private sealed class PageStream(SitePage page) : Stream
    {
        private readonly Decoder decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetDecoder();

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            var chars = new char[decoder.GetCharCount(buffer, flush: false)];
            decoder.GetChars(buffer, chars, flush: false);
            page.Append(new string(chars));
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
