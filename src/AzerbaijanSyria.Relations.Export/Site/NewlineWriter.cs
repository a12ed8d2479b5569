using System.Buffers;
using System.Text;

namespace AzerbaijanSyria.Relations.Export.Site;

/// <summary>
/// Writes text to a stream as UTF-8 (no byte-order mark) with every line break as "\n", as
/// <see cref="string.ReplaceLineEndings(string)"/> makes them (CR, LF, CR LF, NEL, LS, FF, PS), also when a
/// CR LF is split between two writes: a page written in pieces is the same bytes as the page written whole.
/// </summary>
internal sealed class NewlineWriter(Stream stream) : TextWriter
{
    private static readonly SearchValues<char> Breaks = SearchValues.Create("\r\n\u0085\u2028\u000C\u2029");

    private readonly StreamWriter inner = new(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 64 * 1024);

    /// <summary>Whether the last character written was a CR, whose LF (if one comes next) is part of the same break.</summary>
    private bool afterCarriageReturn;

    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value) => Write([value]);

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> buffer)
    {
        while (!buffer.IsEmpty)
        {
            if (afterCarriageReturn && buffer[0] == '\n')
            {
                buffer = buffer[1..];
                afterCarriageReturn = false;
                continue;
            }

            var at = buffer.IndexOfAny(Breaks);
            if (at < 0)
            {
                inner.Write(buffer);
                afterCarriageReturn = false;
                return;
            }

            inner.Write(buffer[..at]);
            inner.Write('\n');
            afterCarriageReturn = buffer[at] == '\r';
            buffer = buffer[(at + 1)..];
        }
    }

    public override void Flush() => inner.Flush();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
