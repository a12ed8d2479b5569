using Dapper;
using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations.Tests;

/// <summary>
/// The values stored per event (migration 0050: event_facets and event_year_tallies) stay equal to
/// their definition through every kind of change a later migration can make, because the triggers
/// recompute what each change touches; and the validator catches them when they do not.
/// </summary>
public sealed class StoredFacetsTests
{
    public static TheoryData<string, string> Changes() => new()
    {
        { "a person renamed", "UPDATE people SET name = 'Ayla Renamed' WHERE person_id = 'ayla-minister';" },
        { "a country renamed", "UPDATE countries SET name = 'Azerbaijan (renamed)' WHERE country_id = 'AZE';" },
        { "a place renamed", "INSERT INTO event_places (event_id, place_id, role) VALUES ('envoy-meets-ministry', 'damascus', 'also_at'); UPDATE places SET name = 'Damascus (renamed)' WHERE place_id = 'damascus';" },
        { "a participant added", "INSERT INTO event_participants (event_id, country_id, role) VALUES ('envoy-meets-ministry', 'SYR', 'visitor');" },
        { "a participant removed", "DELETE FROM event_participants WHERE event_id = 'minister-visits-damascus' AND country_id = 'AZE';" },
        { "a topic moved", "UPDATE event_topics SET event_id = 'envoy-meets-ministry' WHERE event_id = 'minister-visits-damascus' AND topic_id = 'trade';" },
        { "a place added to an event", "INSERT INTO event_places (event_id, place_id, role) VALUES ('envoy-meets-ministry', 'damascus', 'also_at');" },
        { "a citation added", "INSERT INTO citations (event_id, source_id) VALUES ('minister-visits-damascus', 'page-b');" },
        { "the article's citation removed", "DELETE FROM citations WHERE event_id = 'minister-visits-damascus' AND source_id = 'fixture-article';" },
        { "two sources joined into one group", "INSERT INTO citations (event_id, source_id) VALUES ('minister-visits-damascus', 'page-b'); -- then: INSERT INTO source_relations (source_id, related_source_id, relation, basis) VALUES ('page-b', 'page-a', 'republishes', 'stated');" },
        { "two sources parted", "INSERT INTO source_relations (source_id, related_source_id, relation, basis) VALUES ('page-b', 'page-a', 'republishes', 'stated'); INSERT INTO citations (event_id, source_id) VALUES ('minister-visits-damascus', 'page-b'); -- then: DELETE FROM source_relations WHERE source_id = 'page-b';" },
        { "an event re-dated into another year", "UPDATE events SET date_earliest = '2019-12-30', date_latest = '2020-01-02', date_precision = 'range', date_basis = 'derived', date_edtf = '2019-12-30/2020-01-02' WHERE event_id = 'minister-visits-damascus';" },
        { "an event's code and evidence changed", "UPDATE events SET cameo_code = '073', plover_type = 'AID', evidence_status = 'reported' WHERE event_id = 'envoy-meets-ministry';" },
        { "an event added", "INSERT INTO events (event_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, cameo_code, title, summary, evidence_status) VALUES ('test-event', '2024-05-01', '2024-05-01', 'day', 'stated', '2024-05-01', '042', 'A test event', 'Added by a test.', 'confirmed'); INSERT INTO event_participants (event_id, person_id, role) VALUES ('test-event', 'samir-envoy', 'visitor'); INSERT INTO event_topics (event_id, topic_id) VALUES ('test-event', 'energy'); INSERT INTO citations (event_id, source_id) VALUES ('test-event', 'page-a');" },
        { "an event removed", "INSERT INTO events (event_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, cameo_code, title, summary, evidence_status) VALUES ('test-event', '2024-05-01', '2024-05-01', 'day', 'stated', '2024-05-01', '042', 'A test event', 'Added by a test.', 'confirmed'); INSERT INTO citations (event_id, source_id) VALUES ('test-event', 'page-a'); -- then: DELETE FROM citations WHERE event_id = 'test-event'; DELETE FROM events WHERE event_id = 'test-event';" },
        { "a source becomes the article", "UPDATE sources SET kind = 'article' WHERE source_id = 'page-b';" },
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public void Triggers_keep_the_stored_facets_equal_to_their_definition_when_what_they_read_changes(string change, string sql)
    {
        using var copy = new TempFile();
        File.Copy(FixtureDatabase.Path, copy.Path);
        using var connection = new SqliteConnection($"Data Source={copy.Path};Pooling=False");
        connection.Open();
        connection.Execute("UPDATE change_context SET reason = 'A test changes a copy to watch the stored facets follow.';");
        // What comes before "-- then:" sets the scene; the rest is the change watched.
        var parts = sql.Split("-- then:");
        if (parts.Length == 2)
        {
            connection.Execute(parts[0]);
        }

        var before = Facets(connection);

        connection.Execute(parts[^1]);

        Assert.True(StoredColumns.Differences(connection).ToList() is { Count: 0 }, $"{change}: {string.Join("; ", StoredColumns.Differences(connection))}");
        Assert.NotEqual(before, Facets(connection));
    }

    /// <summary>Every stored value, a line per event and per tally.</summary>
    private static List<string> Facets(SqliteConnection connection) => connection.Query<string>(
        """
        SELECT json_array(event_id, other_places, participants, participant_countries, topics, article_paragraphs, independent_sources, quad_class, year_earliest, year_latest, reported, article_cited) FROM event_facets
        UNION ALL SELECT json_array(quad_class, year_earliest, year_latest, reported, article_cited, events) FROM event_year_tallies
        ORDER BY 1
        """).ToList();

    [Fact]
    public void Validate_reports_an_event_whose_stored_facets_are_stale_in_stored_facets()
    {
        var problems = DamagedFixture.Validate("DROP TRIGGER event_facets_event_topics_insert; INSERT INTO event_topics (event_id, topic_id) VALUES ('envoy-meets-ministry', 'energy');");

        // The dropped trigger itself is the definitions check's finding.
        Assert.Equal(
            [("stored_facets", "event_facets row of event envoy-meets-ministry differs from event_facets_expected (missing, stale or of no event): rebuild the file, or run the change with the triggers event_facets_* in place")],
            problems.Where(p => p.Check != "definitions"));
    }

    [Fact]
    public void Validate_reports_a_tally_that_does_not_count_its_events_in_stored_facets()
    {
        var problems = DamagedFixture.Validate("UPDATE event_year_tallies SET events = events + 1 WHERE quad_class = 1 AND year_earliest = 2020 AND year_latest = 2020;");

        var problem = Assert.Single(problems);
        Assert.Equal("stored_facets", problem.Check);
        Assert.StartsWith("event_year_tallies row (quad class 1, years 2020-2020, reported 0, article 1) does not count", problem.Message, StringComparison.Ordinal);
    }
}
