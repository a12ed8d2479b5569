namespace AzerbaijanSyria.Relations;

/// <summary>Every kind of entity on its own: a person, organization, place, agreement, source or disagreement, with what is attached to it.</summary>
public sealed partial class RelationsDataset
{
    /// <summary>The kinds of entity <see cref="FindEntityKindsAsync"/> looks in, in the order it returns them.</summary>
    public static IReadOnlyList<string> EntityKinds { get; } = ["event", "person", "organization", "place", "agreement", "source", "discrepancy"];

    /// <summary>
    /// A short label for any cited fact (<c>citation_details.subject_kind</c> and <c>subject_id</c> of the
    /// row aliased <c>f</c>): an event's title, a statement's summary, a person's name, a claim, ….
    /// </summary>
    internal const string SubjectLabelSql = """
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
        END
        """;

    /// <summary>The date in EDTF of a cited fact (aliased <c>f</c>) whose kind has one: events, statements and aid deliveries (their event's), agreements and their steps.</summary>
    internal const string SubjectDateSql = """
        CASE f.subject_kind
          WHEN 'event' THEN (SELECT date_edtf FROM events WHERE event_id = f.subject_id)
          WHEN 'statement' THEN (SELECT e.date_edtf FROM statements AS s JOIN events AS e ON e.event_id = s.event_id WHERE s.statement_id = f.subject_id)
          WHEN 'aid_delivery' THEN (SELECT e.date_edtf FROM aid_deliveries AS a JOIN events AS e ON e.event_id = a.event_id WHERE a.aid_delivery_id = f.subject_id)
          WHEN 'agreement' THEN (SELECT date_edtf FROM agreements WHERE agreement_id = f.subject_id)
          WHEN 'agreement_action' THEN (SELECT date_edtf FROM agreement_actions WHERE agreement_action_id = f.subject_id)
        END
        """;

    /// <summary>The sort key of a cited fact's date (aliased <c>f</c>): its earliest possible day, or its latest when only that is known.</summary>
    private const string SubjectDayOrderSql = """
        CASE f.subject_kind
          WHEN 'event' THEN (SELECT coalesce(date_earliest, date_latest) FROM events WHERE event_id = f.subject_id)
          WHEN 'statement' THEN (SELECT coalesce(e.date_earliest, e.date_latest) FROM statements AS s JOIN events AS e ON e.event_id = s.event_id WHERE s.statement_id = f.subject_id)
          WHEN 'aid_delivery' THEN (SELECT coalesce(e.date_earliest, e.date_latest) FROM aid_deliveries AS a JOIN events AS e ON e.event_id = a.event_id WHERE a.aid_delivery_id = f.subject_id)
          WHEN 'agreement' THEN (SELECT coalesce(date_earliest, date_latest) FROM agreements WHERE agreement_id = f.subject_id)
          WHEN 'agreement_action' THEN (SELECT coalesce(date_earliest, date_latest) FROM agreement_actions WHERE agreement_action_id = f.subject_id)
        END
        """;

    /// <summary>
    /// The kinds of entity that have a row with this id, in the order of <see cref="EntityKinds"/>
    /// (ids are unique within a kind; two kinds may in principle share one).
    /// </summary>
    /// <param name="id">An id, e.g. <c>faisal-al-mikdad</c> or <c>socar-syria-gas-mou-2025</c>.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The kinds, empty when no entity has that id.</returns>
    public async Task<IReadOnlyList<string>> FindEntityKindsAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        const string sql = """
            SELECT 'event' AS kind FROM events WHERE event_id = $id
            UNION ALL SELECT 'person' FROM people WHERE person_id = $id
            UNION ALL SELECT 'organization' FROM organizations WHERE organization_id = $id
            UNION ALL SELECT 'place' FROM places WHERE place_id = $id
            UNION ALL SELECT 'agreement' FROM agreements WHERE agreement_id = $id
            UNION ALL SELECT 'source' FROM sources WHERE source_id = $id
            UNION ALL SELECT 'discrepancy' FROM discrepancies WHERE discrepancy_id = $id
            """;
        var kinds = await QueryAsync<string>(sql, static _ => static r => r.GetString(0), cancellationToken, ("$id", id)).ConfigureAwait(false);
        return [.. kinds.OrderBy(k => ((IList<string>)EntityKinds).IndexOf(k))];
    }

    /// <summary>One person: every recorded spelling of the name, their offices, the events they took part in or spoke at (in date order), what they said, and their sources.</summary>
    /// <param name="personId">The person's id, e.g. <c>faisal-al-mikdad</c>.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    /// <returns>The person, or null when there is none with that id.</returns>
    public async Task<PersonDetails?> GetPersonAsync(string personId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(personId);
        const string sql = """
            SELECT p.person_id, p.name, c.name AS country,
                   (SELECT group_concat(n.name, '; ') FROM (SELECT name FROM person_names WHERE person_id = p.person_id ORDER BY name) AS n) AS other_names
            FROM people AS p LEFT JOIN countries AS c ON c.country_id = p.country_id
            WHERE p.person_id = $personId
            """;
        var people = await QueryAsync(sql, RowParsers.Person, cancellationToken, ("$personId", personId)).ConfigureAwait(false);
        if (people.Count == 0)
        {
            return null;
        }

        return new PersonDetails
        {
            Person = people[0],
            Positions = await GetPositionsAsync(personId, cancellationToken: cancellationToken).ConfigureAwait(false),
            Events = await GetPersonEventsAsync(personId, cancellationToken: cancellationToken).ConfigureAwait(false),
            Statements = await QueryAsync(
                "SELECT * FROM statement_details WHERE speaker_id = $personId ORDER BY coalesce(date_earliest, date_latest), event_id, statement_id",
                RowParsers.Statement, cancellationToken, ("$personId", personId)).ConfigureAwait(false),
            Citations = await GetCitationsAsync("person", personId, cancellationToken).ConfigureAwait(false),
        };
    }

    /// <summary>One organization: its offices with their holders, the events it took part in (in date order), the agreements it is a party to, and its sources.</summary>
    /// <param name="organizationId">The organization's id, e.g. <c>socar</c>.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    /// <returns>The organization, or null when there is none with that id.</returns>
    public async Task<OrganizationDetails?> GetOrganizationAsync(string organizationId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(organizationId);
        var id = ("$id", (object?)organizationId);
        const string sql = """
            SELECT o.organization_id, o.name, o.short_name, o.kind, o.country_id, c.name AS country,
                   o.parent_organization_id, parent.name AS parent, o.place_id, pl.name AS place, o.note
            FROM organizations AS o
            LEFT JOIN countries AS c ON c.country_id = o.country_id
            LEFT JOIN organizations AS parent ON parent.organization_id = o.parent_organization_id
            LEFT JOIN places AS pl ON pl.place_id = o.place_id
            WHERE o.organization_id = $id
            """;
        var organizations = await QueryAsync(sql, RowParsers.Organization, cancellationToken, id).ConfigureAwait(false);
        if (organizations.Count == 0)
        {
            return null;
        }

        return new OrganizationDetails
        {
            Organization = organizations[0],
            Positions = await QueryAsync(
                "SELECT * FROM person_positions WHERE organization_id = $id ORDER BY coalesce(start_latest, start_earliest), person_name, position_id",
                RowParsers.PersonPosition, cancellationToken, id).ConfigureAwait(false),
            Events = await QueryAsync(
                $"SELECT t.* FROM timeline AS t WHERE t.event_id IN (SELECT event_id FROM event_participants WHERE organization_id = $id) ORDER BY {TimelineOrder}",
                RowParsers.TimelineEvent, cancellationToken, id).ConfigureAwait(false),
            Agreements = await QueryAsync(
                "SELECT a.* FROM agreement_details AS a WHERE a.agreement_id IN (SELECT agreement_id FROM agreement_parties WHERE organization_id = $id) ORDER BY coalesce(a.date_earliest, a.date_latest), a.agreement_id",
                RowParsers.Agreement, cancellationToken, id).ConfigureAwait(false),
            Citations = await GetCitationsAsync("organization", organizationId, cancellationToken).ConfigureAwait(false),
        };
    }

    /// <summary>One place: the events held there (as their place or one of their places, in date order), the agreements signed there, and its sources.</summary>
    /// <param name="placeId">The place's id, e.g. <c>baku</c>.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    /// <returns>The place, or null when there is none with that id.</returns>
    public async Task<PlaceDetails?> GetPlaceAsync(string placeId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(placeId);
        var id = ("$id", (object?)placeId);
        const string sql = """
            SELECT p.place_id, p.name, p.kind, p.country_id, c.name AS country, p.parent_place_id, parent.name AS parent,
                   p.latitude, p.longitude, p.geonames_id, p.wikidata_id, p.note
            FROM places AS p
            LEFT JOIN countries AS c ON c.country_id = p.country_id
            LEFT JOIN places AS parent ON parent.place_id = p.parent_place_id
            WHERE p.place_id = $id
            """;
        var places = await QueryAsync(sql, RowParsers.Place, cancellationToken, id).ConfigureAwait(false);
        if (places.Count == 0)
        {
            return null;
        }

        return new PlaceDetails
        {
            Place = places[0],
            Events = await QueryAsync(
                $"""
                SELECT t.* FROM timeline AS t
                WHERE t.event_id IN (SELECT event_id FROM events WHERE place_id = $id UNION SELECT event_id FROM event_places WHERE place_id = $id)
                ORDER BY {TimelineOrder}
                """,
                RowParsers.TimelineEvent, cancellationToken, id).ConfigureAwait(false),
            Agreements = await QueryAsync(
                "SELECT a.* FROM agreement_details AS a WHERE a.agreement_id IN (SELECT agreement_id FROM agreements WHERE place_id = $id) ORDER BY coalesce(a.date_earliest, a.date_latest), a.agreement_id",
                RowParsers.Agreement, cancellationToken, id).ConfigureAwait(false),
            Citations = await GetCitationsAsync("place", placeId, cancellationToken).ConfigureAwait(false),
        };
    }

    /// <summary>
    /// One agreement with its status and the steps of its life (each approval, ratification, entry into
    /// force or end recorded in <c>agreement_actions</c>, in date order), the events at which it was signed
    /// or acted on, the documents of a set, its sources and the disagreements about it.
    /// </summary>
    /// <param name="agreementId">The agreement's id, e.g. <c>socar-syria-gas-mou-2025</c>.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    /// <returns>The agreement, or null when there is none with that id.</returns>
    public async Task<AgreementDetails?> GetAgreementAsync(string agreementId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(agreementId);
        var id = ("$id", (object?)agreementId);
        var agreements = await QueryAsync("SELECT * FROM agreement_details WHERE agreement_id = $id", RowParsers.Agreement, cancellationToken, id).ConfigureAwait(false);
        if (agreements.Count == 0)
        {
            return null;
        }

        return new AgreementDetails
        {
            Agreement = agreements[0],
            Actions = await GetAgreementActionsAsync(agreementId, cancellationToken).ConfigureAwait(false),
            Events = await QueryAsync(
                $"""
                SELECT t.* FROM timeline AS t
                WHERE t.event_id IN (SELECT event_id FROM agreement_events WHERE agreement_id = $id UNION SELECT event_id FROM agreement_actions WHERE agreement_id = $id AND event_id IS NOT NULL)
                ORDER BY {TimelineOrder}
                """,
                RowParsers.TimelineEvent, cancellationToken, id).ConfigureAwait(false),
            Parts = await QueryAsync(
                "SELECT * FROM agreement_details WHERE part_of_agreement_id = $id ORDER BY coalesce(date_earliest, date_latest), agreement_id",
                RowParsers.Agreement, cancellationToken, id).ConfigureAwait(false),
            Citations = await GetCitationsAsync("agreement", agreementId, cancellationToken).ConfigureAwait(false),
            Discrepancies = await QueryAsync(
                "SELECT * FROM discrepancy_details WHERE subject_kind = 'agreement' AND subject_id = $id ORDER BY discrepancy_id",
                RowParsers.Discrepancy, cancellationToken, id).ConfigureAwait(false),
        };
    }

    /// <summary>One source with every fact it is cited for (what the fact is, and where in the source: the article's paragraph or the page's locator).</summary>
    /// <param name="sourceId">The source's id.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    /// <returns>The source, or null when there is none with that id.</returns>
    public async Task<SourceDetails?> GetSourceAsync(string sourceId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sourceId);
        var id = ("$id", (object?)sourceId);
        var sources = await QueryAsync("SELECT * FROM sources WHERE source_id = $id", RowParsers.Source, cancellationToken, id).ConfigureAwait(false);
        if (sources.Count == 0)
        {
            return null;
        }

        var sql = $"""
            SELECT f.citation_id, f.subject_kind, f.subject_id, {SubjectLabelSql} AS label, {SubjectDateSql} AS date_edtf,
                   f.paragraph, f.locator, f.link_basis, f.note
            FROM citation_details AS f
            WHERE f.source_id = $id
            ORDER BY f.subject_kind, {SubjectDayOrderSql}, f.subject_id, f.citation_id
            """;
        return new SourceDetails
        {
            Source = sources[0],
            Facts = await QueryAsync(sql, RowParsers.CitedFact, cancellationToken, id).ConfigureAwait(false),
        };
    }

    /// <summary>One disagreement between sources: both claims, each with its own citations.</summary>
    /// <param name="discrepancyId">The disagreement's id, e.g. <c>antalya-meeting-day</c>.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    /// <returns>The disagreement, or null when there is none with that id.</returns>
    public async Task<DiscrepancyDetails?> GetDiscrepancyAsync(string discrepancyId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(discrepancyId);
        var id = ("$id", (object?)discrepancyId);
        var discrepancies = await QueryAsync("SELECT * FROM discrepancy_details WHERE discrepancy_id = $id", RowParsers.Discrepancy, cancellationToken, id).ConfigureAwait(false);
        if (discrepancies.Count == 0)
        {
            return null;
        }

        const string claimSql = """
            SELECT * FROM citation_details
            WHERE subject_kind = 'claim' AND subject_id IN (SELECT claim_id FROM discrepancy_claims WHERE discrepancy_id = $id AND side = $side)
            ORDER BY citation_id
            """;
        return new DiscrepancyDetails
        {
            Discrepancy = discrepancies[0],
            ClaimACitations = await QueryAsync(claimSql, RowParsers.Citation, cancellationToken, id, ("$side", "a")).ConfigureAwait(false),
            ClaimBCitations = await QueryAsync(claimSql, RowParsers.Citation, cancellationToken, id, ("$side", "b")).ConfigureAwait(false),
        };
    }
}
