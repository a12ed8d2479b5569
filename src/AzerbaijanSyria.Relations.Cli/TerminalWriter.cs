using System.Text;
using AzerbaijanSyria.Relations;

namespace AzerbaijanSyria.Relations.Cli;

/// <summary>
/// What the tool writes to a terminal, with every control character a damaged file may hold shown as
/// an escape (<see cref="ControlCharacters.Escape"/>, e.g. <c>\u001B</c>) instead of reaching the
/// terminal raw, where it could move the cursor, recolour or hide text, or ring the bell. The tool's
/// own line breaks pass: a line feed, and a carriage return directly before one (CSV's row ends); a
/// tab passes too. Output into a file or a pipe is not wrapped: it keeps the data exactly.
/// </summary>
internal sealed class TerminalWriter(TextWriter inner) : TextWriter
{
    private bool pendingCarriageReturn;

    public override Encoding Encoding => inner.Encoding;

    /// <summary>Wraps <paramref name="writer"/> when it writes to a terminal (<paramref name="isTerminal"/>), or returns it as it is.</summary>
    public static TextWriter For(TextWriter writer, bool isTerminal) => isTerminal ? new TerminalWriter(writer) : writer;

    public override void Write(char value)
    {
        if (pendingCarriageReturn)
        {
            pendingCarriageReturn = false;
            inner.Write(value == '\n' ? "\r" : ControlCharacters.EscapeOf('\r'));
        }

        if (value == '\r')
        {
            // Kept until the next character shows whether it ends a line.
            pendingCarriageReturn = true;
        }
        else if (value is '\n' or '\t' || !ControlCharacters.IsControl(value))
        {
            inner.Write(value);
        }
        else
        {
            inner.Write(ControlCharacters.EscapeOf(value));
        }
    }

    public override void Write(string? value)
    {
        if (value is null)
        {
            return;
        }

        if (!pendingCarriageReturn && !value.AsSpan().ContainsAny(Controls))
        {
            inner.Write(value);
            return;
        }

        foreach (var ch in value)
        {
            Write(ch);
        }
    }

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void Flush() => inner.Flush();

    protected override void Dispose(bool disposing)
    {
        if (disposing && pendingCarriageReturn)
        {
            pendingCarriageReturn = false;
            inner.Write(ControlCharacters.EscapeOf('\r'));
        }

        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private static readonly System.Buffers.SearchValues<char> Controls = System.Buffers.SearchValues.Create(
        Enumerable.Range(0, 0x2070).Select(i => (char)i).Where(c => c != '\n' && c != '\t' && ControlCharacters.IsControl(c)).ToArray());
}
