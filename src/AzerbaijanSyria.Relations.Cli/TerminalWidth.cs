using System.Globalization;

namespace AzerbaijanSyria.Relations.Cli;

/// <summary>
/// The width tables are fitted to: <c>COLUMNS</c> when it is a positive number, else the console's
/// width when standard output is a terminal; none when output goes to a file or a pipe (unless
/// <c>COLUMNS</c> asks), or to any writer but the process's standard output.
/// </summary>
internal static class TerminalWidth
{
    /// <summary>The writer that is the process's standard output, set by the entry point; null when azsy runs in-process.</summary>
    public static TextWriter? StandardOutput { get; set; }

    /// <summary>The width to fit tables written to <paramref name="output"/> to, or null for none.</summary>
    public static int? For(TextWriter output) =>
        output is not null && ReferenceEquals(output, StandardOutput)
            ? Measure(Environment.GetEnvironmentVariable("COLUMNS"), Console.IsOutputRedirected, () => Console.WindowWidth)
            : null;

    /// <summary>The rule: a positive <paramref name="columns"/> wins; otherwise a terminal's width; otherwise none.</summary>
    public static int? Measure(string? columns, bool redirected, Func<int> windowWidth)
    {
        if (int.TryParse(columns, NumberStyles.None, CultureInfo.InvariantCulture, out var width) && width > 0)
        {
            return width;
        }

        if (redirected)
        {
            return null;
        }

        try
        {
            var measured = windowWidth();
            return measured > 0 ? measured : null;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
