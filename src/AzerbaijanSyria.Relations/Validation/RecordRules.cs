using Dapper;

namespace AzerbaijanSyria.Relations;

/// <summary>Rules about whole records: what every event and agreement carries, how its date is known, and rows nothing uses.</summary>
internal static class RecordRules
{
    /// <summary>Tables whose rows exist only to be referred to: a row nothing refers to is a leftover.</summary>
    private static readonly string[] ReferenceOnlyTables = ["people", "organizations", "places", "sources"];

    public static IReadOnlyList<ValidationRule> All { get; } =
    [
        new("events", "Every event has at least one participant and one topic, and every agreement at least one party.", Events),
        new("date_basis", "A date known only from a report's own date (basis reported) is a latest bound, never a single day.", DateBasis),
        new("orphans", "No person, organization, place or source is left that no row refers to (a citation does not count, except for a source).", Orphans),
    ];

    private static IEnumerable<string> Events(ValidationContext c)
    {
        foreach (var id in c.Rows("events", "event_id NOT IN (SELECT event_id FROM event_participants)"))
        {
            yield return $"events {id} has no participant: add a row to event_participants";
        }

        foreach (var id in c.Rows("events", "event_id NOT IN (SELECT event_id FROM event_topics)"))
        {
            yield return $"events {id} has no topic: add a row to event_topics";
        }

        foreach (var id in c.Rows("agreements", "agreement_id NOT IN (SELECT agreement_id FROM agreement_parties)"))
        {
            yield return $"agreements {id} has no party: add a row to agreement_parties";
        }
    }

    private static IEnumerable<string> DateBasis(ValidationContext c)
    {
        foreach (var table in new[] { "events", "agreements" }.Where(c.Has))
        {
            foreach (var id in c.Rows(table, "date_basis = 'reported' AND (date_latest IS NULL OR date_precision = 'day')"))
            {
                yield return $"{table} {id}: its date is only a report's date (basis reported), so it is a latest bound ('[..YYYY-MM-DD]', precision range), not a day";
            }
        }
    }

    private static IEnumerable<string> Orphans(ValidationContext c)
    {
        foreach (var table in ReferenceOnlyTables.Where(c.Has))
        {
            var key = c.Catalog.Find(table)!.PrimaryKey[0];
            // Every foreign key in the file that points at this table, except a citation of the row
            // itself (a source is the exception: citations are what use it) and a spelling of a name.
            var uses = c.Catalog.Tables
                .SelectMany(t => t.ForeignKeys.Where(k => k.Table == table).Select(k => (From: t.Name, Column: k.Columns[0])))
                .Where(u => (u.From != "citations" || table == "sources") && u.From != "person_names")
                .Select(u => $"SELECT {SchemaCatalog.Quote(u.Column)} AS v FROM {SchemaCatalog.Quote(u.From)}")
                .ToList();
            if (uses.Count == 0)
            {
                continue;
            }

            foreach (var id in c.Rows(table, $"{SchemaCatalog.Quote(key)} NOT IN (SELECT v FROM ({string.Join(" UNION ", uses)}) WHERE v IS NOT NULL)"))
            {
                yield return $"{table} {id} is not referred to by any row: remove it, or link it to the fact it belongs to";
            }
        }
    }
}
