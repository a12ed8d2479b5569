using Dapper;

namespace AzerbaijanSyria.Relations.Tests;

/// <summary>
/// The library's answers to the common questions (every entity kind on its own, offices in a period, facts
/// only one side's own voices report), on the fixture where rows can be read off <c>fixture.sql</c>, and
/// on the shipped file against SQL written apart from the library's.
/// </summary>
public sealed class AnswersTests
{
    private static Task<RelationsDataset> OpenFixture() => RelationsDataset.OpenAsync(FixtureDatabase.Path);

    private static Task<RelationsDataset> OpenShipped() => RelationsDataset.OpenAsync(Repo.ShippedDatabase);

    [Theory]
    [InlineData("ayla-minister", "person")]
    [InlineData("socar", "organization")]
    [InlineData("baku", "place")]
    [InlineData("gas-memorandum", "agreement")]
    [InlineData("page-a", "source")]
    [InlineData("minister-visits-damascus", "event")]
    public async Task FindEntityKindsAsync_names_the_kind_of_the_row_when_one_kind_has_the_id(string id, string kind)
    {
        await using var db = await OpenFixture();

        Assert.Equal([kind], await db.FindEntityKindsAsync(id));
    }

    [Fact]
    public async Task FindEntityKindsAsync_returns_nothing_when_no_entity_has_the_id()
    {
        await using var db = await OpenFixture();

        Assert.Empty(await db.FindEntityKindsAsync("no-such-id"));
    }

    [Fact]
    public async Task FindEntityKindsAsync_finds_every_id_of_every_kind_when_run_on_the_shipped_file()
    {
        await using var db = await OpenShipped();
        var ids = db.Connection.Query<(string Kind, string Id)>(
            """
            SELECT 'person', person_id FROM people UNION ALL SELECT 'organization', organization_id FROM organizations
            UNION ALL SELECT 'place', place_id FROM places UNION ALL SELECT 'agreement', agreement_id FROM agreements
            UNION ALL SELECT 'source', source_id FROM sources UNION ALL SELECT 'discrepancy', discrepancy_id FROM discrepancies
            """).ToList();

        Assert.NotEmpty(ids);
        foreach (var (kind, id) in ids)
        {
            Assert.Contains(kind, await db.FindEntityKindsAsync(id));
        }
    }

    [Fact]
    public async Task GetPersonAsync_returns_the_person_with_offices_events_and_sources_when_the_id_exists()
    {
        await using var db = await OpenFixture();

        var person = await db.GetPersonAsync("ayla-minister");

        Assert.NotNull(person);
        Assert.Equal("Ayla Minister", person.Person.Name);
        Assert.Equal(["ayla-minister-foreign-minister"], person.Positions.Select(p => p.PositionId));
        Assert.Equal((await db.GetPersonEventsAsync("ayla-minister")).Select(e => e.EventId), person.Events.Select(e => e.EventId));
        Assert.Contains(person.Events, e => e.EventId == "minister-visits-damascus");
        Assert.Equal(["page-a"], person.Citations.Select(c => c.SourceId));
        Assert.Null(await db.GetPersonAsync("no-such-person"));
    }

    [Fact]
    public async Task GetPersonAsync_lists_events_in_date_order_with_every_recorded_spelling_when_run_on_the_shipped_file()
    {
        await using var db = await OpenShipped();
        var personId = db.Connection.QueryFirst<string>(
            "SELECT person_id FROM person_names GROUP BY person_id ORDER BY count(*) DESC, person_id");

        var person = (await db.GetPersonAsync(personId))!;

        var spellings = db.Connection.Query<string>("SELECT name FROM person_names WHERE person_id = @personId ORDER BY name", new { personId }).ToList();
        Assert.Equal(string.Join("; ", spellings), person.Person.OtherNames);
        var expected = db.Connection.Query<string>(
            """
            SELECT event_id FROM events
            WHERE event_id IN (SELECT event_id FROM event_participants WHERE person_id = @personId UNION SELECT event_id FROM statements WHERE speaker_person_id = @personId)
            ORDER BY coalesce(date_earliest, date_latest), date_latest, event_id
            """, new { personId }).ToList();
        Assert.Equal(expected, person.Events.Select(e => e.EventId));
    }

    [Fact]
    public async Task GetOrganizationAsync_returns_its_events_agreements_and_sources_when_the_id_exists()
    {
        await using var db = await OpenFixture();

        var socar = await db.GetOrganizationAsync("socar");

        Assert.NotNull(socar);
        Assert.Equal("SOCAR", socar.Organization.ShortName);
        Assert.Equal("Azerbaijan", socar.Organization.Country);
        Assert.Equal(["gas-memorandum-signed"], socar.Events.Select(e => e.EventId));
        Assert.Contains(socar.Agreements, a => a.AgreementId == "gas-memorandum");
        Assert.Equal(["page-b"], socar.Citations.Select(c => c.SourceId));
        Assert.Null(await db.GetOrganizationAsync("no-such-organization"));
    }

    [Fact]
    public async Task GetPlaceAsync_returns_the_events_held_there_in_date_order_when_the_id_exists()
    {
        await using var db = await OpenShipped();
        var placeId = db.Connection.QueryFirst<string>("SELECT place_id FROM events WHERE place_id IS NOT NULL GROUP BY place_id ORDER BY count(*) DESC, place_id");

        var place = (await db.GetPlaceAsync(placeId))!;

        var expected = db.Connection.Query<string>(
            """
            SELECT event_id FROM events
            WHERE place_id = @placeId OR event_id IN (SELECT event_id FROM event_places WHERE place_id = @placeId)
            ORDER BY coalesce(date_earliest, date_latest), date_latest, event_id
            """, new { placeId }).ToList();
        Assert.Equal(expected, place.Events.Select(e => e.EventId));
        Assert.Equal(placeId, place.Place.PlaceId);
        Assert.Null(await db.GetPlaceAsync("no-such-place"));
    }

    [Fact]
    public async Task GetAgreementAsync_lists_every_recorded_step_in_date_order_and_the_documents_of_a_set_when_run_on_the_shipped_file()
    {
        await using var db = await OpenShipped();
        var agreementIds = db.Connection.Query<string>("SELECT agreement_id FROM agreements ORDER BY agreement_id").ToList();

        Assert.NotEmpty(agreementIds);
        foreach (var id in agreementIds)
        {
            var agreement = (await db.GetAgreementAsync(id))!;
            var steps = db.Connection.Query<string>(
                "SELECT agreement_action_id FROM agreement_actions WHERE agreement_id = @id ORDER BY coalesce(date_earliest, date_latest), coalesce(date_latest, date_earliest), agreement_action_id",
                new { id }).ToList();
            var parts = db.Connection.Query<string>("SELECT agreement_id FROM agreements WHERE part_of_agreement_id = @id ORDER BY agreement_id", new { id }).ToList();
            var status = db.Connection.QuerySingle<string>("SELECT status FROM agreements WHERE agreement_id = @id", new { id });

            Assert.Equal(steps, agreement.Actions.Select(a => a.AgreementActionId));
            Assert.Equal(parts, agreement.Parts.Select(p => p.AgreementId).Order(StringComparer.Ordinal));
            Assert.Equal(status, agreement.Agreement.Status);
        }

        Assert.Null(await db.GetAgreementAsync("no-such-agreement"));
    }

    [Fact]
    public async Task GetSourceAsync_lists_every_fact_the_source_is_cited_for_with_a_label_when_run_on_the_shipped_file()
    {
        await using var db = await OpenShipped();
        var counts = db.Connection.Query<(string SourceId, long Count)>("SELECT source_id, count(*) FROM citations GROUP BY source_id").ToList();

        Assert.NotEmpty(counts);
        foreach (var (sourceId, count) in counts)
        {
            var source = (await db.GetSourceAsync(sourceId))!;

            Assert.Equal(count, source.Facts.Count);
            // Every kind of cited fact has a label: a kind the label's CASE forgot would show as null.
            Assert.All(source.Facts, f => Assert.False(string.IsNullOrEmpty(f.Label), $"{f.SubjectKind} {f.SubjectId} has no label"));
        }

        Assert.Null(await db.GetSourceAsync("no-such-source"));
    }

    [Fact]
    public async Task GetDiscrepancyAsync_cites_each_claim_with_its_own_sources_when_run_on_the_shipped_file()
    {
        await using var db = await OpenShipped();
        var ids = db.Connection.Query<string>("SELECT discrepancy_id FROM discrepancies").ToList();

        Assert.NotEmpty(ids);
        foreach (var id in ids)
        {
            var details = (await db.GetDiscrepancyAsync(id))!;
            IEnumerable<long> Citations(string side) => db.Connection.Query<long>(
                "SELECT ci.citation_id FROM citations AS ci JOIN discrepancy_claims AS dc ON dc.claim_id = ci.claim_id WHERE dc.discrepancy_id = @id AND dc.side = @side ORDER BY ci.citation_id",
                new { id, side });

            Assert.Equal(Citations("a"), details.ClaimACitations.Select(c => c.CitationId));
            Assert.Equal(Citations("b"), details.ClaimBCitations.Select(c => c.CitationId));
        }

        Assert.Null(await db.GetDiscrepancyAsync("no-such-discrepancy"));
    }

    [Theory]
    [InlineData("2005-03-01")]
    [InlineData("2022-06-01")]
    [InlineData("2025-07-12")]
    public async Task GetPositionsInAsync_returns_what_GetPositionsOnAsync_returns_when_the_period_is_one_day(string day)
    {
        await using var db = await OpenShipped();
        var date = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);

        var inPeriod = await db.GetPositionsInAsync(date, date);

        Assert.NotEmpty(inPeriod);
        Assert.Equal((await db.GetPositionsOnAsync(date)).Select(p => p.PositionId), inPeriod.Select(p => p.PositionId));
    }

    [Fact]
    public async Task GetPositionsInAsync_refuses_a_period_that_ends_before_it_starts()
    {
        await using var db = await OpenFixture();

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => db.GetPositionsInAsync(new DateOnly(2022, 1, 2), new DateOnly(2022, 1, 1)));

        Assert.Contains("2022-01-02", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetOneSidedFactsAsync_reports_a_fact_cited_only_by_one_side_s_state_media_and_not_one_with_another_source()
    {
        await using var db = await OpenFixture();

        var facts = await db.GetOneSidedFactsAsync();

        // page-a is Azerbaijani state media; the statement cites only it, the visit also cites the article.
        Assert.Contains(facts, f => f.SubjectKind == "statement" && f.SubjectId == "minister-praises-talks" && f.ReportedOnlyBy == "AZE");
        Assert.DoesNotContain(facts, f => f.SubjectId == "minister-visits-damascus");
        Assert.Empty(await db.GetOneSidedFactsAsync("SYR"));
    }

    [Fact]
    public async Task GetOneSidedFactsAsync_returns_the_facts_whose_every_citation_is_one_side_s_official_voice_when_run_on_the_shipped_file()
    {
        await using var db = await OpenShipped();
        var expected = db.Connection.Query<(string Kind, string Id, string Side)>(
            """
            SELECT subject_kind, subject_id, min(publisher_country_id)
            FROM citation_details
            GROUP BY subject_kind, subject_id
            HAVING sum(CASE WHEN publisher_kind IN ('government', 'state_media') AND publisher_country_id IN ('AZE', 'SYR') THEN 0 ELSE 1 END) = 0
               AND count(DISTINCT publisher_country_id) = 1
            """).Order().ToList();

        var facts = await db.GetOneSidedFactsAsync();
        var syrian = await db.GetOneSidedFactsAsync("SYR");
        var events = await db.GetOneSidedFactsAsync(subjectKind: "event");

        Assert.NotEmpty(expected);
        Assert.Equal(expected, facts.Select(f => (f.SubjectKind, f.SubjectId, f.ReportedOnlyBy)).Order());
        Assert.Equal(expected.Where(e => e.Side == "SYR"), syrian.Select(f => (f.SubjectKind, f.SubjectId, f.ReportedOnlyBy)).Order());
        Assert.Equal(
            db.Connection.Query<string>("SELECT event_id FROM one_sided_events ORDER BY event_id"),
            events.Select(e => e.SubjectId).Order(StringComparer.Ordinal));
        Assert.All(facts, f => Assert.False(string.IsNullOrEmpty(f.Label)));
    }

    [Fact]
    public async Task GetOneSidedFactsAsync_refuses_a_side_that_is_not_one_of_the_two()
    {
        await using var db = await OpenFixture();

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => db.GetOneSidedFactsAsync("TUR"));

        Assert.Contains("'TUR'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("AZE or SYR", ex.Message, StringComparison.Ordinal);
    }
}
