using System.Text;

namespace AzerbaijanSyria.Relations.Tests;

/// <summary>
/// The console (which is the whole process's) captured for one test at a time without holding every
/// other test back: <see cref="Capture"/> installs, once, a console writer that passes each write to the
/// writer of the test whose code (its thread, or the tasks it awaits) is writing, and to the real
/// console otherwise; so tests that capture it run in parallel with the others and with each other.
/// </summary>
internal static class ConsoleOutput
{
    private static readonly AsyncLocal<TextWriter?> Current = new();
    private static readonly Lazy<TextWriter> Installed = new(() =>
    {
        var routing = new Routing(Console.Out);
        Console.SetOut(routing);
        return routing;
    });

    /// <summary>Runs <paramref name="action"/> with what it writes to the console going to <paramref name="writer"/>.</summary>
    public static void Capture(TextWriter writer, Action action)
    {
        _ = Installed.Value;
        var before = Current.Value;
        Current.Value = writer;
        try
        {
            action();
        }
        finally
        {
            Current.Value = before;
        }
    }

    /// <summary>A writer that writes to the capturing test's writer, or to the real console.</summary>
    private sealed class Routing(TextWriter console) : TextWriter
    {
        private TextWriter Target => Current.Value ?? console;

        public override Encoding Encoding => console.Encoding;

        public override void Write(char value) => Target.Write(value);

        public override void Write(char[] buffer, int index, int count) => Target.Write(buffer, index, count);

        public override void Write(string? value) => Target.Write(value);

        public override void WriteLine(string? value) => Target.WriteLine(value);

        public override void WriteLine() => Target.WriteLine();

        public override void Flush() => Target.Flush();
    }
}
