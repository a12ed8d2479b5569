using System.CommandLine;

namespace AzerbaijanSyria.Relations.Cli.Commands;

/// <summary><c>azsy show</c>: one event with everything attached to it.</summary>
internal static class ShowCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var id = new Argument<string>("EVENT_ID") { Description = "The event's id, as in the first column of 'azsy timeline'." };
        var db = CommonOptions.Database();
        var history = new Option<bool>("--history")
        {
            Description = "List every migration script that added, changed or removed the event's row, oldest first, with each change (also for an event since withdrawn).",
        };
        var command = new Command("show", "Show one event with its participants, statements, citations and discrepancies.")
        {
            id, db, history,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var dataset = await RelationsDataset.OpenAsync(CommonOptions.DatabasePath(parse, db), cancellationToken);
            if (parse.GetValue(history))
            {
                return await WriteHistoryAsync(dataset, parse.GetValue(id)!, output, error, cancellationToken);
            }

            var details = await dataset.GetEventAsync(parse.GetValue(id)!, cancellationToken);
            if (details is null)
            {
                error.WriteLine(Messages.Usage(Messages.NoEvent(parse.GetValue(id) ?? string.Empty)));
                return AzsyApp.Failure;
            }

            var e = details.Event;
            output.WriteLine($"{e.Title}");
            output.WriteLine($"  id        {e.EventId}");
            output.WriteLine($"  date      {e.DateEdtf} ({e.DatePrecision}, {e.DateBasis})");
            output.WriteLine($"  type      {(e.CameoCode is null ? "no CAMEO code" : $"CAMEO {e.CameoCode} {e.EventType}")}{(e.PloverType is null ? string.Empty : $", PLOVER {e.PloverType}")}");
            output.WriteLine($"  place     {(e.Place is null ? "not given" : $"{e.Place}, {e.Country}")}");
            output.WriteLine($"  evidence  {e.EvidenceStatus}");
            output.WriteLine($"  topics    {e.Topics}");
            output.WriteLine();
            output.WriteLine($"  {e.Summary}");
            if (e.Note is not null)
            {
                output.WriteLine($"  Note: {e.Note}");
            }

            output.WriteLine();
            output.WriteLine("Participants:");
            foreach (var p in details.Participants)
            {
                output.WriteLine($"  {p.Name} ({p.Role}, {p.ParticipantKind} {p.ParticipantId})");
            }

            if (details.Statements.Count > 0)
            {
                output.WriteLine();
                output.WriteLine("Statements:");
                foreach (var s in details.Statements)
                {
                    output.WriteLine($"  {s.Speaker}: {s.Summary}");
                }
            }

            output.WriteLine();
            var citations = details.Citations;
            output.WriteLine($"Sources: {citations.Count} citations of {citations.Select(c => c.SourceId).Distinct().Count()} sources, {e.IndependentSources} independent (a page that reprints, translates or quotes another counts with it once)");
            output.WriteLine($"  voices    {Voices(citations)}");
            foreach (var c in citations)
            {
                var where = c.Paragraph is int p ? $"article, paragraph {p}" : c.Url ?? c.SourceTitle;
                var locator = c.Locator is null ? string.Empty : $" — {c.Locator}";
                var derived = c.LinkBasis == "derived" ? " (identification derived)" : string.Empty;
                output.WriteLine($"  {c.Publisher} [{Voice(c)}, {c.Language}]: {where}{locator}{derived}");
                var sameStory = citations.Where(o => o.SourceGroup == c.SourceGroup && o.SourceId != c.SourceId).Select(o => o.SourceId).Distinct().ToList();
                if (sameStory.Count > 0)
                {
                    output.WriteLine($"      one independent source with {string.Join(", ", sameStory)}");
                }
            }

            if (details.Discrepancies.Count > 0)
            {
                output.WriteLine();
                output.WriteLine("Discrepancies:");
                foreach (var d in details.Discrepancies)
                {
                    output.WriteLine($"  {d.Title} ({d.DiscrepancyId})");
                    output.WriteLine($"    A: {d.ClaimA}  [{d.SourcesA}]");
                    output.WriteLine($"    B: {d.ClaimB}  [{d.SourcesB}]");
                    output.WriteLine($"    {d.Note}");
                }
            }

            return AzsyApp.Ok;
        });
        return command;
    }

    /// <summary>
    /// <c>azsy show ID --history</c>: each script that touched the event's row, oldest first, a line per
    /// change: the script, the release the log gives (none before the log existed), what changed and why.
    /// </summary>
    private static async Task<int> WriteHistoryAsync(RelationsDataset dataset, string eventId, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var changes = await dataset.GetFactHistoryAsync("events", eventId, cancellationToken);
        if (changes.Count == 0)
        {
            error.WriteLine(Messages.Usage(Messages.NoEventHistory(eventId)));
            return AzsyApp.Failure;
        }

        var title = (await dataset.GetEventAsync(eventId, cancellationToken))?.Event.Title ?? "(withdrawn)";
        output.WriteLine($"{title}");
        output.WriteLine($"  id        {eventId}");
        output.WriteLine();
        output.WriteLine("History, oldest first (script, release, change):");
        var width = changes.Max(c => (c.Script ?? Messages.NoScript).Length);
        foreach (var c in changes)
        {
            var what = c.Action switch
            {
                "correct" => $"correct {c.Field}: {Value(c.OldValue)} -> {Value(c.NewValue)}",
                var action => action,
            };
            var why = c.Reason is null ? string.Empty : $"  ({c.Reason})";
            output.WriteLine($"  {(c.Script ?? Messages.NoScript).PadRight(width)}  {c.Release ?? Messages.BeforeTheLog,-10}  {what}{why}");
        }

        return AzsyApp.Ok;
    }

    /// <summary>A value of the log as the history prints it: text quoted, NULL as <c>NULL</c>.</summary>
    private static string Value(object? value) => value switch
    {
        null => "NULL",
        string text => $"'{text}'",
        IFormattable number => number.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "NULL",
    };

    /// <summary>A source's voice in words: its publisher's kind and country, e.g. <c>state media, AZE</c>.</summary>
    private static string Voice(Citation c)
    {
        var kind = c.PublisherKind switch
        {
            null => "voice not recorded",
            "ngo" => "NGO",
            var k => k.Replace('_', ' '),
        };
        return c.PublisherCountryId is null ? kind : $"{kind}, {c.PublisherCountryId}";
    }

    /// <summary>How many independent sources speak for each side: official Azerbaijani, official Syrian, and everyone else.</summary>
    private static string Voices(IReadOnlyList<Citation> citations)
    {
        static bool Official(Citation c, string country) => c.PublisherKind is "government" or "state_media" && c.PublisherCountryId == country;
        var azerbaijani = citations.Where(c => Official(c, "AZE")).Select(c => c.SourceGroup).Distinct().Count();
        var syrian = citations.Where(c => Official(c, "SYR")).Select(c => c.SourceGroup).Distinct().Count();
        var others = citations.Where(c => !Official(c, "AZE") && !Official(c, "SYR")).Select(c => c.SourceGroup).Distinct().Count();
        return $"Azerbaijani official {azerbaijani}, Syrian official {syrian}, other {others}";
    }
}
