using System.CommandLine;
using AzerbaijanSyria.Relations.Cli.Output;
using Dapper;
using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations.Cli.Commands;

/// <summary><c>azsy query</c>: runs ad-hoc SQL on a read-only connection.</summary>
internal static class QueryCommand
{
    private const int SqliteReadOnly = 8;

    public static Command Create(TextWriter output, TextWriter error)
    {
        var sql = new Argument<string>("SQL") { Description = "The SQL to run. Only statements that read are allowed." };
        var db = CommonOptions.Database();
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: table, csv (RFC 4180), json or markdown.",
            DefaultValueFactory = _ => "table",
        }.AcceptOnlyFromAmong(Formats.Names);
        var command = new Command("query", "Run SQL on the database, opened read-only; a statement that would write is refused and the file is left unchanged.")
        {
            sql, db, format,
        };
        command.SetAction(parse =>
        {
            using var dataset = RelationsDataset.Open(CommonOptions.DatabasePath(parse, db));
            // Read-only twice over: the connection is opened read-only, and query_only also stops
            // writes to any database the SQL attaches.
            dataset.Connection.Execute("PRAGMA query_only = ON");
            try
            {
                using var command = dataset.Connection.CreateCommand();
                command.CommandText = parse.GetValue(sql);
                using var reader = command.ExecuteReader();
                var table = ResultTable.Read(reader);
                while (table.Columns.Count == 0 && reader.NextResult())
                {
                    table = ResultTable.Read(reader);
                }

                Formats.Write(output, table, parse.GetValue(format)!);
                return AzsyApp.Ok;
            }
            catch (SqliteException ex) when (ex.SqliteErrorCode == SqliteReadOnly)
            {
                error.WriteLine("azsy: refused: the database is opened read-only and this statement would write to it. Nothing was changed.");
                return AzsyApp.Failure;
            }
        });
        return command;
    }
}
