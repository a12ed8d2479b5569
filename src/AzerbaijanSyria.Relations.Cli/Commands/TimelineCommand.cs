using System.CommandLine;
using AzerbaijanSyria.Relations.Cli.Output;

namespace AzerbaijanSyria.Relations.Cli.Commands;

/// <summary><c>azsy timeline</c>: the events in date order, as a table or a picture.</summary>
internal static class TimelineCommand
{
    public static Command Create(TextWriter output)
    {
        var from = new Option<string>("--from") { Description = "Only events that may fall on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).", HelpName = "DATE" };
        var to = new Option<string>("--to") { Description = "Only events that may fall on or before this date (YYYY, YYYY-MM or YYYY-MM-DD).", HelpName = "DATE" };
        var cameo = new Option<string>("--cameo") { Description = "Only events of this CAMEO root code, e.g. 04 (consult) or 07 (provide aid).", HelpName = "ROOT" };
        var topic = new Option<string>("--topic") { Description = "Only events on this topic, e.g. energy or humanitarian-aid.", HelpName = "TOPIC" };
        var sources = CommonOptions.Sources();
        var svg = new Option<string>("--svg") { Description = "Also draw the selected events as an SVG picture in this file.", HelpName = "FILE" };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: table, csv, json or markdown.",
            DefaultValueFactory = _ => "table",
        }.AcceptOnlyFromAmong(Formats.Names);
        var db = CommonOptions.Database();
        var command = new Command("timeline", "List the events in date order, optionally filtered, and draw them as a picture.")
        {
            from, to, cameo, topic, sources, svg, format, db,
        };
        command.SetAction(parse =>
        {
            var root = parse.GetValue(cameo);
            if (root is not null && (root.Length != 2 || !root.All(char.IsAsciiDigit)))
            {
                throw new UsageException(Messages.CameoRoot(root));
            }

            // Every input is checked before anything is printed.
            var svgFile = parse.GetResult(svg) is null ? null : AtomicOutput.CheckWritable(CommonOptions.RequiredPath(parse, svg));
            var fromDate = CommonOptions.Date(parse, from);
            var toDate = CommonOptions.Date(parse, to, endOfPeriod: true);
            using var dataset = RelationsDataset.Open(CommonOptions.DatabasePath(parse, db));
            var events = dataset.GetTimelineAsync(
                fromDate, toDate, root, parse.GetValue(topic), CommonOptions.SourceFilter(parse, sources))
                .GetAwaiter().GetResult();

            var table = new ResultTable(
                ["event_id", "date", "cameo", "title", "place", "evidence"],
                events.Select(e => new object?[] { e.EventId, e.DateEdtf, e.CameoCode, e.Title, e.Place, e.EvidenceStatus }).ToList());
            Formats.Write(output, table, parse.GetValue(format)!);

            if (svgFile is { } file)
            {
                AtomicOutput.WriteAllText(file, TimelineSvg.Render(events));
                if (parse.GetValue(format) == "table")
                {
                    output.WriteLine($"Drew {events.Count} events in {file}");
                }
            }

            return AzsyApp.Ok;
        });
        return command;
    }
}
