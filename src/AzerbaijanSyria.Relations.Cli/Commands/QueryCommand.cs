using System.CommandLine;
using System.Globalization;
using AzerbaijanSyria.Relations.Export;
using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations.Cli.Commands;

/// <summary>
/// <c>azsy query</c>: runs one SQL statement on the dataset's read-only connection and streams its rows.
/// The connection refuses, before it starts, any statement that would write, attach or create a file,
/// or set a pragma (see <see cref="RelationsDataset.Connection"/>); text with more than one statement is
/// a usage error, so no statement ever runs unseen. Ctrl-C interrupts the statement while it runs.
/// The work one statement can do is bounded, as SQLite advises for SQL from anyone (its "Defense
/// Against The Dark Arts"): a time limit (the statement is interrupted, like Datasette's
/// <c>sql_time_limit_ms</c>), a limit on the length of one value it makes (<c>SQLITE_LIMIT_LENGTH</c>), and a
/// hard limit on the memory SQLite may hold (<c>sqlite3_hard_heap_limit64</c>); each has an option to change it.
/// </summary>
internal static class QueryCommand
{
    /// <summary>The default <c>--time-limit</c>, in seconds.</summary>
    public const int DefaultTimeLimitSeconds = 10;

    /// <summary>The default <c>--max-value-bytes</c>: 100 MB, far above any value of the dataset.</summary>
    public const long DefaultMaxValueBytes = 100_000_000;

    /// <summary>The default <c>--max-memory-mb</c>: 1,024 MiB for SQLite's heap.</summary>
    public const long DefaultMaxMemoryMb = 1024;

    private const int SqliteReadOnly = 8;

    public static Command Create(TextWriter output, TextWriter error)
    {
        var sql = new Argument<string>("SQL") { Description = "One SQL statement that reads (a trailing semicolon and comments are fine)." };
        sql.Validators.Add(result =>
        {
            if (string.IsNullOrWhiteSpace(result.GetValueOrDefault<string>()))
            {
                result.AddUsageError(Messages.EmptySql);
            }
        });
        var db = CommonOptions.Database();
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: table, csv (RFC 4180), json or markdown. Rows are written as they are read.",
            DefaultValueFactory = _ => "table",
        }.OneOf([.. ResultWriter.Names]);
        var maxWidth = CommonOptions.MaxWidth();
        var timeLimit = new Option<int>("--time-limit")
        {
            Description = string.Create(CultureInfo.InvariantCulture, $"Stop the statement after this many seconds, reading and writing its rows included (default {DefaultTimeLimitSeconds}; 0 for no limit)."),
            HelpName = "SECONDS",
            DefaultValueFactory = _ => DefaultTimeLimitSeconds,
        };
        var maxValueBytes = new Option<long>("--max-value-bytes")
        {
            Description = string.Create(CultureInfo.InvariantCulture, $"The longest text or BLOB the statement may make (a function's result, a concatenation, an aggregate), in bytes (default {DefaultMaxValueBytes:N0})."),
            HelpName = "N",
            DefaultValueFactory = _ => DefaultMaxValueBytes,
        };
        var maxMemory = new Option<long>("--max-memory-mb")
        {
            Description = string.Create(CultureInfo.InvariantCulture, $"The most memory SQLite may hold while the statement runs, in MiB (default {DefaultMaxMemoryMb:N0})."),
            HelpName = "MIB",
            DefaultValueFactory = _ => DefaultMaxMemoryMb,
        };
        var command = new Command("query", "Run one SQL statement on the database, opened read-only; a statement that would write or create a file is refused and nothing is changed.")
        {
            sql, db, format, maxWidth, timeLimit, maxValueBytes, maxMemory,
        };
        CommonOptions.ValidateMaxWidth(command, maxWidth, format);
        command.Validators.Add(result =>
        {
            if (result.GetResult(timeLimit) is { Tokens.Count: > 0 } && result.GetValue(timeLimit) < 0)
            {
                result.AddUsageError(Messages.TimeLimitNegative(result.GetValue(timeLimit)));
            }

            if (result.GetResult(maxValueBytes) is { Tokens.Count: > 0 } && result.GetValue(maxValueBytes) is < 1 or > int.MaxValue)
            {
                result.AddUsageError(Messages.MaxValueBytesRange(result.GetValue(maxValueBytes), int.MaxValue));
            }

            if (result.GetResult(maxMemory) is { Tokens.Count: > 0 } && result.GetValue(maxMemory) is < 1 or > MaxMemoryMb)
            {
                result.AddUsageError(Messages.MaxMemoryRange(result.GetValue(maxMemory), MaxMemoryMb));
            }
        });
        command.SetAction(async (parse, cancellationToken) =>
        {
            var text = parse.GetValue(sql)!;
            var seconds = parse.GetValue(timeLimit);
            var valueBytes = parse.GetValue(maxValueBytes);
            var memoryMb = parse.GetValue(maxMemory);
            await using var dataset = await RelationsDataset.OpenAsync(CommonOptions.DatabasePath(parse, db), cancellationToken);
            var refusals = dataset.Refusals;
            using var timer = seconds > 0 ? new CancellationTokenSource(TimeSpan.FromSeconds(seconds)) : new CancellationTokenSource();
            using var limited = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timer.Token);
            try
            {
                switch (SqlStatements.Count(dataset.Connection, text))
                {
                    case 0: throw new UsageException(Messages.EmptySql);
                    case 1: break;
                    case var n: throw new UsageException(Messages.OneStatement(n));
                }

                SQLitePCL.raw.sqlite3_limit(dataset.Connection.Handle, SQLitePCL.raw.SQLITE_LIMIT_LENGTH, (int)valueBytes);
                using var heap = HeapLimit.Set(memoryMb * 1024 * 1024);
                using var interrupt = dataset.InterruptWhenCancelled(limited.Token);
                await using var query = dataset.Connection.CreateCommand();
                query.CommandText = text;
                await using var reader = await query.ExecuteReaderAsync(limited.Token);
                ResultWriter.Write(output, ResultTable.ColumnNames(reader), ResultTable.Stream(reader), parse.GetValue(format)!, parse.GetValue(maxWidth), TerminalWidth.For(output));
                return AzsyApp.Ok;
            }
            catch (SqliteException ex) when (ex.SqliteErrorCode is SQLitePCL.raw.SQLITE_AUTH or SqliteReadOnly || dataset.Refusals != refusals)
            {
                error.WriteLine(Messages.Usage(Messages.Refused(dataset.LastRefusal)));
                return AzsyApp.Failure;
            }
            catch (Exception ex) when (timer.IsCancellationRequested && !cancellationToken.IsCancellationRequested
                && ex is OperationCanceledException or SqliteException { SqliteErrorCode: SQLitePCL.raw.SQLITE_INTERRUPT })
            {
                return Fail(output, error, Messages.TimeLimit(seconds));
            }
            catch (SqliteException ex) when (ex.SqliteErrorCode == SQLitePCL.raw.SQLITE_TOOBIG)
            {
                return Fail(output, error, Messages.ValueTooLong(valueBytes));
            }
            catch (SqliteException ex) when (ex.SqliteErrorCode == SQLitePCL.raw.SQLITE_NOMEM)
            {
                return Fail(output, error, Messages.MemoryLimit(memoryMb));
            }
        });
        return command;
    }

    /// <summary>The largest <c>--max-memory-mb</c>: 1 TiB.</summary>
    private const long MaxMemoryMb = 1024L * 1024;

    private static int Fail(TextWriter output, TextWriter error, string message)
    {
        output.Flush(); // the rows written before the limit was reached come first
        error.WriteLine(Messages.Usage(message));
        return AzsyApp.Failure;
    }

    /// <summary>
    /// SQLite's hard heap limit while a statement runs, put back as it was when the last statement that
    /// set it ends (SQLite's limit is one for the whole process, and statements may run at once in one
    /// process: each lowers it to its own limit at most).
    /// </summary>
    private sealed class HeapLimit : IDisposable
    {
        private static readonly Lock Gate = new();
        private static int active;
        private static long original;

        private HeapLimit()
        {
        }

        public static HeapLimit Set(long bytes)
        {
            lock (Gate)
            {
                var current = SQLitePCL.raw.sqlite3_hard_heap_limit64(-1); // a negative value asks, changing nothing
                if (active++ == 0)
                {
                    original = current;
                }

                if (current <= 0 || bytes < current)
                {
                    SQLitePCL.raw.sqlite3_hard_heap_limit64(bytes);
                }
            }

            return new HeapLimit();
        }

        public void Dispose()
        {
            lock (Gate)
            {
                if (--active == 0)
                {
                    SQLitePCL.raw.sqlite3_hard_heap_limit64(original);
                }
            }
        }
    }
}
