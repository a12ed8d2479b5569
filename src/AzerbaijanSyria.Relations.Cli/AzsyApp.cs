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

    /// <summary>Exit code for a command stopped by Ctrl-C (SIGINT) or its cancellation token: 128 + SIGINT, as shells report it.</summary>
    public const int Cancelled = 130;

    private const int BrokenPipe = 32; // EPIPE, the HResult of the IOException a write to a closed pipe throws on Unix

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
        root.Subcommands.Add(StatsCommand.Create(output));
        root.Subcommands.Add(OfficesCommand.Create(output));
        root.Subcommands.Add(AgreementsCommand.Create(output));
        root.Subcommands.Add(OneSidedCommand.Create(output));
        root.Subcommands.Add(DiffCommand.Create(output));
        root.Subcommands.Add(ReleaseCommand.Create(output));
        root.Subcommands.Add(SynthCommand.Create(output));
        root.Subcommands.Add(ListCommand.Create(output));
        CommonOptions.CheckEveryValue(root);
        return root;
    }

    /// <summary>
    /// Runs the tool. Every failure ends here as one line on <paramref name="error"/> and an exit code,
    /// never a stack trace: a usage error exits 2, a failure of the work (or, as a last resort, a bug) 1,
    /// a command stopped by Ctrl-C or <paramref name="cancellationToken"/> 130. Option values are
    /// checked by the parser, before any command runs; each command's action is asynchronous and
    /// passes the token on, so a running query is interrupted.
    /// </summary>
    /// <param name="args">The command-line arguments. An argument starting with '@' is a value like any other, not a response file.</param>
    /// <param name="output">Where results go.</param>
    /// <param name="error">Where errors go.</param>
    /// <param name="cancellationToken">Stops the command (Ctrl-C does too, when the tool runs as a process).</param>
    /// <returns>The exit code: 0 success, 1 failure, 2 usage error, 130 cancelled.</returns>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var root = CreateRootCommand(output, error);
        // No response files: `azsy search @assad` searches for "@assad".
        var parse = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parse.Errors.Count > 0)
        {
            error.WriteLine(Messages.Usage(ParseProblem(parse, root)));
            return UsageError;
        }

        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false }, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return Fail(output, error, Messages.Cancelled, Cancelled);
        }
        catch (UsageException ex)
        {
            return Fail(output, error, ex.Message, UsageError);
        }
        catch (Exception ex) when (ex is DatasetFileException or DatasetBuildException or IOException or UnauthorizedAccessException)
        {
            // DatasetFileException is an IOException too; each says which file and why.
            return ex is IOException { HResult: BrokenPipe } && !OperatingSystem.IsWindows()
                ? Failure // the output's reader stopped reading (`azsy query … | head`): no error to report
                : Fail(output, error, ex.Message, Failure);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == SQLitePCL.raw.SQLITE_INTERRUPT)
        {
            // Only a cancelled token interrupts azsy's statements (RelationsDataset.InterruptWhenCancelled).
            return Fail(output, error, Messages.Cancelled, Cancelled);
        }
        catch (SqliteException ex)
        {
            return Fail(output, error, Messages.SqliteError(ex.SqliteErrorCode, ex.Message), Failure);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return Fail(output, error, Messages.Unexpected(ex), Failure);
        }
    }

    /// <summary>
    /// One line for whatever the parser found: an unknown or missing command is named as such (the
    /// parser would report it twice, as a missing command and an unmatched token), and otherwise
    /// the first problem, with the help to read.
    /// </summary>
    private static string ParseProblem(ParseResult parse, RootCommand root)
    {
        var commands = root.Subcommands.Select(c => c.Name).ToList();
        if (parse.CommandResult.Command == root)
        {
            return parse.UnmatchedTokens.Count > 0 && !parse.UnmatchedTokens[0].StartsWith('-')
                ? Messages.UnknownCommand(parse.UnmatchedTokens[0], commands)
                : Messages.NoCommand(commands);
        }

        var problem = parse.Errors[0].Message;
        return problem.StartsWith(Commands.CommonOptions.UsageMark)
            ? problem[1..] // the tool's own check of a value the parser read: its message says what to do
            : Messages.ParseProblem(problem, parse.CommandResult.Command.Name);
    }

    private static int Fail(TextWriter output, TextWriter error, string message, int exitCode)
    {
        try
        {
            output.Flush(); // what was written before the failure comes first
        }
        catch (IOException)
        {
            // The output is gone; the error still goes out.
        }

        error.WriteLine(Messages.Usage(message));
        return exitCode;
    }
}
