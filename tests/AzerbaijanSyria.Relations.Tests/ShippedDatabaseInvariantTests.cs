using System.Text.RegularExpressions;
using Dapper;

namespace AzerbaijanSyria.Relations.Tests;

/// <summary>Invariants of the shipped file, in the manner of Chinook's tests of its database.</summary>
public sealed partial class ShippedDatabaseInvariantTests
{
    [Fact]
    public void IntegrityCheck_is_ok_when_run_on_shipped_file()
    {
        using var db = Shipped.Open();

        Assert.Equal(["ok"], db.Query<string>("PRAGMA integrity_check"));
    }

    [Fact]
    public void ForeignKeyCheck_finds_nothing_when_run_on_shipped_file()
    {
        using var db = Shipped.Open();

        Assert.Empty(db.Query("PRAGMA foreign_key_check"));
    }

    [Theory]
    [InlineData("events_fts")]
    [InlineData("statements_fts")]
    [InlineData("agreements_fts")]
    public void SearchIndex_matches_its_table_when_checked(string index)
    {
        // FTS5's integrity-check is written as an INSERT and needs a writable file: check a copy.
        using var copy = new TempFile();
        File.Copy(Repo.ShippedDatabase, copy.Path);
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={copy.Path};Pooling=False");
        connection.Open();

        // It raises an error when the index and its content table disagree.
        connection.Execute($"INSERT INTO {index} ({index}) VALUES ('integrity-check')");
    }

    [Theory]
    [InlineData("events", "event_id")]
    [InlineData("statements", "statement_id")]
    [InlineData("positions", "position_id")]
    [InlineData("agreements", "agreement_id")]
    [InlineData("aid_deliveries", "aid_delivery_id")]
    [InlineData("trade_flows", "trade_flow_id")]
    [InlineData("assessments", "assessment_id")]
    [InlineData("people", "person_id")]
    [InlineData("organizations", "organization_id")]
    [InlineData("places", "place_id")]
    [InlineData("discrepancy_claims", "claim_id")]
    public void Every_row_has_a_citation_when_table_states_facts(string table, string key)
    {
        using var db = Shipped.Open();

        var uncited = db.Query<string>($"SELECT {key} FROM {table} WHERE {key} NOT IN (SELECT {key} FROM citations WHERE {key} IS NOT NULL)");

        Assert.Empty(uncited);
    }

    [Fact]
    public void Article_citations_name_a_paragraph_between_1_and_17()
    {
        using var db = Shipped.Open();

        var bad = db.Query<long>(
            "SELECT citation_id FROM citations JOIN sources USING (source_id) WHERE kind = 'article' AND (paragraph IS NULL OR paragraph NOT BETWEEN 1 AND 17)");

        Assert.Empty(bad);
        Assert.Empty(db.Query<long>("SELECT citation_id FROM citations JOIN sources USING (source_id) WHERE kind <> 'article' AND paragraph IS NOT NULL"));
    }

    [Fact]
    public void Every_paragraph_of_the_article_is_cited()
    {
        using var db = Shipped.Open();

        var cited = db.Query<long>("SELECT DISTINCT paragraph FROM citations WHERE source_id = 'jps-article' ORDER BY paragraph");

        Assert.Equal(Enumerable.Range(1, 17).Select(i => (long)i), cited);
    }

    [Fact]
    public void Every_source_is_cited_when_listed()
    {
        using var db = Shipped.Open();

        Assert.Empty(db.Query<string>("SELECT source_id FROM sources WHERE source_id NOT IN (SELECT source_id FROM citations)"));
    }

    [Fact]
    public void Unrecorded_pages_are_cited_only_as_one_side_of_a_discrepancy()
    {
        using var db = Shipped.Open();

        var other = db.Query<long>(
            "SELECT citation_id FROM citations JOIN sources USING (source_id) WHERE kind = 'unrecorded_page' AND claim_id IS NULL");

        Assert.Empty(other);
    }

    [Theory]
    [InlineData("events")]
    [InlineData("agreements")]
    public void Dates_are_well_formed_and_ordered_when_stored(string table)
    {
        using var db = Shipped.Open();

        var rows = db.Query<(string Earliest, string Latest, string Precision, string Basis, string Edtf)>(
            $"SELECT date_earliest, date_latest, date_precision, date_basis, date_edtf FROM {table}").ToList();

        Assert.NotEmpty(rows);
        foreach (var row in rows)
        {
            if (row.Earliest is not null)
            {
                Assert.Matches(IsoDate(), row.Earliest);
            }

            if (row.Latest is not null)
            {
                Assert.Matches(IsoDate(), row.Latest);
            }

            if (row.Earliest is not null && row.Latest is not null)
            {
                Assert.True(string.CompareOrdinal(row.Earliest, row.Latest) <= 0, $"{row.Edtf}: earliest after latest");
            }

            Assert.Equal(ExpectedEdtf(row.Earliest, row.Latest, row.Precision, row.Edtf), row.Edtf);
        }
    }

    [Fact]
    public void Reported_dates_have_a_latest_bound_and_no_exact_day()
    {
        using var db = Shipped.Open();

        var bad = db.Query<string>("SELECT event_id FROM events WHERE date_basis = 'reported' AND (date_latest IS NULL OR date_precision = 'day')");

        Assert.Empty(bad);
    }

    [Fact]
    public void Disputed_rows_have_a_discrepancy_when_marked()
    {
        using var db = Shipped.Open();

        var events = db.Query<string>(
            """
            SELECT event_id FROM events WHERE evidence_status = 'disputed'
              AND event_id NOT IN (SELECT event_id FROM discrepancies WHERE event_id IS NOT NULL)
              AND event_id NOT IN (SELECT ae.event_id FROM agreement_events AS ae JOIN discrepancies AS d ON d.agreement_id = ae.agreement_id)
            """);
        var agreements = db.Query<string>(
            "SELECT agreement_id FROM agreements WHERE evidence_status = 'disputed' AND agreement_id NOT IN (SELECT agreement_id FROM discrepancies WHERE agreement_id IS NOT NULL)");
        var undisputed = db.Query<string>(
            "SELECT event_id FROM discrepancies JOIN events USING (event_id) WHERE evidence_status <> 'disputed'");

        Assert.Empty(events);
        Assert.Empty(agreements);
        Assert.Empty(undisputed);
    }

    [Fact]
    public void Every_discrepancy_has_two_cited_claims()
    {
        using var db = Shipped.Open();

        var rows = db.Query<(string Id, string A, string SourcesA, string B, string SourcesB)>(
            "SELECT discrepancy_id, claim_a, sources_a, claim_b, sources_b FROM discrepancy_details").ToList();

        Assert.Equal(db.ExecuteScalar<long>("SELECT count(*) FROM discrepancies"), rows.Count);
        Assert.All(rows, r =>
        {
            Assert.False(string.IsNullOrWhiteSpace(r.SourcesA), r.Id);
            Assert.False(string.IsNullOrWhiteSpace(r.SourcesB), r.Id);
        });
    }

    [Fact]
    public void Events_without_a_cameo_code_explain_why_in_their_note()
    {
        using var db = Shipped.Open();

        var ids = db.Query<string>("SELECT event_id FROM events WHERE cameo_code IS NULL AND note LIKE '%CAMEO%' ORDER BY event_id");

        Assert.Equal(["al-sharaa-named-president", "assad-government-falls"], ids);
    }

    [Fact]
    public void Participants_and_parties_point_at_exactly_one_actor()
    {
        using var db = Shipped.Open();

        Assert.Equal(0, db.ExecuteScalar<long>(
            "SELECT count(*) FROM event_participants WHERE (person_id IS NOT NULL) + (organization_id IS NOT NULL) + (country_id IS NOT NULL) <> 1"));
        Assert.Equal(0, db.ExecuteScalar<long>(
            "SELECT count(*) FROM agreements WHERE agreement_id NOT IN (SELECT agreement_id FROM agreement_parties)"));
        Assert.Equal(0, db.ExecuteScalar<long>(
            "SELECT count(*) FROM events WHERE event_id NOT IN (SELECT event_id FROM event_participants)"));
        Assert.Equal(0, db.ExecuteScalar<long>(
            "SELECT count(*) FROM events WHERE event_id NOT IN (SELECT event_id FROM event_topics)"));
    }

    [Fact]
    public void Row_counts_match_the_released_dataset()
    {
        using var db = Shipped.Open();

        var counts = new Dictionary<string, long>();
        foreach (var table in new[] { "events", "statements", "people", "positions", "organizations", "places", "agreements", "aid_deliveries", "trade_flows", "sources", "discrepancies", "assessments" })
        {
            counts[table] = db.ExecuteScalar<long>($"SELECT count(*) FROM {table}");
        }

        Assert.Equal(
            new Dictionary<string, long>
            {
                ["events"] = 52, ["statements"] = 22, ["people"] = 35, ["positions"] = 36, ["organizations"] = 27,
                ["places"] = 17, ["agreements"] = 8, ["aid_deliveries"] = 4, ["trade_flows"] = 14, ["sources"] = 66,
                ["discrepancies"] = 10, ["assessments"] = 18,
            },
            counts);
    }

    [Fact]
    public void Every_view_returns_one_row_per_entity()
    {
        using var db = Shipped.Open();

        Assert.Equal(db.ExecuteScalar<long>("SELECT count(*) FROM events"), db.ExecuteScalar<long>("SELECT count(*) FROM timeline"));
        Assert.Equal(db.ExecuteScalar<long>("SELECT count(*) FROM positions"), db.ExecuteScalar<long>("SELECT count(*) FROM person_positions"));
        Assert.Equal(db.ExecuteScalar<long>("SELECT count(*) FROM statements"), db.ExecuteScalar<long>("SELECT count(*) FROM statement_details"));
        Assert.Equal(db.ExecuteScalar<long>("SELECT count(*) FROM aid_deliveries"), db.ExecuteScalar<long>("SELECT count(*) FROM aid_delivery_details"));
        Assert.Equal(db.ExecuteScalar<long>("SELECT count(*) FROM agreements"), db.ExecuteScalar<long>("SELECT count(*) FROM agreement_details"));
        Assert.Equal(db.ExecuteScalar<long>("SELECT count(*) FROM citations"), db.ExecuteScalar<long>("SELECT count(*) FROM citation_details"));
        Assert.Equal(db.ExecuteScalar<long>("SELECT count(*) FROM discrepancies"), db.ExecuteScalar<long>("SELECT count(*) FROM discrepancy_details"));
    }

    [Fact]
    public void Web_sources_were_read_on_the_access_date_and_carry_their_language()
    {
        using var db = Shipped.Open();

        Assert.Equal(["2026-11-27"], db.Query<string>("SELECT DISTINCT date_accessed FROM sources"));
        Assert.Equal(
            [("article", 1L), ("unrecorded_page", 3L), ("web_page", 62L)],
            db.Query<(string, long)>("SELECT kind, count(*) FROM sources GROUP BY kind ORDER BY kind"));
        Assert.Equal(0L, db.ExecuteScalar<long>("SELECT count(*) FROM sources WHERE kind = 'web_page' AND (url IS NULL OR language = '')"));
    }

    private static string ExpectedEdtf(string? earliest, string? latest, string precision, string actual) => precision switch
    {
        "day" => actual.EndsWith('~') ? earliest + "~" : earliest!,
        "month" => earliest![..7],
        "year" => earliest![..4],
        "range" when actual.Contains('/', StringComparison.Ordinal) => $"{earliest}/{latest}",
        "range" => $"[{earliest}..{latest}]",
        _ => actual,
    };

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex IsoDate();
}
