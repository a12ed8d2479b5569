using System.CommandLine;
using Dapper;

namespace AzerbaijanSyria.Relations.Cli.Commands;

/// <summary><c>azsy info</c>: what a database file holds.</summary>
internal static class InfoCommand
{
    public static Command Create(TextWriter output)
    {
        var db = CommonOptions.Database();
        var command = new Command("info", "Show the schema and dataset versions, rows per table, the date span, the sources and the file's SHA-256.")
        {
            db,
        };
        command.SetAction(parse =>
        {
            var path = CommonOptions.DatabasePath(parse, db);
            using var dataset = RelationsDataset.Open(path);
            var c = dataset.Connection;
            output.WriteLine($"File            {dataset.Path}");
            output.WriteLine($"SHA-256         {DatasetBuilder.ComputeSha256(dataset.Path)}");
            output.WriteLine($"Dataset version {dataset.DatasetVersion}");
            output.WriteLine($"Schema version  {dataset.SchemaVersion}");
            var span = c.QuerySingle<(string First, string Last)>(
                "SELECT min(coalesce(date_earliest, date_latest)), max(coalesce(date_latest, date_earliest)) FROM events");
            output.WriteLine($"Events span     {span.First} to {span.Last}");
            output.WriteLine();
            output.WriteLine("Rows per table:");
            foreach (var (table, count) in dataset.GetRowCounts())
            {
                output.WriteLine($"  {table,-24}{count,6}");
            }

            output.WriteLine();
            output.WriteLine("Sources:");
            foreach (var (kind, count) in c.Query<(string, long)>("SELECT kind, count(*) FROM sources GROUP BY kind ORDER BY kind"))
            {
                output.WriteLine($"  {kind,-24}{count,6}");
            }

            foreach (var (language, count) in c.Query<(string, long)>("SELECT language, count(*) FROM sources GROUP BY language ORDER BY count(*) DESC, language"))
            {
                output.WriteLine($"  language {language,-15}{count,6}");
            }

            return AzsyApp.Ok;
        });
        return command;
    }
}
