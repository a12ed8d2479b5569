using Dapper;

namespace AzerbaijanSyria.Relations.Tests;

/// <summary>
/// The library's queries on the shipped file return what plain SQL over the same file returns,
/// whatever the data holds; the exact behaviour of each query is pinned on the fixture in
/// <see cref="RelationsDatasetTests"/>.
/// </summary>
public sealed class ShippedQueryTests
{
    private static Task<RelationsDataset> OpenShipped() => RelationsDataset.OpenAsync(Repo.ShippedDatabase);

    [Fact]
    public async Task GetTimelineAsync_returns_every_event_of_the_timeline_view_in_date_order()
    {
        await using var db = await OpenShipped();

        var events = await db.GetTimelineAsync();

        Assert.Equal(
            db.Connection.Query<string>("SELECT event_id FROM timeline ORDER BY coalesce(date_earliest, date_latest), date_latest, event_id"),
            events.Select(e => e.EventId));
    }

    [Fact]
    public async Task GetTimelineAsync_for_a_year_returns_the_events_that_may_fall_in_it()
    {
        await using var db = await OpenShipped();

        var events = await db.GetTimelineAsync(from: new DateOnly(2025, 1, 1), to: new DateOnly(2025, 12, 31));

        Assert.NotEmpty(events);
        Assert.Equal(
            db.Connection.Query<string>(
                """
                SELECT event_id FROM timeline
                WHERE (date_latest IS NULL OR date_latest >= '2025-01-01') AND (date_earliest IS NULL OR date_earliest <= '2025-12-31')
                ORDER BY coalesce(date_earliest, date_latest), date_latest, event_id
                """),
            events.Select(e => e.EventId));
    }

    [Fact]
    public async Task GetTimelineAsync_with_article_only_returns_the_events_the_article_cites()
    {
        await using var db = await OpenShipped();

        var events = await db.GetTimelineAsync(sources: SourceFilter.Article);

        Assert.Equal(
            db.Connection.Query<string>("SELECT DISTINCT event_id FROM citations WHERE source_id = 'jps-article' AND event_id IS NOT NULL ORDER BY 1"),
            events.Select(e => e.EventId).Order(StringComparer.Ordinal));
        Assert.All(events, e => Assert.NotNull(e.ArticleParagraphs));
    }

    [Fact]
    public async Task GetAgreementsAsync_for_a_country_returns_every_agreement_one_of_its_bodies_is_party_to()
    {
        await using var db = await OpenShipped();

        var syrian = await db.GetAgreementsAsync(party: "SYR");

        Assert.Equal(
            db.Connection.Query<string>(
                """
                SELECT DISTINCT ap.agreement_id FROM agreement_parties AS ap LEFT JOIN organizations AS o USING (organization_id)
                WHERE ap.country_id = 'SYR' OR o.country_id = 'SYR' ORDER BY 1
                """),
            syrian.Select(a => a.AgreementId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task GetSourcesAsync_and_GetDiscrepanciesAsync_return_every_row()
    {
        await using var db = await OpenShipped();

        Assert.Equal(db.Connection.ExecuteScalar<long>("SELECT count(*) FROM sources"), (await db.GetSourcesAsync()).Count);
        Assert.Equal(db.Connection.ExecuteScalar<long>("SELECT count(*) FROM discrepancies"), (await db.GetDiscrepanciesAsync()).Count);
        Assert.Equal("jps-article", (await db.GetSourcesAsync())[0].SourceId);
    }

    [Fact]
    public async Task GetRowCounts_equals_a_count_of_each_table()
    {
        await using var db = await OpenShipped();

        foreach (var (table, count) in db.GetRowCounts())
        {
            Assert.Equal(db.Connection.ExecuteScalar<long>($"SELECT count(*) FROM \"{table}\""), count);
        }
    }

    [Fact]
    public async Task GetEventAsync_returns_each_event_with_its_citations()
    {
        await using var db = await OpenShipped();

        foreach (var id in db.Connection.Query<string>("SELECT event_id FROM events"))
        {
            var details = await db.GetEventAsync(id);
            Assert.NotNull(details);
            Assert.Equal(db.Connection.ExecuteScalar<long>("SELECT count(*) FROM citations WHERE event_id = @id", new { id }), details.Citations.Count);
            Assert.NotEmpty(details.Participants);
        }
    }

    [Fact]
    public async Task GetPositionsOnAsync_reads_each_office_s_level_from_positions()
    {
        await using var db = await OpenShipped();

        var positions = await db.GetPositionsOnAsync(new DateOnly(2022, 6, 1));

        Assert.NotEmpty(positions);
        var levels = db.Connection.Query<(string Id, string? Level)>("SELECT position_id, office_level FROM positions").ToDictionary(r => r.Id, r => r.Level);
        Assert.All(positions, p => Assert.Equal(levels[p.PositionId], p.OfficeLevel));
        Assert.Contains(positions, p => p.OfficeLevel is not null);
    }

    [Fact]
    public async Task GetPositionsAsync_reads_no_level_when_the_file_predates_office_level()
    {
        await using var db = await RelationsDataset.OpenAsync(Repo.Release200Database);

        var positions = await db.GetPositionsAsync();

        Assert.NotEmpty(positions);
        Assert.All(positions, p => Assert.Null(p.OfficeLevel));
    }
}
