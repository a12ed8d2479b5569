using System.CommandLine;
using AzerbaijanSyria.Relations.Export;

namespace AzerbaijanSyria.Relations.Cli.Commands;

/// <summary><c>azsy list</c>: the values other options take (topics, CAMEO roots, countries, people) and the public views (<see cref="DatasetLists"/>).</summary>
internal static class ListCommand
{
    public static string[] Names => [.. DatasetLists.Names];

    public static Command Create(TextWriter output)
    {
        var what = new Argument<string>("WHAT")
        {
            Description = "What to list: topics (for --topic), cameo (CAMEO root codes, for --cameo), countries, people, organizations, places, sources or discrepancies (their ids, for azsy show), or views (the public SQL views, for azsy query).",
        }.OneOf(Names);
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: table, csv, json or markdown.",
            DefaultValueFactory = _ => "table",
        }.OneOf([.. ResultWriter.Names]);
        var db = CommonOptions.Database();
        var command = new Command("list", "List the values --topic and --cameo take, the ids of the countries, people, organizations, places, sources and disagreements (for azsy show), or the public views, from the database.")
        {
            what, format, db,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var dataset = await RelationsDataset.OpenAsync(CommonOptions.DatabasePath(parse, db), cancellationToken);
            var table = await DatasetLists.ReadAsync(dataset, parse.GetValue(what)!, cancellationToken);
            ResultWriter.Write(output, table, parse.GetValue(format)!, null, TerminalWidth.For(output));
            return AzsyApp.Ok;
        });
        return command;
    }
}
