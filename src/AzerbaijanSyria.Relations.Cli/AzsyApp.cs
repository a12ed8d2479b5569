using System.CommandLine;
using AzerbaijanSyria.Relations.Cli.Commands;
using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations.Cli;

/// <summary>The <c>azsy</c> command line: parses, dispatches, and maps failures to exit codes.</summary>
public static class AzsyApp
{
    /// <summary>Exit code for success.</summary>
    public const int Ok = 0;

    /// <summary>Exit code for a failure of the work itself (bad SQL, a refused write, validation problems, a refused file).</summary>
    public const int Failure = 1;

    /// <summary>Exit code for a usage error (unknown command or option, bad value).</summary>
    public const int UsageError = 2;

    /// <summary>Builds the command tree, writing to the given output and error writers.</summary>
    /// <param name="output">Where results go.</param>
    /// <param name="error">Where errors go.</param>
    /// <returns>The root command.</returns>
    public static RootCommand CreateRootCommand(TextWriter output, TextWriter error)
    {
        var root = new RootCommand("azsy: build, query, search, export and validate the Azerbaijan–Syria relations dataset.");
        root.Subcommands.Add(BuildCommand.Create(output));
        root.Subcommands.Add(QueryCommand.Create(output, error));
        root.Subcommands.Add(TimelineCommand.Create(output));
        root.Subcommands.Add(SearchCommand.Create(output));
        root.Subcommands.Add(ShowCommand.Create(output, error));
        root.Subcommands.Add(ExportCommand.Create(output));
        root.Subcommands.Add(ValidateCommand.Create(output));
        root.Subcommands.Add(InfoCommand.Create(output));
        return root;
    }

    /// <summary>Runs the tool.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="output">Where results go.</param>
    /// <param name="error">Where errors go.</param>
    /// <returns>The exit code: 0 success, 1 failure, 2 usage error.</returns>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = CreateRootCommand(output, error);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var problem in parse.Errors)
            {
                error.WriteLine($"azsy: {problem.Message}");
            }

            error.WriteLine("Run 'azsy --help' for usage.");
            return UsageError;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (UsageException ex)
        {
            error.WriteLine($"azsy: {ex.Message}");
            return UsageError;
        }
        catch (Exception ex) when (ex is DatasetFileException or DatasetBuildException or SqliteException or IOException or UnauthorizedAccessException)
        {
            // DatasetFileException is an IOException too; both say which file and why.
            error.WriteLine(ex is SqliteException ? $"azsy: SQLite error: {ex.Message}" : $"azsy: {ex.Message}");
            return Failure;
        }
    }
}

/// <summary>A value the parser accepted but the command cannot use (exit code 2).</summary>
public sealed class UsageException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong with the input.</param>
    public UsageException(string message)
        : base(message)
    {
    }
}
