using System.CommandLine;
using AzerbaijanSyria.Relations.Export;

namespace AzerbaijanSyria.Relations.Cli.Commands;

/// <summary>
/// <c>azsy stats</c>: events per year and CAMEO quad class, each year counting the events that
/// <c>azsy timeline --from YEAR --to YEAR</c> lists under the same <c>--dates</c> reading (by default
/// plausible; see <see cref="DateReading"/>), with how many of them are certainly in the year and how
/// many only possibly.
/// </summary>
internal static class StatsCommand
{
    /// <summary>The quad classes in column order, with the names used for the columns.</summary>
    private static readonly (int QuadClass, string Name)[] Classes =
        [(1, "verbal_coop"), (2, "material_coop"), (3, "verbal_conflict"), (4, "material_conflict"), (0, "uncoded")];

    public static Command Create(TextWriter output)
    {
        var sources = CommonOptions.Sources();
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: table, csv, json or markdown.",
            DefaultValueFactory = _ => "table",
        }.AcceptOnlyFromAmong([.. ResultWriter.Names]);
        var dates = new Option<string>("--dates")
        {
            Description = "Which events a year counts, as azsy timeline --from YEAR --to YEAR lists them: plausible (the default), possible or certain (see azsy timeline --help).",
            DefaultValueFactory = _ => "plausible",
        }.OneOf(TimelineCommand.DateReadings);
        var db = CommonOptions.Database();
        var command = new Command("stats", "Count the events per year and CAMEO quad class, with how many are certainly in the year and how many only possibly, and total the aid.")
        {
            sources, dates, format, db,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var filter = CommonOptions.SourceFilter(parse, sources);
            await using var dataset = await RelationsDataset.OpenAsync(CommonOptions.DatabasePath(parse, db), cancellationToken);
            var match = TimelineCommand.Reading(parse.GetValue(dates));
            var counts = await dataset.GetYearlyMatchCountsAsync(match, filter, cancellationToken);
            var table = Table(counts);
            var chosen = parse.GetValue(format)!;
            ResultWriter.Write(output, table, chosen, null, TerminalWidth.For(output));
            if (chosen == "table")
            {
                var events = await dataset.GetTimelineAsync(sources: filter, cancellationToken: cancellationToken);
                var certain = counts.Sum(c => c.Certain);
                output.WriteLine();
                output.WriteLine(Messages.StatsEvents(events.Count, certain, parse.GetValue(dates)!));
                var aid = await dataset.GetAidTotalsAsync(filter, cancellationToken);
                output.WriteLine($"Aid: {aid.Deliveries} deliveries; {aid.Tonnes:0.###} tonnes from the {aid.DeliveriesWithTonnes} that give a weight ({aid.ApproximateTonnes:0.###} of them approximate, from {aid.DeliveriesWithApproximateTonnes}); {aid.Trucks} lorries from the {aid.DeliveriesWithTrucks} that give a number.");
            }

            return AzsyApp.Ok;
        });
        return command;
    }

    /// <summary>
    /// One row per year from 1992 that counts any event: the events the year selects, how many of them
    /// are certainly in it and how many only possibly, then the events and the certain ones per quad class.
    /// </summary>
    public static ResultTable Table(IReadOnlyList<YearlyMatchCount> counts)
    {
        var columns = new List<string> { "year", "events", "certain", "possibly" };
        foreach (var (_, name) in Classes)
        {
            columns.Add(name);
            columns.Add($"{name}_certain");
        }

        var rows = new List<object?[]>();
        foreach (var year in counts.GroupBy(c => c.Year).Where(g => g.Any(c => c.Events > 0)).OrderBy(g => g.Key))
        {
            var byClass = year.ToDictionary(c => c.QuadClass);
            var events = year.Sum(c => c.Events);
            var certain = year.Sum(c => c.Certain);
            var row = new List<object?> { (long)year.Key, (long)events, (long)certain, (long)(events - certain) };
            foreach (var (quad, _) in Classes)
            {
                row.Add((long)byClass[quad].Events);
                row.Add((long)byClass[quad].Certain);
            }

            rows.Add([.. row]);
        }

        return new ResultTable(columns, rows);
    }
}
