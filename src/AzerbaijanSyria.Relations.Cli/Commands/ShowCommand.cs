using System.CommandLine;

namespace AzerbaijanSyria.Relations.Cli.Commands;

/// <summary><c>azsy show</c>: one event with everything attached to it.</summary>
internal static class ShowCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var id = new Argument<string>("EVENT_ID") { Description = "The event's id, as in the first column of 'azsy timeline'." };
        var db = CommonOptions.Database();
        var command = new Command("show", "Show one event with its participants, statements, citations and discrepancies.")
        {
            id, db,
        };
        command.SetAction(parse =>
        {
            using var dataset = RelationsDataset.Open(CommonOptions.DatabasePath(parse, db));
            var details = dataset.GetEventAsync(parse.GetValue(id)!).GetAwaiter().GetResult();
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
            output.WriteLine("Sources:");
            foreach (var c in details.Citations)
            {
                var where = c.Paragraph is int p ? $"article, paragraph {p}" : c.Url ?? c.SourceTitle;
                output.WriteLine($"  {where}{(c.LinkBasis == "derived" ? " (identification derived)" : string.Empty)}");
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
}
