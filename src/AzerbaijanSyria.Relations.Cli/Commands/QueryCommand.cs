using System.CommandLine;
using AzerbaijanSyria.Relations.Export;
using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations.Cli.Commands;

/// <summary>
/// <c>azsy query</c>: runs one SQL statement on the dataset's read-only connection and streams its rows.
/// The connection refuses, before it starts, any statement that would write, attach or create a file,
/// or set a pragma (see <see cref="RelationsDataset.Connection"/>); text with more than one statement is
/// a usage error, so no statement ever runs unseen. Ctrl-C interrupts the statement while it runs.
/// </summary>
internal static class QueryCommand
{
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
        var command = new Command("query", "Run one SQL statement on the database, opened read-only; a statement that would write or create a file is refused and nothing is changed.")
        {
            sql, db, format, maxWidth,
        };
        CommonOptions.ValidateMaxWidth(command, maxWidth, format);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var text = parse.GetValue(sql)!;
            await using var dataset = await RelationsDataset.OpenAsync(CommonOptions.DatabasePath(parse, db), cancellationToken);
            var refusals = dataset.Refusals;
            try
            {
                switch (SqlStatements.Count(dataset.Connection, text))
                {
                    case 0: throw new UsageException(Messages.EmptySql);
                    case 1: break;
                    case var n: throw new UsageException(Messages.OneStatement(n));
                }

                using var interrupt = dataset.InterruptWhenCancelled(cancellationToken);
                await using var query = dataset.Connection.CreateCommand();
                query.CommandText = text;
                await using var reader = await query.ExecuteReaderAsync(cancellationToken);
                ResultWriter.Write(output, ResultTable.ColumnNames(reader), ResultTable.Stream(reader), parse.GetValue(format)!, parse.GetValue(maxWidth), TerminalWidth.For(output));
                return AzsyApp.Ok;
            }
            catch (SqliteException ex) when (ex.SqliteErrorCode is SQLitePCL.raw.SQLITE_AUTH or SqliteReadOnly || dataset.Refusals != refusals)
            {
                error.WriteLine(Messages.Usage(Messages.Refused(dataset.LastRefusal)));
                return AzsyApp.Failure;
            }
        });
        return command;
    }
}
