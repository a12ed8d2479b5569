using System.CommandLine;
using AzerbaijanSyria.Relations.Cli.Output;
using Dapper;

namespace AzerbaijanSyria.Relations.Cli.Commands;

/// <summary><c>azsy timeline</c>: the events in date order, as a table or a picture.</summary>
internal static class TimelineCommand
{
    /// <summary>The names of the two readings of a date range, as <c>--dates</c> takes them.</summary>
    public static readonly string[] DateReadings = ["possible", "certain"];

    public static Command Create(TextWriter output)
    {
        var from = new Option<string>("--from") { Description = "Only events on or after this date (YYYY, YYYY-MM or YYYY-MM-DD); --dates says how an event's own range is held against it.", HelpName = "DATE" };
        var to = new Option<string>("--to") { Description = "Only events on or before this date (YYYY, YYYY-MM or YYYY-MM-DD); --dates says how an event's own range is held against it.", HelpName = "DATE" };
        var dates = new Option<string>("--dates")
        {
            Description = "How --from and --to select events whose date is a range or has an open bound: possible (events that may fall in the range, an open bound left open) or certain (events certainly in it).",
            DefaultValueFactory = _ => "possible",
        }.OneOf(DateReadings);
        var cameo = new Option<string>("--cameo") { Description = "Only events of this CAMEO root code, e.g. 04 (consult) or 07 (provide aid); 'azsy list cameo' lists them.", HelpName = "ROOT" };
        var topic = new Option<string>("--topic") { Description = "Only events on this topic, e.g. energy or humanitarian-aid; 'azsy list topics' lists them.", HelpName = "TOPIC" };
        var sources = CommonOptions.Sources();
        var svg = new Option<string>("--svg") { Description = "Also draw the selected events as an SVG picture in this file.", HelpName = "FILE" };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: table, csv, json or markdown.",
            DefaultValueFactory = _ => "table",
        }.OneOf(Formats.Names);
        var maxWidth = CommonOptions.MaxWidth();
        var db = CommonOptions.Database();
        var command = new Command("timeline", "List the events in date order, optionally filtered, and draw them as a picture.")
        {
            from, to, dates, cameo, topic, sources, svg, format, maxWidth, db,
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
            if (fromDate > toDate)
            {
                throw new UsageException(Messages.ReversedRange(parse.GetValue(from)!, parse.GetValue(to)!, fromDate.Value, toDate.Value));
            }

            var width = CommonOptions.MaxWidth(parse, maxWidth, parse.GetValue(format)!);
            using var dataset = RelationsDataset.Open(CommonOptions.DatabasePath(parse, db));
            var topicId = parse.GetValue(topic);
            CheckKnown(dataset, root, topicId);
            var match = parse.GetValue(dates) == "certain" ? DateRangeMatch.Certain : DateRangeMatch.Possible;
            var events = dataset.GetTimelineAsync(fromDate, toDate, match, root, topicId, CommonOptions.SourceFilter(parse, sources))
                .GetAwaiter().GetResult();

            var table = new ResultTable(
                ["event_id", "date", "cameo", "title", "place", "evidence"],
                events.Select(e => new object?[] { e.EventId, e.DateEdtf, e.CameoCode, e.Title, e.Place, e.EvidenceStatus }).ToList());
            Formats.Write(output, table, parse.GetValue(format)!, width);

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

    /// <summary>A CAMEO root or topic the file does not have is a usage error that lists the ones it has (rather than 0 rows).</summary>
    private static void CheckKnown(RelationsDataset dataset, string? root, string? topic)
    {
        if (root is not null)
        {
            var roots = dataset.Connection.Query<string>("SELECT root_code FROM cameo_roots ORDER BY root_code").ToList();
            if (!roots.Contains(root, StringComparer.Ordinal))
            {
                throw new UsageException(Messages.UnknownCameoRoot(root, roots));
            }
        }

        if (topic is not null)
        {
            var topics = dataset.Connection.Query<string>("SELECT topic_id FROM topics ORDER BY topic_id").ToList();
            if (!topics.Contains(topic, StringComparer.Ordinal))
            {
                throw new UsageException(Messages.UnknownTopic(topic, topics));
            }
        }
    }
}
