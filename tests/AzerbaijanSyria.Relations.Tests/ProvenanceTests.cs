using AzerbaijanSyria.Relations.Cli;
using Dapper;
using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations.Tests;

/// <summary>
/// Whose voice a fact rests on and how independent its sources are, on a copy of the fixture with
/// a reprint chain: page A republishes page B, page C quotes page B, page D is unrelated, and one
/// event is cited to A, C and D.
/// </summary>
public sealed class ProvenanceTests : IDisposable
{
    private const string EventId = "envoy-meets-ministry";

    private readonly TempFile copy = new();

    public ProvenanceTests()
    {
        File.Copy(FixtureDatabase.Path, copy.Path);
        using var writer = new SqliteConnection($"Data Source={copy.Path};Pooling=False");
        writer.Open();
        writer.Execute($"""
            UPDATE change_context SET reason = 'A test builds a reprint chain in a copy.';
            INSERT INTO sources (source_id, kind, title, publisher, url, language, date_accessed, publisher_kind, publisher_country_id) VALUES ('page-c', 'web_page', 'Page C', 'Agency C', 'https://example.org/c', 'ar', '2026-01-01', 'government', 'SYR');
            INSERT INTO sources (source_id, kind, title, publisher, url, language, date_accessed, publisher_kind, publisher_country_id) VALUES ('page-d', 'web_page', 'Page D', 'Agency D', 'https://example.org/d', 'en', '2026-01-01', 'international_organization', NULL);
            INSERT INTO source_relations (source_id, related_source_id, relation, basis) VALUES ('page-a', 'page-b', 'republishes', 'stated');
            INSERT INTO source_relations (source_id, related_source_id, relation, basis) VALUES ('page-c', 'page-b', 'quotes', 'apparent');
            DELETE FROM citations WHERE event_id = '{EventId}';
            INSERT INTO citations (event_id, source_id, locator) VALUES ('{EventId}', 'page-a', 'paragraph 2');
            INSERT INTO citations (event_id, source_id, locator) VALUES ('{EventId}', 'page-c', 'the table, second row');
            INSERT INTO citations (event_id, source_id) VALUES ('{EventId}', 'page-d');
            INSERT INTO statements (statement_id, event_id, speaker_person_id, summary) VALUES ('envoy-thanks-ministry', '{EventId}', 'samir-envoy', 'The envoy thanks the ministry.');
            INSERT INTO statement_topics (statement_id, topic_id) VALUES ('envoy-thanks-ministry', 'diplomacy');
            INSERT INTO citations (statement_id, source_id) VALUES ('envoy-thanks-ministry', 'page-d');
            """);
    }

    public void Dispose() => copy.Dispose();

    [Fact]
    public async Task Fact_support_counts_a_reprint_chain_as_one_independent_source()
    {
        await using var db = await RelationsDataset.OpenAsync(copy.Path);

        var support = db.Connection.QuerySingle<(long Citations, long Sources, long Independent, long Azerbaijani, long Syrian, long Other)>(
            "SELECT citations, sources, independent_sources, azerbaijani_official_sources, syrian_official_sources, other_sources FROM fact_support WHERE subject_kind = 'event' AND subject_id = @EventId",
            new { EventId });

        // A and C are one story through B; A is Azerbaijani state media and C the Syrian government
        // (the same group, counted once on each side it speaks for), D an international body.
        Assert.Equal((3L, 3L, 2L, 1L, 1L, 1L), support);
        var timeline = Assert.Single(await db.GetTimelineAsync(), e => e.EventId == EventId);
        Assert.Equal(2, timeline.IndependentSources);
    }

    [Fact]
    public async Task Statements_by_side_puts_what_each_side_said_of_an_event_side_by_side()
    {
        await using var db = await RelationsDataset.OpenAsync(copy.Path);

        var row = db.Connection.QuerySingle<(string? Azerbaijani, string? Syrian, string? Other)>(
            "SELECT azerbaijani_statements, syrian_statements, other_statements FROM statements_by_side WHERE event_id = @EventId", new { EventId });

        Assert.Equal(("Foreign Ministry of Azerbaijan: The ministry welcomes the envoy.", "Samir Envoy: The envoy thanks the ministry.", (string?)null), row);
        Assert.Equal(
            db.Connection.ExecuteScalar<long>("SELECT count(DISTINCT event_id) FROM statements"),
            db.Connection.ExecuteScalar<long>("SELECT count(*) FROM statements_by_side"));
    }

    [Fact]
    public async Task Citations_carry_the_locator_the_voice_and_the_group_of_each_source()
    {
        await using var db = await RelationsDataset.OpenAsync(copy.Path);

        var citations = await db.GetCitationsAsync("event", EventId);

        Assert.Equal(
            [("page-a", "paragraph 2", "state_media", "AZE"), ("page-c", "the table, second row", "government", "SYR"), ("page-d", null, "international_organization", null)],
            citations.Select(c => (c.SourceId, c.Locator, c.PublisherKind, c.PublisherCountryId)));
        Assert.Equal(citations[0].SourceGroup, citations[1].SourceGroup);
        Assert.NotEqual(citations[0].SourceGroup, citations[2].SourceGroup);
    }

    [Fact]
    public void Show_says_who_reported_the_event_how_independent_its_sources_are_and_where_on_each_page()
    {
        var output = new StringWriter();

        var exit = AzsyInProcess.RunWith(["show", EventId, "--db", copy.Path], output, new StringWriter());

        Assert.Equal(0, exit);
        var text = output.ToString().ReplaceLineEndings("\n");
        Assert.Contains("Sources: 3 citations of 3 sources, 2 independent (a page that reprints, translates or quotes another counts with it once)\n", text, StringComparison.Ordinal);
        Assert.Contains("  voices    Azerbaijani official 1, Syrian official 1, other 1\n", text, StringComparison.Ordinal);
        Assert.Contains("  Agency A [state media, AZE, en]: https://example.org/a — paragraph 2\n      one independent source with page-c\n", text, StringComparison.Ordinal);
        Assert.Contains("  Agency C [government, SYR, ar]: https://example.org/c — the table, second row\n      one independent source with page-a\n", text, StringComparison.Ordinal);
        Assert.Contains("  Agency D [international organization, en]: https://example.org/d\n", text, StringComparison.Ordinal);
    }
}
