using AzerbaijanSyria.Relations.Cli;

namespace AzerbaijanSyria.Relations.Tests;

/// <summary>Runs the azsy tool in-process through <see cref="AzsyApp.Run"/>, capturing what it writes.</summary>
internal static class AzsyInProcess
{
    public static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = AzsyApp.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
