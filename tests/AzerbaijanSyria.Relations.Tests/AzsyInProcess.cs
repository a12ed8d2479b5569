using AzerbaijanSyria.Relations.Cli;

namespace AzerbaijanSyria.Relations.Tests;

/// <summary>Runs the azsy tool in-process through <see cref="AzsyApp.RunAsync"/>, capturing what it writes.</summary>
internal static class AzsyInProcess
{
    public static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = RunWith(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>Runs the tool to its end and returns its exit code (off the test's synchronization context, so a blocking wait cannot deadlock).</summary>
    public static int RunWith(string[] args, TextWriter output, TextWriter error) =>
        Task.Run(() => AzsyApp.RunAsync(args, output, error)).GetAwaiter().GetResult();
}
