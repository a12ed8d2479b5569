using Dapper;
using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations.Tests;

public sealed class RelationsDatasetTests
{
    private static Task<RelationsDataset> OpenShipped() => RelationsDataset.OpenAsync(Repo.ShippedDatabase);

    [Fact]
    public async Task OpenAsync_opens_the_bundled_copy_when_given_no_path()
    {
        await using var db = await RelationsDataset.OpenAsync();

        Assert.Equal(RelationsDataset.DefaultDatabasePath, db.Path);
        Assert.Equal(DatasetBuilder.ComputeSha256(Repo.ShippedDatabase), DatasetBuilder.ComputeSha256(db.Path));
        Assert.Equal(DatasetBuilder.SchemaVersion, db.SchemaVersion);
    }

    [Fact]
    public async Task DatasetVersion_equals_the_package_version()
    {
        await using var db = await OpenShipped();
        var informational = typeof(RelationsDataset).Assembly
            .GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .Cast<System.Reflection.AssemblyInformationalVersionAttribute>().Single().InformationalVersion;

        Assert.Equal(informational.Split('+')[0], db.DatasetVersion);
    }

    [Fact]
    public async Task GetTimelineAsync_returns_every_event_in_date_order_when_unfiltered()
    {
        await using var db = await OpenShipped();

        var events = await db.GetTimelineAsync();

        Assert.Equal(52, events.Count);
        Assert.Equal("syria-recognises-azerbaijan", events[0].EventId);
        Assert.Equal("al-sharaa-phones-aliyev", events[^1].EventId);
        var first = events[0];
        Assert.Equal(new DateOnly(1992, 1, 16), first.DateEarliest);
        Assert.Equal("054", first.CameoCode);
        Assert.Equal("Grant diplomatic recognition", first.EventType);
        Assert.Equal(1, first.QuadClass);
    }

    [Fact]
    public async Task GetTimelineAsync_returns_events_overlapping_the_range_when_dates_given()
    {
        await using var db = await OpenShipped();

        var january = await db.GetTimelineAsync(from: new DateOnly(2025, 1, 1), to: new DateOnly(2025, 1, 31));

        Assert.Equal(
            ["first-aid-convoy-enters-syria", "aid-distribution-karakopru", "bayramov-announces-charge-for-syria", "al-sharaa-named-president"],
            january.Select(e => e.EventId));
    }

    [Fact]
    public async Task GetTimelineAsync_returns_aid_events_when_cameo_root_is_07()
    {
        await using var db = await OpenShipped();

        var aid = await db.GetTimelineAsync(cameoRoot: "07");

        Assert.Equal(
            ["first-aid-convoy-dispatched", "first-aid-convoy-enters-syria", "aid-distribution-karakopru", "second-aid-batch-sent",
             "iftar-for-orphaned-children", "eid-al-adha-meat-distribution"],
            aid.Select(e => e.EventId));
    }

    [Fact]
    public async Task GetTimelineAsync_returns_topic_events_when_topic_given()
    {
        await using var db = await OpenShipped();

        var education = await db.GetTimelineAsync(topic: "education");

        Assert.Equal(["sharifov-delegation-visits-syria", "rabat-schools-agreement-signed"], education.Select(e => e.EventId));
    }

    [Fact]
    public async Task GetTimelineAsync_leaves_out_unnamed_sources_when_confirmed_only()
    {
        await using var db = await OpenShipped();

        var confirmed = await db.GetTimelineAsync(sources: SourceFilter.Confirmed);

        Assert.Equal(50, confirmed.Count);
        Assert.DoesNotContain(confirmed, e => e.EvidenceStatus == "reported");
    }

    [Fact]
    public async Task GetTimelineAsync_returns_only_the_article_s_events_when_article_only()
    {
        await using var db = await OpenShipped();

        var article = await db.GetTimelineAsync(sources: SourceFilter.Article);

        Assert.Equal(
            ["diplomatic-relations-established", "embassy-establishment-decree", "embassy-opens-in-damascus", "embassy-suspended",
             "assad-government-falls", "mfa-statement-on-restoring-relations", "rafiyev-visits-damascus", "first-aid-convoy-dispatched",
             "aid-distribution-karakopru", "aliyev-receives-turkish-ambassador", "embassy-resumes-operations", "second-aid-batch-sent",
             "iftar-for-orphaned-children", "first-aliyev-al-sharaa-meeting", "sharifov-delegation-visits-syria"],
            article.Select(e => e.EventId));
        Assert.All(article, e => Assert.NotNull(e.ArticleParagraphs));
    }

    [Fact]
    public async Task GetEventAsync_returns_participants_statements_and_citations_when_event_exists()
    {
        await using var db = await OpenShipped();

        var visit = await db.GetEventAsync("rafiyev-visits-damascus");

        Assert.NotNull(visit);
        Assert.Equal(
            [("person", "yalchin-rafiyev", "visitor"), ("person", "asaad-al-shaibani", "host"), ("country", "AZE", "visitor"), ("country", "SYR", "host")],
            visit.Participants.Select(p => (p.ParticipantKind, p.ParticipantId, p.Role)));
        Assert.Equal(5, visit.Statements.Count);
        Assert.Equal(
            [("jps-article", (int?)6), ("turan-788739", null), ("menafn-1109041427", null)],
            visit.Citations.Select(c => (c.SourceId, c.Paragraph)));
        Assert.Null(visit.Citations[0].Url);
        Assert.Equal("https://turan.az/en/politics/after-12-years-azerbaijani-embassy-to-resume-operations-in-syria-788739", visit.Citations[1].Url);
        Assert.Empty(visit.Discrepancies);
    }

    [Fact]
    public async Task GetEventAsync_includes_discrepancies_of_agreements_signed_at_the_event()
    {
        await using var db = await OpenShipped();

        var signing = await db.GetEventAsync("gas-talks-document-signed");

        Assert.Equal(["gas-document-day"], signing!.Discrepancies.Select(d => d.DiscrepancyId));
    }

    [Fact]
    public async Task GetEventAsync_returns_null_when_no_event_has_the_id()
    {
        await using var db = await OpenShipped();

        Assert.Null(await db.GetEventAsync("no-such-event"));
    }

    [Fact]
    public async Task GetPositionsOnAsync_returns_offices_certainly_held_on_the_day()
    {
        await using var db = await OpenShipped();

        var held = await db.GetPositionsOnAsync(new DateOnly(2025, 5, 4));

        Assert.Equal(
            ["ahmed-al-sharaa", "asaad-al-shaibani", "ilham-aliyev", "mohammad-al-bashir", "parviz-shahbazov", "samir-sharifov"],
            held.Select(p => p.PersonId));
    }

    [Fact]
    public async Task GetPositionsOnAsync_leaves_out_offices_whose_end_is_unknown_after_their_last_sighting()
    {
        await using var db = await OpenShipped();

        var held = await db.GetPositionsOnAsync(new DateOnly(2026, 2, 1));

        // Omar Shakrouk was in office by 27 January 2026, but no source shows him there later.
        Assert.Equal(["ahmed-al-sharaa", "ilham-aliyev"], held.Select(p => p.PersonId));
    }

    [Fact]
    public async Task GetPositionsAsync_returns_a_person_s_offices_with_bounds()
    {
        await using var db = await OpenShipped();

        var jabbarov = await db.GetPositionsAsync("mikayil-jabbarov");

        Assert.Equal(["Minister of Economy", "Chairman of the Supervisory Board"], jabbarov.Select(p => p.Position));
        Assert.Equal(new DateOnly(2025, 8, 2), jabbarov[0].EndEarliest);
        Assert.Null(jabbarov[0].EndLatest);
    }

    [Fact]
    public async Task GetPersonEventsAsync_returns_events_a_person_took_part_in()
    {
        await using var db = await OpenShipped();

        var events = await db.GetPersonEventsAsync("mohammad-al-bashir");

        Assert.Equal(
            ["sharifov-delegation-visits-syria", "al-sharaa-visits-baku", "socar-syria-gas-mou-signed", "gas-deliveries-begin-kilis"],
            events.Select(e => e.EventId));
    }

    [Fact]
    public async Task FindPeopleAsync_finds_a_person_by_another_spelling()
    {
        await using var db = await OpenShipped();

        var people = await db.FindPeopleAsync("shibani");

        var person = Assert.Single(people);
        Assert.Equal("asaad-al-shaibani", person.PersonId);
        Assert.Equal("Syria", person.Country);
        Assert.Contains("al-Shibani", person.OtherNames, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetAgreementsAsync_matches_a_country_s_organizations_when_party_is_a_country()
    {
        await using var db = await OpenShipped();

        var syrian = await db.GetAgreementsAsync(party: "SYR");

        Assert.Equal(
            ["bilateral-documents-running-total", "assad-visit-documents-2009", "joint-commission-memorandum-2009", "gas-talks-document-2010",
             "socar-syria-gas-mou-2025", "rabat-schools-partnership-2026"],
            syrian.Select(a => a.AgreementId));
    }

    [Fact]
    public async Task GetAgreementsAsync_filters_by_organization_kind_and_topic()
    {
        await using var db = await OpenShipped();

        var socar = await db.GetAgreementsAsync(party: "socar");
        var memoranda = await db.GetAgreementsAsync(kind: "memorandum_of_understanding");
        var education = await db.GetAgreementsAsync(topic: "education");

        Assert.Equal(["socar-syria-gas-mou-2025", "socar-ucc-energy-memoranda-2025", "socar-ucc-jet-fuel-memorandum-2025"], socar.Select(a => a.AgreementId));
        Assert.Equal(4, memoranda.Count);
        var rabat = Assert.Single(education);
        Assert.Equal(30_000_000d, rabat.ValueAmount);
        Assert.True(rabat.ValueApproximate);
        Assert.Equal(new DateOnly(2030, 12, 31), rabat.ValidUntil);
        Assert.Empty(await db.GetAgreementsAsync(sources: SourceFilter.Article));
    }

    [Fact]
    public async Task GetAidDeliveriesAsync_and_totals_count_only_given_quantities()
    {
        await using var db = await OpenShipped();

        var deliveries = await db.GetAidDeliveriesAsync();
        var totals = await db.GetAidTotalsAsync();
        var articleTotals = await db.GetAidTotalsAsync(SourceFilter.Article);

        Assert.Equal(["first-aid-convoy", "second-aid-batch", "iftar-meals-for-orphans", "eid-al-adha-meat"], deliveries.Select(d => d.AidDeliveryId));
        Assert.True(deliveries[0].TonnesApproximate);
        Assert.Equal(new AidTotals { Deliveries = 4, Trucks = 10, DeliveriesWithTrucks = 1, Tonnes = 200, DeliveriesWithTonnes = 1 }, totals);
        Assert.Equal(3, articleTotals.Deliveries);
    }

    [Fact]
    public async Task GetStatementsAsync_returns_a_speaker_s_statements_in_date_order()
    {
        await using var db = await OpenShipped();

        var statements = await db.GetStatementsAsync("ahmed-al-sharaa");

        Assert.Equal(
            ["al-sharaa-asks-continued-support", "al-sharaa-thanks-aliyev-for-support", "al-sharaa-recovery-as-model", "al-sharaa-thanks-swift-mission"],
            statements.Select(s => s.StatementId));
        Assert.All(statements, s => Assert.Equal("Ahmed al-Sharaa", s.Speaker));
    }

    [Fact]
    public async Task GetTradeAsync_returns_a_year_s_flows_with_units()
    {
        await using var db = await OpenShipped();

        var flows = await db.GetTradeAsync(2023);

        Assert.Equal([("export", 160.49), ("import", 301.06), ("turnover", 461.55)], flows.Select(f => (f.Flow, f.Value!.Value)));
        Assert.All(flows, f => Assert.True(f.IsPartialYear));
        Assert.All(flows, f => Assert.Equal(new DateOnly(2023, 10, 31), f.PeriodEnd));
    }

    [Fact]
    public async Task GetCitationsAsync_returns_the_sources_of_a_fact()
    {
        await using var db = await OpenShipped();

        var citations = await db.GetCitationsAsync("agreement", "rabat-schools-partnership-2026");

        Assert.Equal(["trend-4154567", "levant24-14134", "report-az-ru-schools"], citations.Select(c => c.SourceId));
    }

    [Fact]
    public async Task GetSourcesAsync_lists_the_article_first()
    {
        await using var db = await OpenShipped();

        var sources = await db.GetSourcesAsync();

        Assert.Equal(66, sources.Count);
        Assert.Equal("jps-article", sources[0].SourceId);
        Assert.Equal(new DateOnly(2026, 11, 27), sources[0].DateAccessed);
    }

    [Fact]
    public async Task GetDiscrepanciesAsync_returns_both_claims_with_their_sources()
    {
        await using var db = await OpenShipped();

        var discrepancies = await db.GetDiscrepanciesAsync();

        Assert.Equal(10, discrepancies.Count);
        var antalya = discrepancies.Single(d => d.DiscrepancyId == "antalya-meeting-day");
        Assert.Equal("event", antalya.SubjectKind);
        Assert.Equal("first-aliyev-al-sharaa-meeting", antalya.SubjectId);
        Assert.Equal("https://alikhbariah.com/?p=16878", antalya.SourcesB);
    }

    [Fact]
    public async Task SearchAsync_ranks_matches_and_ignores_accents()
    {
        await using var db = await OpenShipped();

        var hits = await db.SearchAsync("Cobanbey");

        var hit = Assert.Single(hits);
        Assert.Equal(("event", "first-aid-convoy-enters-syria"), (hit.Kind, hit.Id));
        Assert.Contains("[Çobanbey]", hit.Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchAsync_treats_punctuation_as_text_when_given_a_hyphenated_name()
    {
        await using var db = await OpenShipped();

        var hits = await db.SearchAsync("al-Mikdad");

        Assert.Equal(["al-mikdad-visits-azerbaijan"], hits.Select(h => h.Id));
    }

    [Fact]
    public async Task SearchAsync_leaves_out_reported_claims_when_confirmed_only()
    {
        await using var db = await OpenShipped();

        Assert.Single(await db.SearchAsync("Dermer"));
        Assert.Empty(await db.SearchAsync("Dermer", sources: SourceFilter.Confirmed));
    }

    [Fact]
    public async Task SearchAsync_returns_nothing_when_text_has_no_words()
    {
        await using var db = await OpenShipped();

        Assert.Empty(await db.SearchAsync(" \" - "));
    }

    [Fact]
    public async Task GetRowCounts_counts_every_table_but_search_indexes_and_journal()
    {
        await using var db = await OpenShipped();

        var counts = db.GetRowCounts();

        Assert.Equal(52, counts["events"]);
        Assert.Equal(66, counts["sources"]);
        Assert.DoesNotContain("SchemaVersions", counts.Keys);
        Assert.DoesNotContain(counts.Keys, k => k.Contains("_fts", StringComparison.Ordinal));
        Assert.Equal(counts.Keys.Order(StringComparer.Ordinal), counts.Keys);
    }

    [Fact]
    public async Task Connection_serves_ad_hoc_sql_with_dapper()
    {
        await using var db = await OpenShipped();

        var count = await db.Connection.ExecuteScalarAsync<long>("SELECT count(*) FROM timeline WHERE country = 'Syria'");

        Assert.Equal(7, count);
    }

    [Fact]
    public async Task Connection_refuses_writes_and_leaves_the_file_unchanged()
    {
        using var copy = new TempFile();
        File.Copy(Repo.ShippedDatabase, copy.Path);
        var before = DatasetBuilder.ComputeSha256(copy.Path);

        await using (var db = await RelationsDataset.OpenAsync(copy.Path))
        {
            var error = await Assert.ThrowsAsync<SqliteException>(() => db.Connection.ExecuteAsync("DELETE FROM events"));
            Assert.Equal(8, error.SqliteErrorCode); // SQLITE_READONLY
        }

        Assert.Equal(before, DatasetBuilder.ComputeSha256(copy.Path));
    }

    [Fact]
    public async Task OpenAsync_refuses_a_missing_file()
    {
        var error = await Assert.ThrowsAsync<DatasetFileException>(() => RelationsDataset.OpenAsync("/no/such/dir/x.db"));

        Assert.Equal(DatasetFileProblem.Missing, error.Problem);
    }

    [Fact]
    public async Task OpenAsync_refuses_a_file_that_is_not_sqlite()
    {
        using var file = new TempFile();
        await File.WriteAllTextAsync(file.Path, "event_id,title\nx,y\n");

        var error = await Assert.ThrowsAsync<DatasetFileException>(() => RelationsDataset.OpenAsync(file.Path));

        Assert.Equal(DatasetFileProblem.NotSqlite, error.Problem);
    }

    [Fact]
    public async Task OpenAsync_refuses_a_truncated_file()
    {
        using var file = new TempFile();
        var bytes = await File.ReadAllBytesAsync(Repo.ShippedDatabase);
        await File.WriteAllBytesAsync(file.Path, bytes[..(bytes.Length / 2)]);

        var error = await Assert.ThrowsAsync<DatasetFileException>(() => RelationsDataset.OpenAsync(file.Path));

        Assert.Equal(DatasetFileProblem.Truncated, error.Problem);
    }

    [Fact]
    public async Task OpenAsync_refuses_an_sqlite_file_of_another_application()
    {
        using var file = new TempFile();
        using (var other = new SqliteConnection($"Data Source={file.Path};Pooling=False"))
        {
            other.Open();
            other.Execute("CREATE TABLE t (x INTEGER); PRAGMA application_id = 42;");
        }

        var error = await Assert.ThrowsAsync<DatasetFileException>(() => RelationsDataset.OpenAsync(file.Path));

        Assert.Equal(DatasetFileProblem.NotThisDataset, error.Problem);
    }

    [Fact]
    public async Task OpenAsync_refuses_a_newer_schema_version()
    {
        using var file = new TempFile();
        File.Copy(Repo.ShippedDatabase, file.Path);
        using (var newer = new SqliteConnection($"Data Source={file.Path};Pooling=False"))
        {
            newer.Open();
            newer.Execute($"PRAGMA user_version = {DatasetBuilder.SchemaVersion + 1}");
        }

        var error = await Assert.ThrowsAsync<DatasetFileException>(() => RelationsDataset.OpenAsync(file.Path));

        Assert.Equal(DatasetFileProblem.NewerSchema, error.Problem);
        Assert.Contains("update the AzerbaijanSyria.Relations package", error.Message, StringComparison.Ordinal);
    }
}
