using System.CommandLine;

namespace AzerbaijanSyria.Relations.Cli.Commands;

/// <summary><c>azsy info</c>: what a database file holds (<see cref="RelationsDataset.GetSummaryAsync"/>).</summary>
internal static class InfoCommand
{
    public static Command Create(TextWriter output)
    {
        var db = CommonOptions.Database();
        var command = new Command("info", "Show the schema and dataset versions, rows per table, the date span, the sources and the file's SHA-256.")
        {
            db,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var dataset = await RelationsDataset.OpenAsync(CommonOptions.DatabasePath(parse, db), cancellationToken);
            var summary = await dataset.GetSummaryAsync(cancellationToken);
            output.WriteLine($"File            {dataset.Path}");
            output.WriteLine($"SHA-256         {Sha256Hash.OfFile(dataset.Path)}");
            output.WriteLine($"Dataset version {dataset.DatasetVersion}");
            output.WriteLine($"Schema version  {dataset.SchemaVersion}");
            output.WriteLine($"Events span     {summary.FirstEventDate} to {summary.LastEventDate}");
            output.WriteLine();
            output.WriteLine("Rows per table:");
            foreach (var (table, count) in dataset.GetRowCounts())
            {
                output.WriteLine($"  {table,-24}{count,6}");
            }

            output.WriteLine();
            output.WriteLine("Sources:");
            foreach (var (kind, count) in summary.SourcesByKind)
            {
                output.WriteLine($"  {kind,-24}{count,6}");
            }

            foreach (var (language, count) in summary.SourcesByLanguage)
            {
                output.WriteLine($"  language {language,-15}{count,6}");
            }

            return AzsyApp.Ok;
        });
        return command;
    }
}
