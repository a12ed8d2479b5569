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
        new("offices_held", "A participant who is a person, with a recorded office whose bounds cover the event, is linked to that office (event_participants.position_id).", OfficesHeld),
        new("plover", "Every event whose CAMEO code has a PLOVER type in the PLOVER table carries it.", Plover),
        new("voices", "A government or state-media source names the country whose voice it is (publisher_country_id); that every source has a publisher_kind is a guard.", Voices),
    ];

    /// <summary>The SQL condition that office <c>p</c> may have been held during event <c>e</c>, as the trigger event_participants_office_covers_event words it.</summary>
    internal const string OfficeMayCoverEvent = """
        coalesce(e.date_latest, e.date_earliest, '9999-12-31') >= coalesce(p.start_earliest, p.start_latest, '0000-01-01')
        AND coalesce(e.date_earliest, e.date_latest, '0000-01-01') <= CASE WHEN p.end_basis IN ('ongoing', 'attested') OR p.end_basis IS NULL THEN '9999-12-31' ELSE coalesce(p.end_latest, p.end_earliest, '9999-12-31') END
        """;

    private static IEnumerable<string> OfficesHeld(ValidationContext c)
    {
        if (!c.Has("event_participants") || c.Catalog.Find("event_participants")!.Columns.All(col => col.Name != "position_id"))
        {
            yield break;
        }

        foreach (var (id, person, eventId, office) in c.Connection.Rows<long, string, string, string>($"""
                     SELECT ep.participant_id, ep.person_id, ep.event_id, min(p.position_id)
                     FROM event_participants AS ep
                     JOIN events AS e ON e.event_id = ep.event_id
                     JOIN positions AS p ON p.person_id = ep.person_id
                     WHERE ep.position_id IS NULL AND {OfficeMayCoverEvent}
                     GROUP BY ep.participant_id ORDER BY ep.participant_id
                     """))
        {
            yield return $"event_participants {id}: {person} takes part in {eventId} without position_id, though office {office} covers the event: set position_id to the office the page shows";
        }
    }

    private static IEnumerable<string> Voices(ValidationContext c)
    {
        if (!c.Has("sources") || c.Catalog.Find("sources")!.Columns.All(col => col.Name != "publisher_kind"))
        {
            yield break;
        }

        foreach (var (id, kind) in c.Connection.Rows<string, string>("""
                     SELECT source_id, publisher_kind FROM sources
                     WHERE publisher_kind IN ('government', 'state_media') AND publisher_country_id IS NULL
                     ORDER BY source_id
                     """))
        {
            yield return $"sources {id}: publisher_kind is {kind} but publisher_country_id is NULL: name the country whose {kind.Replace('_', ' ')} it is";
        }
    }

    private static IEnumerable<string> Plover(ValidationContext c)
    {
        if (!c.Has("cameo_plover") || c.Catalog.Find("events")!.Columns.All(col => col.Name != "plover_type"))
        {
            yield break;
        }

        foreach (var (id, code, type) in c.Connection.Rows<string, string, string>("""
                     SELECT e.event_id, e.cameo_code, (SELECT cp.plover_type FROM cameo_plover AS cp WHERE cp.cameo_code = e.cameo_code AND cp.plover_type IS NOT NULL ORDER BY cp.line LIMIT 1) AS type
                     FROM events AS e WHERE e.plover_type IS NULL AND type IS NOT NULL ORDER BY e.event_id
                     """))
        {
            yield return $"events {id}: CAMEO code {code} is PLOVER {type} in the PLOVER table, but plover_type is NULL: set it (an insert fills it in when left out)";
        }
    }

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
