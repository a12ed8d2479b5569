using Dapper;

namespace AzerbaijanSyria.Relations.Tests;

/// <summary>
/// What each query of the library returns, on the frozen fixture (<c>Fixtures/fixture.sql</c>), where
/// every expected row can be read off the script. <see cref="ShippedQueryTests"/> checks the same
/// queries on the shipped file against plain SQL.
/// </summary>
public sealed class RelationsDatasetTests
{
    private static Task<RelationsDataset> OpenFixture() => RelationsDataset.OpenAsync(FixtureDatabase.Path);

    [Fact]
    public async Task GetTimelineAsync_returns_every_event_in_date_order_when_unfiltered()
    {
        await using var db = await OpenFixture();

        var events = await db.GetTimelineAsync();

        // An open start sorts by its known end (2022-06-30).
        Assert.Equal(
            ["minister-visits-damascus", "envoy-meets-ministry", "aid-convoy-sent", "gas-memorandum-signed", "secret-meeting-reported", "embassy-reopens"],
            events.Select(e => e.EventId));
        var first = events[0];
        Assert.Equal(new DateOnly(2020, 1, 15), first.DateEarliest);
        Assert.Equal("042", first.CameoCode);
        Assert.Equal("Make a visit", first.EventType);
        Assert.Equal(1, first.QuadClass);
        Assert.Equal("Damascus", first.Place);
        Assert.Equal("Ayla Minister (visitor)", first.Participants);
        Assert.Equal("Azerbaijan (visitor)", first.ParticipantCountries);
        Assert.Equal("energy; trade", first.Topics);
        Assert.Equal("1", first.ArticleParagraphs);
    }

    // aid-convoy-sent is known only as "on or before 2022-06-30": it may fall in any range from 1992 that starts by then.
    [Theory]
    [InlineData("2022-01-01", "2022-12-31", new[] { "aid-convoy-sent", "gas-memorandum-signed" })]
    [InlineData("2023-01-01", "2023-12-31", new[] { "gas-memorandum-signed", "secret-meeting-reported" })]
    [InlineData("2021-03-31", "2021-03-31", new[] { "envoy-meets-ministry", "aid-convoy-sent" })]
    [InlineData("2020-01-16", "2021-02-28", new[] { "aid-convoy-sent" })]
    [InlineData("2019-01-01", "2019-12-31", new[] { "aid-convoy-sent" })]
    [InlineData("2022-07-01", "2022-12-19", new string[0])]
    [InlineData("1980-01-01", "1991-12-31", new string[0])]
    public async Task GetTimelineAsync_returns_events_that_may_fall_in_the_range_when_match_is_possible(string from, string to, string[] expected)
    {
        await using var db = await OpenFixture();

        var possible = await db.GetTimelineAsync(DateOnly.Parse(from), DateOnly.Parse(to), DateRangeMatch.Possible);

        Assert.Equal(expected, possible.Select(e => e.EventId));
    }

    // By default, "on or before 2022-06-30" falls in 2021 or 2022 (the report's year or the year before), not in 2019 or 2020.
    [Theory]
    [InlineData("2022-01-01", "2022-12-31", new[] { "aid-convoy-sent", "gas-memorandum-signed" })]
    [InlineData("2021-03-31", "2021-03-31", new[] { "envoy-meets-ministry", "aid-convoy-sent" })]
    [InlineData("2020-01-16", "2021-02-28", new[] { "aid-convoy-sent" })]
    [InlineData("2020-01-01", "2020-12-31", new[] { "minister-visits-damascus" })]
    [InlineData("2019-01-01", "2019-12-31", new string[0])]
    [InlineData("2022-07-01", "2022-12-19", new string[0])]
    public async Task GetTimelineAsync_returns_events_whose_known_dates_do_not_put_them_outside_the_range_when_no_reading_is_named(string from, string to, string[] expected)
    {
        await using var db = await OpenFixture();

        var events = await db.GetTimelineAsync(from: DateOnly.Parse(from), to: DateOnly.Parse(to));
        var plausible = await db.GetTimelineAsync(DateOnly.Parse(from), DateOnly.Parse(to), DateRangeMatch.Plausible);

        Assert.Equal(expected, events.Select(e => e.EventId));
        Assert.Equal(expected, plausible.Select(e => e.EventId));
    }

    [Theory]
    [InlineData("2022-01-01", "2022-12-31", new string[0])]
    [InlineData("2023-01-01", "2023-12-31", new[] { "secret-meeting-reported" })]
    [InlineData("2021-03-01", "2021-03-31", new[] { "envoy-meets-ministry" })]
    [InlineData("2021-03-31", "2021-03-31", new string[0])]
    [InlineData("2022-12-01", "2023-01-31", new[] { "gas-memorandum-signed" })]
    [InlineData("2000-01-01", "2022-06-30", new[] { "minister-visits-damascus", "envoy-meets-ministry" })]
    public async Task GetTimelineAsync_returns_only_events_certainly_in_the_range_when_match_is_certain(string from, string to, string[] expected)
    {
        await using var db = await OpenFixture();

        var events = await db.GetTimelineAsync(DateOnly.Parse(from), DateOnly.Parse(to), DateRangeMatch.Certain);

        Assert.Equal(expected, events.Select(e => e.EventId));
    }

    [Fact]
    public async Task GetTimelineAsync_keeps_an_open_bound_out_of_a_certain_range_but_not_of_an_open_one()
    {
        await using var db = await OpenFixture();

        // With no lower bound asked for, "on or before 2022-06-30" is certainly on or before 2022-12-31.
        var upTo = await db.GetTimelineAsync(null, new DateOnly(2022, 12, 31), DateRangeMatch.Certain);

        Assert.Contains("aid-convoy-sent", upTo.Select(e => e.EventId));
    }

    [Fact]
    public async Task GetTimelineAsync_filters_by_cameo_root_and_topic()
    {
        await using var db = await OpenFixture();

        Assert.Equal(["minister-visits-damascus", "envoy-meets-ministry", "secret-meeting-reported"], (await db.GetTimelineAsync(cameoRoot: "04")).Select(e => e.EventId));
        Assert.Equal(["minister-visits-damascus"], (await db.GetTimelineAsync(topic: "energy")).Select(e => e.EventId));
        Assert.Empty(await db.GetTimelineAsync(cameoRoot: "04", topic: "humanitarian-aid"));
    }

    [Fact]
    public async Task GetTimelineAsync_leaves_out_unnamed_sources_when_confirmed_only()
    {
        await using var db = await OpenFixture();

        var confirmed = await db.GetTimelineAsync(sources: SourceFilter.Confirmed);

        Assert.Equal(5, confirmed.Count);
        Assert.DoesNotContain(confirmed, e => e.EventId == "secret-meeting-reported");
    }

    [Fact]
    public async Task GetTimelineAsync_returns_only_events_the_article_states_when_article_only()
    {
        await using var db = await OpenFixture();

        var article = await db.GetTimelineAsync(sources: SourceFilter.Article);

        Assert.Equal(["minister-visits-damascus", "embassy-reopens"], article.Select(e => e.EventId));
    }

    [Fact]
    public async Task GetEventAsync_returns_participants_statements_and_citations_when_event_exists()
    {
        await using var db = await OpenFixture();

        var visit = await db.GetEventAsync("minister-visits-damascus");

        Assert.NotNull(visit);
        Assert.Equal([("person", "ayla-minister", "visitor"), ("country", "AZE", "visitor")], visit.Participants.Select(p => (p.ParticipantKind, p.ParticipantId, p.Role)));
        var statement = Assert.Single(visit.Statements);
        Assert.Equal(("minister-praises-talks", "Ayla Minister", "Paraphrased."), (statement.StatementId, statement.Speaker, statement.Note));
        Assert.Equal([("fixture-article", (int?)1), ("page-a", null)], visit.Citations.Select(c => (c.SourceId, c.Paragraph)));
        Assert.Null(visit.Citations[0].Url);
        Assert.Equal("https://example.org/a", visit.Citations[1].Url);
        Assert.Empty(visit.Discrepancies);
    }

    [Fact]
    public async Task GetEventAsync_includes_discrepancies_of_the_event_and_of_agreements_signed_at_it()
    {
        await using var db = await OpenFixture();

        Assert.Equal(["reopening-day"], (await db.GetEventAsync("embassy-reopens"))!.Discrepancies.Select(d => d.DiscrepancyId));
        Assert.Equal(["memorandum-value"], (await db.GetEventAsync("gas-memorandum-signed"))!.Discrepancies.Select(d => d.DiscrepancyId));
    }

    [Fact]
    public async Task GetEventAsync_returns_null_when_no_event_has_the_id()
    {
        await using var db = await OpenFixture();

        Assert.Null(await db.GetEventAsync("no-such-event"));
    }

    [Theory]
    [InlineData("2021-03-15", new[] { "ayla-minister", "samir-envoy" })]
    [InlineData("2021-06-01", new[] { "ayla-minister" })]
    [InlineData("2019-01-01", new[] { "ayla-minister" })]
    [InlineData("2023-01-01", new string[0])]
    public async Task GetPositionsOnAsync_returns_offices_certainly_held_on_the_day(string day, string[] expected)
    {
        await using var db = await OpenFixture();

        var held = await db.GetPositionsOnAsync(DateOnly.Parse(day));

        Assert.Equal(expected, held.Select(p => p.PersonId));
    }

    [Fact]
    public async Task GetPositionsAsync_returns_a_person_s_offices_with_bounds()
    {
        await using var db = await OpenFixture();

        var envoy = Assert.Single(await db.GetPositionsAsync("samir-envoy"));

        Assert.Equal(("Envoy", "Syria"), (envoy.Position, envoy.Country));
        Assert.Null(envoy.StartEarliest);
        Assert.Equal(new DateOnly(2021, 3, 1), envoy.StartLatest);
        Assert.Equal(new DateOnly(2021, 3, 31), envoy.EndEarliest);
        Assert.Null(envoy.EndLatest);
        Assert.Equal(2, (await db.GetPositionsAsync()).Count);
    }

    [Fact]
    public async Task GetPersonEventsAsync_returns_events_a_person_took_part_in_or_spoke_at()
    {
        await using var db = await OpenFixture();

        Assert.Equal(["minister-visits-damascus"], (await db.GetPersonEventsAsync("ayla-minister")).Select(e => e.EventId));
        Assert.Equal(["envoy-meets-ministry"], (await db.GetPersonEventsAsync("samir-envoy")).Select(e => e.EventId));
    }

    [Fact]
    public async Task FindPeopleAsync_finds_a_person_by_another_spelling_ignoring_case()
    {
        await using var db = await OpenFixture();

        var person = Assert.Single(await db.FindPeopleAsync("MINISTR"));

        Assert.Equal(("ayla-minister", "Azerbaijan", "Ajla Ministr"), (person.PersonId, person.Country, person.OtherNames));
        Assert.Empty(await db.FindPeopleAsync("nobody"));
    }

    [Fact]
    public async Task GetAgreementsAsync_matches_a_country_s_organizations_when_party_is_a_country()
    {
        await using var db = await OpenFixture();

        Assert.Equal(["visa-agreement", "gas-memorandum"], (await db.GetAgreementsAsync(party: "SYR")).Select(a => a.AgreementId));
        Assert.Equal(["gas-memorandum"], (await db.GetAgreementsAsync(party: "socar")).Select(a => a.AgreementId));
    }

    [Fact]
    public async Task GetAgreementsAsync_filters_by_kind_and_topic_and_keeps_every_field()
    {
        await using var db = await OpenFixture();

        var memorandum = Assert.Single(await db.GetAgreementsAsync(kind: "memorandum_of_understanding"));
        var diplomacy = Assert.Single(await db.GetAgreementsAsync(topic: "diplomacy"));

        Assert.Equal("visa-agreement", diplomacy.AgreementId);
        Assert.Equal(("[2022-12-20..2023-01-10]", "range", "derived"), (memorandum.DateSigned, memorandum.DatePrecision, memorandum.DateBasis));
        Assert.Equal((5_000_000d, "USD", true), (memorandum.ValueAmount!.Value, memorandum.ValueCurrency, memorandum.ValueApproximate));
        Assert.Equal(new DateOnly(2030, 12, 31), memorandum.ValidUntil);
        Assert.Equal("State Oil Company of Azerbaijan; Government of Syria", memorandum.Parties);
        Assert.Empty(await db.GetAgreementsAsync(sources: SourceFilter.Article));
    }

    [Fact]
    public async Task GetAidDeliveriesAsync_and_totals_count_only_given_quantities_and_keep_approximate_weights_apart()
    {
        await using var db = await OpenFixture();

        var delivery = Assert.Single(await db.GetAidDeliveriesAsync());
        var totals = await db.GetAidTotalsAsync();

        Assert.Equal(("food-convoy", "[..2022-06-30]", true), (delivery.AidDeliveryId, delivery.DateEdtf, delivery.TonnesApproximate));
        Assert.Null(delivery.ArrivalDateEdtf);
        Assert.Equal(new AidTotals { Deliveries = 1, Trucks = 5, DeliveriesWithTrucks = 1, Tonnes = 100, DeliveriesWithTonnes = 1, ApproximateTonnes = 100, DeliveriesWithApproximateTonnes = 1 }, totals);
        Assert.Equal(0, (await db.GetAidTotalsAsync(SourceFilter.Article)).Deliveries);
    }

    [Fact]
    public async Task GetStatementsAsync_returns_a_speaker_s_statements()
    {
        await using var db = await OpenFixture();

        Assert.Equal(["ministry-welcomes-envoy"], (await db.GetStatementsAsync("mfa-azerbaijan")).Select(s => s.StatementId));
        Assert.Equal(["minister-praises-talks", "ministry-welcomes-envoy"], (await db.GetStatementsAsync()).Select(s => s.StatementId));
    }

    [Fact]
    public async Task GetTradeAsync_returns_a_year_s_flows_and_flags_a_part_year()
    {
        await using var db = await OpenFixture();

        var flow = Assert.Single(await db.GetTradeAsync(2023));

        Assert.Equal(("export", 160.49, "thousand USD"), (flow.Flow, flow.Value!.Value, flow.Unit));
        Assert.True(flow.IsPartialYear);
        Assert.False(Assert.Single(await db.GetTradeAsync(2021)).IsPartialYear);
    }

    [Fact]
    public async Task GetCitationsAsync_returns_the_sources_of_a_fact_in_order()
    {
        await using var db = await OpenFixture();

        var citations = await db.GetCitationsAsync("event", "embassy-reopens");

        Assert.Equal([("fixture-article", (int?)2, (string?)null), ("page-a", null, "https://example.org/a")], citations.Select(c => (c.SourceId, c.Paragraph, c.Url)));
    }

    [Fact]
    public async Task GetSourcesAsync_lists_the_article_first()
    {
        await using var db = await OpenFixture();

        var sources = await db.GetSourcesAsync();

        // The fixture keeps the files its reference tables were loaded from.
        Assert.Equal(["fixture-article", "page-a", "page-b", "page-unrecorded"], sources.Where(s => s.Kind != "data_file").Select(s => s.SourceId));
        Assert.Equal("fixture-article", sources[0].SourceId);
        Assert.Equal(2, sources[0].ParagraphCount);
        Assert.Equal(new DateOnly(2021, 3, 5), sources.Single(s => s.SourceId == "page-a").DatePublished);
    }

    [Fact]
    public async Task GetDiscrepanciesAsync_returns_both_claims_with_their_sources()
    {
        await using var db = await OpenFixture();

        var discrepancies = await db.GetDiscrepanciesAsync();

        Assert.Equal(["memorandum-value", "reopening-day"], discrepancies.Select(d => d.DiscrepancyId));
        var reopening = discrepancies[1];
        Assert.Equal(("event", "embassy-reopens"), (reopening.SubjectKind, reopening.SubjectId));
        Assert.Equal(("https://example.org/a", "A page whose address was not kept"), (reopening.SourcesA, reopening.SourcesB));
    }

    [Fact]
    public async Task SearchAsync_finds_events_statements_and_agreements()
    {
        await using var db = await OpenFixture();

        var hits = await db.SearchAsync("gas");

        Assert.Equal(
            [("agreement", "gas-memorandum"), ("event", "gas-memorandum-signed"), ("statement", "minister-praises-talks")],
            hits.Select(h => (h.Kind, h.Id)).Order());
        Assert.All(hits, h => Assert.Contains("[gas]", h.Snippet, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task SearchAsync_ignores_accents_and_treats_punctuation_as_text()
    {
        await using var db = await OpenFixture();

        var hit = Assert.Single(await db.SearchAsync("Cobanbey"));
        Assert.Equal(("event", "aid-convoy-sent"), (hit.Kind, hit.Id));
        Assert.Contains("[Çobanbey]", hit.Snippet, StringComparison.Ordinal);
        // A hyphenated name is one phrase: the words must stand together ("a gas memorandum", not "gas supply memorandum").
        Assert.Equal(["gas-memorandum-signed"], (await db.SearchAsync("gas-memorandum")).Select(h => h.Id));
    }

    [Fact]
    public async Task SearchAsync_leaves_out_reported_claims_when_confirmed_only()
    {
        await using var db = await OpenFixture();

        Assert.Single(await db.SearchAsync("secret"));
        Assert.Empty(await db.SearchAsync("secret", sources: SourceFilter.Confirmed));
    }

    [Fact]
    public async Task SearchAsync_returns_nothing_when_text_has_no_words()
    {
        await using var db = await OpenFixture();

        Assert.Empty(await db.SearchAsync(" - … \"\" "));
    }

    [Fact]
    public async Task GetRowCounts_counts_every_dataset_table_and_nothing_else()
    {
        await using var db = await OpenFixture();

        var counts = db.GetRowCounts();

        Assert.Equal(6, counts["events"]);
        Assert.Equal(4, counts["sources"] - counts["reference_files"]);
        Assert.DoesNotContain("SchemaVersions", counts.Keys);
        Assert.DoesNotContain(counts.Keys, k => k.Contains("_fts", StringComparison.Ordinal));
        Assert.Equal(counts.Keys.Order(StringComparer.Ordinal), counts.Keys);
    }

    [Fact]
    public async Task Connection_serves_ad_hoc_sql_with_dapper()
    {
        await using var db = await OpenFixture();

        Assert.Equal(2, await db.Connection.ExecuteScalarAsync<long>("SELECT count(*) FROM timeline WHERE country = 'Syria'"));
    }

    [Fact]
    public async Task OpenAsync_stops_when_cancelled_before_it_starts()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => RelationsDataset.OpenAsync(FixtureDatabase.Path, cancelled.Token));
    }
}
