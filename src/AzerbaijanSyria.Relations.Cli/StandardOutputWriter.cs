using System.Text;

namespace AzerbaijanSyria.Relations.Cli;

/// <summary>
/// The tool's standard output, which turns a failed write (a full disk, a device that refuses it) into an
/// <see cref="IOException"/> whose message says that standard output failed and why, so that the tool
/// ends with one <c>azsy:</c> line that says so. A closed pipe (<c>azsy query … | head</c>) keeps its own
/// exception: the reader stopped on purpose, and the tool ends quietly with exit code 1.
/// </summary>
internal sealed class StandardOutputWriter(TextWriter inner) : TextWriter
{
    /// <summary>EPIPE, the HResult of the IOException a write to a closed pipe throws on Unix.</summary>
    public const int BrokenPipe = 32;

    public override Encoding Encoding => inner.Encoding;

    public override IFormatProvider FormatProvider => inner.FormatProvider;

    [System.Diagnostics.CodeAnalysis.AllowNull]
    public override string NewLine
    {
        get => inner.NewLine;
        set => inner.NewLine = value;
    }

    public override void Write(char value) => Guard(() => inner.Write(value));

    public override void Write(string? value) => Guard(() => inner.Write(value));

    public override void Write(char[] buffer, int index, int count) => Guard(() => inner.Write(buffer, index, count));

    public override void Write(ReadOnlySpan<char> buffer)
    {
        try
        {
            inner.Write(buffer);
        }
        catch (IOException ex) when (ex.HResult != BrokenPipe)
        {
            throw Failed(ex);
        }
    }

    public override void WriteLine(string? value) => Guard(() => inner.WriteLine(value));

    public override void WriteLine() => Guard(inner.WriteLine);

    public override void Flush() => Guard(inner.Flush);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Guard(inner.Dispose);
        }

        base.Dispose(disposing);
    }

    private static void Guard(Action write)
    {
        try
        {
            write();
        }
        catch (IOException ex) when (ex.HResult != BrokenPipe)
        {
            throw Failed(ex);
        }
    }

    private static IOException Failed(IOException ex) => new(Messages.OutputFailed(ex.Message), ex);
}
