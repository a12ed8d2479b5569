using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Dapper;

namespace AzerbaijanSyria.Relations;

/// <summary>
/// Rules about people: each is recorded once, speaks at an event they take part in, and takes part
/// in an office only on a date that may fall within its term.
/// </summary>
internal static partial class PeopleRules
{
    public static IReadOnlyList<ValidationRule> All { get; } =
    [
        new("duplicate_people", "No person is recorded twice: no two people share a Wikidata id, or a name or recorded spelling (people.name, person_names.name) that reads the same once case, accents, hyphens, apostrophes, full stops and spacing are set aside.", DuplicatePeople),
        new("speakers", "A person who makes a statement takes part in the statement's event (event_participants), which is where the office they spoke in is linked.", Speakers),
        new("offices_in_term", "A participant's office (event_participants.position_id), and so the office of a person's statement at that event, is the participant's own, and the event is not certainly outside its term: the event's latest day is not before the term's earliest possible start, and its earliest day is not after the term's latest possible end.", OfficesInTerm),
    ];

    /// <summary>A name as it is compared: accents and case removed, hyphens, apostrophes, full stops and runs of space made one space.</summary>
    internal static string NameKey(string name)
    {
        var text = new StringBuilder(name.Length);
        foreach (var ch in name.Normalize(NormalizationForm.FormKD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark)
            {
                text.Append(char.ToLowerInvariant(ch));
            }
        }

        return Separators().Replace(text.ToString(), " ").Trim();
    }

    [GeneratedRegex(@"[\s\p{Pd}'’ʼ‘`´.]+")]
    private static partial Regex Separators();

    private static IEnumerable<string> DuplicatePeople(ValidationContext c)
    {
        if (!c.Has("people"))
        {
            yield break;
        }

        foreach (var (id, people) in c.Connection.Query<(string Id, string People)>("""
                     SELECT wikidata_id, group_concat(person_id, ', ') FROM (SELECT wikidata_id, person_id FROM people WHERE wikidata_id IS NOT NULL ORDER BY person_id)
                     GROUP BY wikidata_id HAVING count(*) > 1 ORDER BY 1
                     """))
        {
            yield return $"people {people}: the same Wikidata id {id}: one person recorded twice; keep one row and move the other's names, offices and participations to it";
        }

        var names = c.Connection.Query<(string Person, string Name)>(
            c.Has("person_names") ? "SELECT person_id, name FROM people UNION SELECT person_id, name FROM person_names" : "SELECT person_id, name FROM people").ToList();
        foreach (var group in names.GroupBy(n => NameKey(n.Name)).Where(g => g.Select(n => n.Person).Distinct().Count() > 1).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var people = group.Select(n => n.Person).Distinct().Order(StringComparer.Ordinal);
            var spellings = group.Select(n => n.Name).Distinct().Order(StringComparer.Ordinal).Select(n => $"'{n}'");
            yield return $"people {string.Join(", ", people)}: the same name ({string.Join(", ", spellings)}): one person recorded twice; keep one row and move the other's names, offices and participations to it, or, for two people of one name, tell them apart in people.name";
        }
    }

    private static IEnumerable<string> Speakers(ValidationContext c)
    {
        if (!c.Has("statements") || !c.Has("event_participants"))
        {
            yield break;
        }

        foreach (var (statement, person, eventId) in c.Connection.Query<(string Statement, string Person, string Event)>("""
                     SELECT s.statement_id, s.speaker_person_id, s.event_id FROM statements AS s
                     WHERE s.speaker_person_id IS NOT NULL
                       AND NOT EXISTS (SELECT 1 FROM event_participants AS ep WHERE ep.event_id = s.event_id AND ep.person_id = s.speaker_person_id)
                     ORDER BY 1
                     """))
        {
            yield return $"statements {statement}: {person} speaks at {eventId} but does not take part in it: add {person} to event_participants (role speaker, with the office the page names), or correct speaker_person_id";
        }
    }

    /// <summary>The condition that event <c>e</c> is certainly outside the term of office <c>p</c>: unknown bounds are open.</summary>
    private const string CertainlyOutside = """
        (coalesce(e.date_latest, '9999-12-31') < coalesce(p.start_earliest, '0000-01-01')
         OR coalesce(e.date_earliest, '0000-01-01') > coalesce(p.end_latest, '9999-12-31'))
        """;

    private static IEnumerable<string> OfficesInTerm(ValidationContext c)
    {
        if (!c.Has("event_participants") || c.Table("event_participants").Columns.All(col => col.Name != "position_id"))
        {
            yield break;
        }

        foreach (var (id, person, office, holder, eventId, edtf, start, end) in c.Connection.Query<(long Id, string? Person, string Office, string Holder, string Event, string Edtf, string? Start, string? End)>($"""
                     SELECT ep.participant_id, ep.person_id, p.position_id, p.person_id, e.event_id, e.date_edtf, p.start_earliest, p.end_latest
                     FROM event_participants AS ep JOIN events AS e ON e.event_id = ep.event_id JOIN positions AS p ON p.position_id = ep.position_id
                     WHERE ep.person_id IS NOT p.person_id OR {CertainlyOutside}
                     ORDER BY 1
                     """))
        {
            yield return person != holder
                ? $"event_participants {id}: {person ?? "a participant who is not a person"} takes part in {eventId} in office {office}, which is {holder}'s: set position_id to an office of {person ?? "a person"}, or NULL"
                : $"event_participants {id}: {person} takes part in {eventId} ({edtf}) in office {office}, but the event is certainly outside that term (from {start ?? "an unknown day"} to {end ?? "an unknown day"} at the widest): correct the event's date, the term's bounds from the page, or position_id";
        }

        if (!c.Has("statements"))
        {
            yield break;
        }

        foreach (var (statement, person, office, eventId, edtf) in c.Connection.Query<(string Statement, string Person, string Office, string Event, string Edtf)>($"""
                     SELECT s.statement_id, s.speaker_person_id, p.position_id, e.event_id, e.date_edtf
                     FROM statements AS s JOIN events AS e ON e.event_id = s.event_id
                     JOIN event_participants AS ep ON ep.event_id = s.event_id AND ep.person_id = s.speaker_person_id
                     JOIN positions AS p ON p.position_id = ep.position_id
                     WHERE p.person_id = s.speaker_person_id AND {CertainlyOutside}
                     ORDER BY 1, 3
                     """))
        {
            yield return $"statements {statement}: {person} speaks at {eventId} ({edtf}) in office {office}, but the event is certainly outside that term: correct the event's date or the term's bounds from the page";
        }
    }
}
