namespace AzerbaijanSyria.Relations.Export;

/// <summary>
/// The common questions as Datasette canned queries, each the same answer as the library's method and
/// the <c>azsy</c> command named in its description (a test runs each with sample parameters and compares).
/// </summary>
internal static class DatasetteQueries
{
    /// <summary>The order in which <c>azsy offices</c> prints the levels of a country's offices.</summary>
    private const string LevelOrder = """
        CASE office_level WHEN 'head_of_state' THEN 0 WHEN 'head_of_government' THEN 1 WHEN 'foreign_minister' THEN 2
          WHEN 'minister' THEN 3 WHEN 'deputy_minister' THEN 4 WHEN 'speaker' THEN 5 WHEN 'head_of_mission' THEN 6 ELSE 7 END
        """;

    private const string OfficeColumns = """
        country_id AS country, office_level AS level, person_name AS person, position AS title, organization,
          start_earliest, start_latest, start_basis, end_earliest, end_latest, end_basis, evidence_status AS evidence
        """;

    public static IReadOnlyList<DatasetteQuery> All { get; } =
    [
        new()
        {
            Name = "offices_on_day",
            Title = "Who held which office on a day?",
            Description = "The offices whose term certainly covers the day (started no later, ended no earlier, by the sources' bounds), by country and level; day as YYYY-MM-DD, country as an ISO alpha-3 code such as SYR, or empty for every country. The same as azsy offices --on DAY and GetPositionsOnAsync.",
            Parameters = ["day", "country"],
            Sql = $"""
                SELECT {OfficeColumns}
                FROM person_positions
                WHERE start_latest <= :day AND end_earliest >= :day
                  AND (:country = '' OR country_id = :country)
                ORDER BY country_id IS NULL, country_id, {LevelOrder}, person_name, position_id
                """,
        },
        new()
        {
            Name = "offices_in_year",
            Title = "Who held which office in a year? (e.g. Syria's foreign ministers in 2024)",
            Description = "The offices whose term certainly covers at least one day of the year (its latest possible start no later than 31 December, its earliest possible end no earlier than 1 January, and a day certainly in office between them): every holder in turn. Year as YYYY, country as SYR, AZE, … or empty. The same as azsy offices --on YEAR and GetPositionsInAsync.",
            Parameters = ["year", "country"],
            Sql = $"""
                SELECT {OfficeColumns}
                FROM person_positions
                WHERE start_latest <= :year || '-12-31' AND end_earliest >= :year || '-01-01' AND start_latest <= end_earliest
                  AND (:country = '' OR country_id = :country)
                ORDER BY country_id IS NULL, country_id, {LevelOrder}, person_name, position_id
                """,
        },
        new()
        {
            Name = "agreements_by_status",
            Title = "Which agreements have a given status (in force, signed, …)?",
            Description = "The agreements by signing date with kind, status, parties and the steps after signing; status as signed, initialled, in_force, expired or unknown, or empty for all. No row for in_force means no page records an entry into force: see agreement_action_details for the steps that are recorded. The same as azsy agreements --status STATUS.",
            Parameters = ["status"],
            Sql = """
                SELECT agreement_id, date_signed AS signed, kind, status, parties, actions AS steps_after_signing
                FROM agreement_details
                WHERE :status = '' OR status = :status
                ORDER BY coalesce(date_earliest, date_latest), agreement_id
                """,
        },
        new()
        {
            Name = "agreement_life",
            Title = "The life of an agreement, step by step",
            Description = "An agreement's signing, then each step recorded after it (approval, ratification, entry into force, end) in date order, with who acted, how and how the date is known. The same as azsy show AGREEMENT_ID and GetAgreementAsync.",
            Parameters = ["agreement_id"],
            Sql = """
                SELECT step, date, party, method, date_basis, note FROM (
                  SELECT 0 AS seq, NULL AS day, NULL AS step_id, 'signature' AS step, date_signed AS date, signatories AS party, NULL AS method, date_basis, NULL AS note
                  FROM agreement_details WHERE agreement_id = :agreement_id
                  UNION ALL
                  SELECT 1, coalesce(date_earliest, date_latest) || '/' || coalesce(date_latest, date_earliest), agreement_action_id, action, date_edtf, party, method, date_basis, note
                  FROM agreement_action_details WHERE agreement_id = :agreement_id)
                ORDER BY seq, day, step_id
                """,
        },
        new()
        {
            Name = "one_sided_facts",
            Title = "Which facts does only one side's own voice report?",
            Description = "Facts whose every citation is the government or state media of one side (AZE or SYR) and no other source, not even that country's private media; side as AZE, SYR or empty for both. The same as azsy one-sided and GetOneSidedFactsAsync.",
            Parameters = ["side"],
            Sql = """
                SELECT reported_only_by, subject_kind, subject_id, label, date_edtf, independent_sources FROM (
                  SELECT f.subject_kind, f.subject_id,
                    CASE f.subject_kind
                      WHEN 'event' THEN (SELECT title FROM events WHERE event_id = f.subject_id)
                      WHEN 'statement' THEN (SELECT coalesce(p.name, o.name) || ': ' || s.summary FROM statements AS s
                                             LEFT JOIN people AS p ON p.person_id = s.speaker_person_id
                                             LEFT JOIN organizations AS o ON o.organization_id = s.speaker_organization_id
                                             WHERE s.statement_id = f.subject_id)
                      WHEN 'aid_delivery' THEN (SELECT coalesce(contents, 'aid delivery') FROM aid_deliveries WHERE aid_delivery_id = f.subject_id)
                      WHEN 'agreement' THEN (SELECT title FROM agreements WHERE agreement_id = f.subject_id)
                      WHEN 'agreement_action' THEN (SELECT action || coalesce(' by ' || party, '') || ': ' || agreement FROM agreement_action_details WHERE agreement_action_id = f.subject_id)
                      WHEN 'position' THEN (SELECT pe.name || ', ' || po.title FROM positions AS po JOIN people AS pe ON pe.person_id = po.person_id WHERE po.position_id = f.subject_id)
                      WHEN 'person' THEN (SELECT name FROM people WHERE person_id = f.subject_id)
                      WHEN 'organization' THEN (SELECT name FROM organizations WHERE organization_id = f.subject_id)
                      WHEN 'place' THEN (SELECT name FROM places WHERE place_id = f.subject_id)
                      WHEN 'trade_flow' THEN (SELECT year || ' ' || flow || coalesce(' ' || commodity, '') FROM trade_flows WHERE trade_flow_id = f.subject_id)
                      WHEN 'assessment' THEN (SELECT summary FROM assessments WHERE assessment_id = f.subject_id)
                      WHEN 'claim' THEN (SELECT claim FROM discrepancy_claims WHERE claim_id = f.subject_id)
                    END AS label,
                    CASE f.subject_kind
                      WHEN 'event' THEN (SELECT date_edtf FROM events WHERE event_id = f.subject_id)
                      WHEN 'statement' THEN (SELECT e.date_edtf FROM statements AS s JOIN events AS e ON e.event_id = s.event_id WHERE s.statement_id = f.subject_id)
                      WHEN 'aid_delivery' THEN (SELECT e.date_edtf FROM aid_deliveries AS a JOIN events AS e ON e.event_id = a.event_id WHERE a.aid_delivery_id = f.subject_id)
                      WHEN 'agreement' THEN (SELECT date_edtf FROM agreements WHERE agreement_id = f.subject_id)
                      WHEN 'agreement_action' THEN (SELECT date_edtf FROM agreement_actions WHERE agreement_action_id = f.subject_id)
                    END AS date_edtf,
                    CASE WHEN f.azerbaijani_official_sources > 0 THEN 'AZE' ELSE 'SYR' END AS reported_only_by,
                    f.independent_sources
                  FROM fact_support AS f
                  WHERE f.other_sources = 0
                    AND (f.azerbaijani_official_sources = 0) <> (f.syrian_official_sources = 0))
                WHERE :side = '' OR reported_only_by = :side
                ORDER BY reported_only_by, subject_kind, subject_id
                """,
        },
        new()
        {
            Name = "person_events",
            Title = "A person's events, in date order, with the office held at each",
            Description = "The events a person took part in or spoke at, earliest first, with their role and the office recorded for them at the event; person_id as in the people table (azsy list people). The same as azsy show PERSON_ID and GetPersonEventsAsync.",
            Parameters = ["person_id"],
            Sql = """
                SELECT t.date_edtf, t.title, t.event_id,
                  (SELECT group_concat(role, '; ') FROM (SELECT role FROM event_participants WHERE event_id = t.event_id AND person_id = :person_id ORDER BY participant_id)) AS role,
                  (SELECT group_concat(po.title, '; ') FROM event_participants AS ep JOIN positions AS po ON po.position_id = ep.position_id WHERE ep.event_id = t.event_id AND ep.person_id = :person_id) AS office
                FROM timeline AS t
                WHERE t.event_id IN (SELECT event_id FROM event_participants WHERE person_id = :person_id
                                     UNION SELECT event_id FROM statements WHERE speaker_person_id = :person_id)
                ORDER BY coalesce(t.date_earliest, t.date_latest), t.date_latest, t.event_id
                """,
        },
        new()
        {
            Name = "event_participants_with_offices",
            Title = "Who took part in an event, with the office each held at the time",
            Description = "Each participant of an event, with role and, for a person, the office recorded for them at the event; event_id as in the timeline. The same as azsy show EVENT_ID and GetEventAsync.",
            Parameters = ["event_id"],
            Sql = """
                SELECT name, role, participant_kind, participant_id_text AS participant_id, position AS office, position_id
                FROM participant_labels WHERE event_id = :event_id ORDER BY participant_labels.participant_id
                """,
        },
        new()
        {
            Name = "source_facts",
            Title = "What a source is cited for, and where in it",
            Description = "Every fact a source is cited for, with the article's paragraph or the page's locator; source_id as in the sources table. The same as azsy show SOURCE_ID and GetSourceAsync.",
            Parameters = ["source_id"],
            Sql = """
                SELECT subject_kind, subject_id, paragraph, locator, link_basis, note
                FROM citation_details WHERE source_id = :source_id
                ORDER BY subject_kind, subject_id, citation_id
                """,
        },
        new()
        {
            Name = "discrepancy_claims_with_sources",
            Title = "Both sides of a disagreement, each with its sources",
            Description = "The two claims of a disagreement between sources, each with every source cited for it and where in it; discrepancy_id as in discrepancy_details. The same as azsy show DISCREPANCY_ID and GetDiscrepancyAsync.",
            Parameters = ["discrepancy_id"],
            Sql = """
                SELECT dc.side, dc.claim, cd.publisher, cd.publisher_kind, cd.publisher_country_id, coalesce(cd.url, cd.source_title) AS source, cd.paragraph, cd.locator
                FROM discrepancy_claims AS dc
                LEFT JOIN citation_details AS cd ON cd.subject_kind = 'claim' AND cd.subject_id = dc.claim_id
                WHERE dc.discrepancy_id = :discrepancy_id
                ORDER BY dc.side, cd.citation_id
                """,
        },
    ];
}
