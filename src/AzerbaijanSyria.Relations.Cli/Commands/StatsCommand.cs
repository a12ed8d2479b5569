using System.CommandLine;
using AzerbaijanSyria.Relations.Export;

namespace AzerbaijanSyria.Relations.Cli.Commands;

/// <summary>
/// <c>azsy stats</c>: events per year and CAMEO quad class as (certain, possible) pairs, which add
/// up with the timeline: an event is certain in the one year that holds all its possible days, and
/// possible in every year it may fall in.
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
        var db = CommonOptions.Database();
        var command = new Command("stats", "Count the events per year and CAMEO quad class, as certain and possible counts that are honest about uncertain dates, and total the aid.")
        {
            sources, format, db,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var filter = CommonOptions.SourceFilter(parse, sources);
            await using var dataset = await RelationsDataset.OpenAsync(CommonOptions.DatabasePath(parse, db), cancellationToken);
            var counts = await dataset.GetYearlyEventCountsAsync(filter, cancellationToken);
            var table = Table(counts);
            var chosen = parse.GetValue(format)!;
            ResultWriter.Write(output, table, chosen, null);
            if (chosen == "table")
            {
                var events = await dataset.GetTimelineAsync(sources: filter, cancellationToken: cancellationToken);
                var certain = counts.Sum(c => c.Certain);
                output.WriteLine();
                output.WriteLine($"{events.Count} events: {certain} certain in a single year; {events.Count - certain} whose possible days span two or more years or are open at one end, counted only as possible.");
                var aid = await dataset.GetAidTotalsAsync(filter, cancellationToken);
                output.WriteLine($"Aid: {aid.Deliveries} deliveries; {aid.Tonnes:0.###} tonnes from the {aid.DeliveriesWithTonnes} that give a weight ({aid.ApproximateTonnes:0.###} of them approximate, from {aid.DeliveriesWithApproximateTonnes}); {aid.Trucks} lorries from the {aid.DeliveriesWithTrucks} that give a number.");
            }

            return AzsyApp.Ok;
        });
        return command;
    }

    /// <summary>One row per year that any event may fall in: totals (with how many of the possible events have an open bound), then a certain and a possible column per quad class.</summary>
    public static ResultTable Table(IReadOnlyList<YearlyEventCount> counts)
    {
        var columns = new List<string> { "year", "certain", "possible", "open_ended" };
        foreach (var (_, name) in Classes)
        {
            columns.Add($"{name}_certain");
            columns.Add($"{name}_possible");
        }

        var rows = new List<object?[]>();
        foreach (var year in counts.GroupBy(c => c.Year).Where(g => g.Any(c => c.Possible > 0)).OrderBy(g => g.Key))
        {
            var byClass = year.ToDictionary(c => c.QuadClass);
            var row = new List<object?> { (long)year.Key, (long)year.Sum(c => c.Certain), (long)year.Sum(c => c.Possible), (long)year.Sum(c => c.OpenEnded) };
            foreach (var (quad, _) in Classes)
            {
                row.Add((long)byClass[quad].Certain);
                row.Add((long)byClass[quad].Possible);
            }

            rows.Add([.. row]);
        }

        return new ResultTable(columns, rows);
    }
}
