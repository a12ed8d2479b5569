using System.CommandLine;
using AzerbaijanSyria.Relations.Export;

namespace AzerbaijanSyria.Relations.Cli.Commands;

/// <summary><c>azsy timeline</c>: the events in date order, as a table or a picture.</summary>
internal static class TimelineCommand
{
    /// <summary>The names of the readings of a date range, as <c>--dates</c> takes them (the default first).</summary>
    public static readonly string[] DateReadings = ["plausible", "possible", "certain"];

    /// <summary>The value of the <c>in_range</c> column for an event certainly in the range.</summary>
    public const string CertainlyInRange = "certain";

    /// <summary>The value of the <c>in_range</c> column for an event only possibly in the range.</summary>
    public const string PossiblyInRange = "possibly";

    public static Command Create(TextWriter output)
    {
        var from = new Option<string>("--from") { Description = "Only events on or after this date (YYYY, YYYY-MM or YYYY-MM-DD); --dates says how an event's own range is held against it.", HelpName = "DATE" }.IsDate();
        var to = new Option<string>("--to") { Description = "Only events on or before this date (YYYY, YYYY-MM or YYYY-MM-DD); --dates says how an event's own range is held against it.", HelpName = "DATE" }.IsDate();
        var dates = new Option<string>("--dates")
        {
            Description = "How --from and --to select events whose date is a range or has an open bound: plausible (the default: events whose known dates do not put them outside the range, an event known only as on or before a day read as in that day's year or the year before), possible (any day the sources leave open, back to 1992) or certain (every possible day in the range). With a range, the in_range column says certain or possibly.",
            DefaultValueFactory = _ => "plausible",
        }.OneOf(DateReadings);
        var cameo = new Option<string>("--cameo") { Description = "Only events of this CAMEO root code, e.g. 04 (consult) or 07 (provide aid); 'azsy list cameo' lists them.", HelpName = "ROOT" };
        cameo.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string>() is { } root && (root.Length != 2 || !root.All(char.IsAsciiDigit)))
            {
                result.AddUsageError(Messages.CameoRoot(root));
            }
        });
        var topic = new Option<string>("--topic") { Description = "Only events on this topic, e.g. energy or humanitarian-aid; 'azsy list topics' lists them.", HelpName = "TOPIC" };
        var sources = CommonOptions.Sources();
        var svg = new Option<string>("--svg") { Description = "Also draw the selected events as an SVG picture in this file.", HelpName = "FILE" }.NeedsPath();
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: table, csv, json or markdown.",
            DefaultValueFactory = _ => "table",
        }.OneOf([.. ResultWriter.Names]);
        var maxWidth = CommonOptions.MaxWidth();
        var db = CommonOptions.Database();
        var command = new Command("timeline", "List the events in date order, optionally filtered, and draw them as a picture.")
        {
            from, to, dates, cameo, topic, sources, svg, format, maxWidth, db,
        };
        command.Validators.Add(result =>
        {
            if (Date(result.GetValue(from), from.Name) is { } first && Date(result.GetValue(to), to.Name, endOfPeriod: true) is { } last && first > last)
            {
                result.AddUsageError(Messages.ReversedRange(result.GetValue(from)!, result.GetValue(to)!, first, last));
            }
        });
        CommonOptions.ValidateMaxWidth(command, maxWidth, format);
        command.SetAction(async (parse, cancellationToken) =>
        {
            // Every input is checked before anything is printed.
            var svgFile = parse.GetValue(svg) is { } svgPath ? OutputFile.CheckWritable(svgPath) : null;
            await using var dataset = await RelationsDataset.OpenAsync(CommonOptions.DatabasePath(parse, db), cancellationToken);
            var root = parse.GetValue(cameo);
            var topicId = parse.GetValue(topic);
            await CheckKnownAsync(dataset, root, topicId, cancellationToken);
            var match = Reading(parse.GetValue(dates));
            var first = CommonOptions.Date(parse, from);
            var last = CommonOptions.Date(parse, to, endOfPeriod: true);
            var events = await dataset.GetTimelineAsync(first, last, match, root, topicId, CommonOptions.SourceFilter(parse, sources), cancellationToken);
            var table = Table(events, first, last);
            ResultWriter.Write(output, table, parse.GetValue(format)!, parse.GetValue(maxWidth), TerminalWidth.For(output));

            if (svgFile is { } file)
            {
                TimelineSvg.Write(file, events);
                if (parse.GetValue(format) == "table")
                {
                    output.WriteLine($"Drew {events.Count} events in {file}");
                }
            }

            return AzsyApp.Ok;
        });
        return command;
    }

    /// <summary>The reading <c>--dates</c> names (the parser admits only <see cref="DateReadings"/>).</summary>
    public static DateRangeMatch Reading(string? name) => name switch
    {
        "certain" => DateRangeMatch.Certain,
        "possible" => DateRangeMatch.Possible,
        _ => DateRangeMatch.Plausible,
    };

    /// <summary>
    /// The timeline's rows; with a range, an <c>in_range</c> column marks each event certainly in it or
    /// only possibly in it (<see cref="DateReading.IsCertain"/>).
    /// </summary>
    public static ResultTable Table(IReadOnlyList<TimelineEvent> events, DateOnly? from, DateOnly? to)
    {
        if (from is null && to is null)
        {
            return new ResultTable(
                ["event_id", "date", "cameo", "title", "place", "evidence"],
                events.Select(e => new object?[] { e.EventId, e.DateEdtf, e.CameoCode, e.Title, e.Place, e.EvidenceStatus }).ToList());
        }

        return new ResultTable(
            ["event_id", "date", "in_range", "cameo", "title", "place", "evidence"],
            events.Select(e => new object?[]
            {
                e.EventId, e.DateEdtf, DateReading.IsCertain(e.DateEarliest, e.DateLatest, from, to) ? CertainlyInRange : PossiblyInRange,
                e.CameoCode, e.Title, e.Place, e.EvidenceStatus,
            }).ToList());
    }

    /// <summary>A date the parser already checked (see <see cref="CommonOptions.IsDate"/>); null when it is not one.</summary>
    private static DateOnly? Date(string? text, string name, bool endOfPeriod = false)
    {
        try
        {
            return CommonOptions.ParseDate(text, name, endOfPeriod);
        }
        catch (UsageException)
        {
            return null;
        }
    }

    /// <summary>A CAMEO root or topic the file does not have is a usage error that lists the ones it has (rather than 0 rows).</summary>
    private static async Task CheckKnownAsync(RelationsDataset dataset, string? root, string? topic, CancellationToken cancellationToken)
    {
        if (root is not null)
        {
            var roots = await DatasetLists.ReadIdsAsync(dataset, "cameo", cancellationToken);
            if (!roots.Contains(root, StringComparer.Ordinal))
            {
                throw new UsageException(Messages.UnknownCameoRoot(root, roots));
            }
        }

        if (topic is not null)
        {
            var topics = await DatasetLists.ReadIdsAsync(dataset, "topics", cancellationToken);
            if (!topics.Contains(topic, StringComparer.Ordinal))
            {
                throw new UsageException(Messages.UnknownTopic(topic, topics));
            }
        }
    }
}
