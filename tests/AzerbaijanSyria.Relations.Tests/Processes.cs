using System.Diagnostics;

namespace AzerbaijanSyria.Relations.Tests;

/// <summary>Runs programs as separate processes: the azsy tool, and clients nobody here wrote.</summary>
internal static class Processes
{
    public sealed record Result(int ExitCode, string Output, string Error);

    /// <summary>Runs azsy (built next to the tests) as its own process.</summary>
    public static Result Azsy(params string[] args) =>
        Run("dotnet", [Path.Combine(AppContext.BaseDirectory, "azsy.dll"), .. args]);

    public static Result Run(string file, IEnumerable<string> args, string? workingDirectory = null, IDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? AppContext.BaseDirectory,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} did not finish in five minutes.");
        }

        return new Result(process.ExitCode, output.Result, error.Result);
    }

    /// <summary>
    /// The full path of a program on PATH. When it is missing the test is skipped on a developer's
    /// machine, but fails under CI, whose .ci/run installs it. <paramref name="install"/> says how to install it.
    /// </summary>
    public static string Require(string program, string install = "apt-get install sqlite3 sqlite-utils")
    {
        var found = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, program))
            .FirstOrDefault(File.Exists);
        if (found is null)
        {
            if (Environment.GetEnvironmentVariable("CI") == "true")
            {
                throw new InvalidOperationException($"{program} is not installed; .ci/run should have installed it.");
            }

            Skip.If(true, $"{program} is not installed ({install}); .ci/run installs it.");
        }

        return found!;
    }
}
