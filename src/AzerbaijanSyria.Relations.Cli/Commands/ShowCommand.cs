using System.CommandLine;

namespace AzerbaijanSyria.Relations.Cli.Commands;

/// <summary><c>azsy show</c>: one entity of any kind (event, person, organization, place, agreement, source, disagreement) with everything attached to it.</summary>
internal static class ShowCommand
{
    /// <summary>Each kind of entity with the table whose change history <c>--history</c> reads.</summary>
    private static readonly Dictionary<string, string> Tables = new(StringComparer.Ordinal)
    {
        ["event"] = "events", ["person"] = "people", ["organization"] = "organizations", ["place"] = "places",
        ["agreement"] = "agreements", ["source"] = "sources", ["discrepancy"] = "discrepancies",
    };

    public static Command Create(TextWriter output, TextWriter error)
    {
        var id = new Argument<string>("ID")
        {
            Description = "The id of an event (as in the first column of 'azsy timeline'), person, organization, place, agreement, source or disagreement.",
        };
        var kind = new Option<string>("--kind")
        {
            Description = "Look only among the entities of this kind (needed only when two kinds share the id).",
        }.OneOf([.. RelationsDataset.EntityKinds]);
        var db = CommonOptions.Database();
        var history = new Option<bool>("--history")
        {
            Description = "List every migration script that added, changed or removed the entity's row, oldest first, with each change (also for an entity since withdrawn).",
        };
        var command = new Command(
            "show",
            "Show one entity with what is attached to it: an event with its participants (each with the office held at the time), statements, sources and disagreements; a person with every spelling, offices and events in date order; an organization, a place, an agreement with the steps of its life, a source with the facts it is cited for, or a disagreement with both claims, each cited.")
        {
            id, kind, history, db,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var entityId = parse.GetValue(id)!;
            var kindName = parse.GetValue(kind);
            await using var dataset = await RelationsDataset.OpenAsync(CommonOptions.DatabasePath(parse, db), cancellationToken);
            var kinds = await dataset.FindEntityKindsAsync(entityId, cancellationToken);
            if (kindName is null && kinds.Count > 1)
            {
                throw new UsageException(Messages.AmbiguousId(entityId, kinds));
            }

            if (parse.GetValue(history))
            {
                // A withdrawn row has no kind any more; its history is still in the log.
                return await WriteHistoryAsync(dataset, kindName ?? (kinds.Count == 1 ? kinds[0] : "event"), entityId, output, error, cancellationToken);
            }

            if (kindName is not null)
            {
                if (!kinds.Contains(kindName))
                {
                    error.WriteLine(Messages.Usage(Messages.NoEntityOfKind(kindName, entityId)));
                    return AzsyApp.Failure;
                }
            }
            else if (kinds.Count == 0)
            {
                error.WriteLine(Messages.Usage(Messages.NoEntity(entityId)));
                return AzsyApp.Failure;
            }

            var text = new EntityText(output);
            switch (kindName ?? kinds[0])
            {
                case "event":
                    text.Event((await dataset.GetEventAsync(entityId, cancellationToken))!);
                    break;
                case "person":
                    text.Person((await dataset.GetPersonAsync(entityId, cancellationToken))!);
                    break;
                case "organization":
                    text.Organization((await dataset.GetOrganizationAsync(entityId, cancellationToken))!);
                    break;
                case "place":
                    text.Place((await dataset.GetPlaceAsync(entityId, cancellationToken))!);
                    break;
                case "agreement":
                    text.Agreement((await dataset.GetAgreementAsync(entityId, cancellationToken))!);
                    break;
                case "source":
                    text.Source((await dataset.GetSourceAsync(entityId, cancellationToken))!);
                    break;
                default:
                    text.Discrepancy((await dataset.GetDiscrepancyAsync(entityId, cancellationToken))!);
                    break;
            }

            return AzsyApp.Ok;
        });
        return command;
    }

    /// <summary>
    /// <c>azsy show ID --history</c>: each script that touched the entity's row, oldest first, a line per
    /// change: the script, the release the log gives (none before the log existed), what changed and why.
    /// </summary>
    private static async Task<int> WriteHistoryAsync(RelationsDataset dataset, string kind, string id, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var changes = await dataset.GetFactHistoryAsync(Tables[kind], id, cancellationToken);
        if (changes.Count == 0)
        {
            error.WriteLine(Messages.Usage(kind == "event" ? Messages.NoEventHistory(id) : Messages.NoHistory(kind, id)));
            return AzsyApp.Failure;
        }

        var title = kind == "event" ? (await dataset.GetEventAsync(id, cancellationToken))?.Event.Title ?? "(withdrawn)" : $"{kind} {id}";
        output.WriteLine($"{title}");
        output.WriteLine($"  id        {id}");
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
}
