using Dapper;
using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations.Tests;

/// <summary>
/// The timeline's rows stored in date order (migration 0056: timeline_rows) stay equal to their
/// definition through every kind of change a later migration can make, because the triggers read
/// again the rows each change touches; and the validator catches them when they do not (rule stored_timeline).
/// </summary>
public sealed class StoredTimelineTests
{
    public static TheoryData<string, string> Changes()
    {
        // Every change that moves the stored facets moves the row that shows them; and the event's own
        // columns and the names, codes and scores the view looks up.
        var changes = new TheoryData<string, string>();
        foreach (var row in StoredFacetsTests.Changes())
        {
            changes.Add((string)row[0], (string)row[1]);
        }

        changes.Add("an event's title and place changed", "UPDATE events SET title = 'A new title', place_id = 'damascus' WHERE event_id = 'envoy-meets-ministry';");
        changes.Add("an event made open at the end", "UPDATE events SET date_latest = NULL, date_precision = 'range', date_basis = 'derived', date_edtf = '[' || date_earliest || '..]' WHERE event_id = 'minister-visits-damascus';");
        changes.Add("a CAMEO code renamed", "UPDATE cameo_codes SET name = 'Renamed code' WHERE cameo_code IN (SELECT cameo_code FROM events WHERE event_id = 'envoy-meets-ministry');");
        changes.Add("a root's quad class changed", "UPDATE cameo_roots SET quad_class = 4 WHERE root_code IN (SELECT cc.root_code FROM events AS e JOIN cameo_codes AS cc ON cc.cameo_code = e.cameo_code WHERE e.event_id = 'envoy-meets-ministry');");
        changes.Add("a Goldstein score changed", "UPDATE goldstein_scale SET goldstein = 9.5 WHERE cameo_code IN (SELECT cameo_code FROM events WHERE event_id = 'envoy-meets-ministry');");
        changes.Add("a Goldstein score removed", "DELETE FROM goldstein_scale WHERE cameo_code IN (SELECT cameo_code FROM events WHERE event_id = 'envoy-meets-ministry');");
        changes.Add("an event's place renamed", "UPDATE events SET place_id = 'damascus' WHERE event_id = 'envoy-meets-ministry'; -- then: UPDATE places SET name = 'Damascus (renamed)' WHERE place_id = 'damascus';");
        changes.Add("the country of an event's place renamed", "UPDATE events SET place_id = 'damascus' WHERE event_id = 'envoy-meets-ministry'; -- then: UPDATE countries SET name = 'Syria (renamed)' WHERE country_id = (SELECT country_id FROM places WHERE place_id = 'damascus');");
        return changes;
    }

    [Theory]
    [MemberData(nameof(Changes))]
    public void Triggers_keep_the_stored_timeline_equal_to_its_definition_when_what_it_reads_changes(string change, string sql)
    {
        using var copy = new TempFile();
        File.Copy(FixtureDatabase.Path, copy.Path);
        using var connection = new SqliteConnection($"Data Source={copy.Path};Pooling=False");
        connection.Open();
        connection.Execute("UPDATE change_context SET reason = 'A test changes a copy to watch the stored timeline follow.';");
        var parts = sql.Split("-- then:");
        if (parts.Length == 2)
        {
            connection.Execute(parts[0]);
        }

        var before = Rows(connection);

        connection.Execute(parts[^1]);

        Assert.True(StoredColumns.TimelineDifferences(connection).ToList() is { Count: 0 }, $"{change}: {string.Join("; ", StoredColumns.TimelineDifferences(connection))}");
        Assert.Equal(connection.ExecuteScalar<long>("SELECT count(*) FROM events"), connection.ExecuteScalar<long>("SELECT count(*) FROM timeline_rows"));
        if (!change.Contains("source", StringComparison.Ordinal) && !change.Contains("evidence", StringComparison.Ordinal) && !change.Contains("article", StringComparison.Ordinal))
        {
            // (A change of a source's kind or an event's evidence may leave every shown column as it was.)
            Assert.NotEqual(before, Rows(connection));
        }
    }

    /// <summary>Every stored row, as JSON.</summary>
    private static List<string> Rows(SqliteConnection connection) => connection.Query<string>(
        "SELECT json_array(band, order_key, latest_key, event_id, event_type, quad_class, title, place, country, other_places, participants, participant_countries, topics, article_paragraphs, goldstein, independent_sources) FROM timeline_rows ORDER BY 1").ToList();

    [Fact]
    public void Validate_reports_a_stale_stored_row_in_stored_timeline()
    {
        var problems = DamagedFixture.Validate("DROP TRIGGER timeline_rows_events_update; UPDATE events SET title = 'A title the stored row does not know' WHERE event_id = 'envoy-meets-ministry';");

        // The dropped trigger itself is the definitions check's finding.
        Assert.Equal(
            [("stored_timeline", "timeline_rows row of event envoy-meets-ministry differs from timeline_rows_expected (missing, stale or of no event): rebuild the file, or run the change with the triggers timeline_rows_* in place")],
            problems.Where(p => p.Check != "definitions"));
    }

    [Fact]
    public void Validate_reports_a_row_in_the_wrong_band_and_a_row_of_no_event_in_stored_timeline()
    {
        var problems = DamagedFixture.Validate(
            """
            UPDATE timeline_rows SET band = 3 WHERE event_id = 'envoy-meets-ministry';
            INSERT INTO timeline_rows (band, order_key, latest_key, event_id, title) VALUES (0, '2020-01-01', '2020-01-01', 'no-such-event', 'Nothing');
            """);

        Assert.Equal(
            [
                ("stored_timeline", "timeline_rows row of event envoy-meets-ministry differs from timeline_rows_expected (missing, stale or of no event): rebuild the file, or run the change with the triggers timeline_rows_* in place"),
                ("stored_timeline", "timeline_rows row of event no-such-event differs from timeline_rows_expected (missing, stale or of no event): rebuild the file, or run the change with the triggers timeline_rows_* in place"),
            ],
            problems);
    }
}
