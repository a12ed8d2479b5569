using Dapper;

namespace AzerbaijanSyria.Relations.Tests;

/// <summary>The facts brought in from other public pages, read back from the shipped database.</summary>
public sealed class WebFactsTests
{
    [Fact]
    public void Embassy_history_runs_from_decree_to_reopening_in_order()
    {
        using var db = Shipped.Open();

        var history = db.Query<(string Id, string Edtf)>(
            """
            SELECT event_id, date_edtf FROM events
            WHERE event_id IN (SELECT event_id FROM event_topics WHERE topic_id = 'embassy')
              AND event_id IN ('embassy-establishment-decree', 'embassy-opens-in-damascus', 'mfa-says-embassy-still-working',
                               'embassy-suspended', 'mfa-refers-to-suspension', 'mahir-aliyev-recalled',
                               'bayramov-announces-charge-for-syria', 'embassy-resumes-operations')
            ORDER BY coalesce(date_earliest, date_latest), date_latest
            """);

        Assert.Equal(
            [
                ("embassy-establishment-decree", "1997-04-11"), ("embassy-opens-in-damascus", "2008-05-16"),
                ("mfa-says-embassy-still-working", "2012-04-12"), ("embassy-suspended", "2012-08"),
                ("mfa-refers-to-suspension", "2012-11-22"), ("mahir-aliyev-recalled", "2014-11"),
                ("bayramov-announces-charge-for-syria", "2025-01-18"), ("embassy-resumes-operations", "[2025-01-18..2025-02-17]"),
            ],
            history);
    }

    [Fact]
    public void Embassy_reopens_under_a_charge_d_affaires()
    {
        using var db = Shipped.Open();

        var charge = db.QuerySingle<(string Person, string StartLatest)>(
            "SELECT person_id, start_latest FROM positions WHERE organization_id = 'embassy-azerbaijan-damascus' AND title LIKE 'Chargé%'");

        Assert.Equal(("elnur-shahhuseynov", "2025-02-17"), charge);
    }

    [Fact]
    public void Agreements_keep_kind_date_place_and_every_party()
    {
        using var db = Shipped.Open();

        var rows = db.Query<(string Id, string Kind, string Date, string? Place, string Parties)>(
            "SELECT agreement_id, kind, date_signed, place, parties FROM agreement_details ORDER BY coalesce(date_earliest, date_latest), agreement_id").ToList();

        (string, string, string, string?, string)[] known =
        [
            ("assad-visit-documents-2009", "document_set", "2009-07-08/2009-07-09", "Baku", "Azerbaijan; Syria"),
            ("joint-commission-memorandum-2009", "memorandum_of_understanding", "[2009-07-08..2009-07-09]", "Baku",
             "Government of the Republic of Azerbaijan; Government of Syria under Bashar al-Assad (the former regime)"),
            ("gas-talks-document-2010", "document", "2010-03-03", null, "Ministry of Industry and Energy of Azerbaijan; Syria"),
            ("socar-syria-gas-mou-2025", "memorandum_of_understanding", "2025-07-12", "Baku",
             "State Oil Company of the Republic of Azerbaijan; Government of Syria (since December 2024)"),
            ("socar-ucc-energy-memoranda-2025", "memorandum_of_understanding", "2025-09-06", null,
             "State Oil Company of the Republic of Azerbaijan; UCC Holding"),
            ("rabat-schools-partnership-2026", "agreement", "2026-02-17", "ICESCO headquarters",
             "Ministry of Science and Education of Azerbaijan; Ministry of Education of Syria; Islamic World Educational, Scientific and Cultural Organization"),
        ];
        Assert.All(known, row => Assert.Contains(row, rows));
        // A running total of documents is not an agreement (second audit).
        Assert.DoesNotContain(rows, r => r.Id == "bilateral-documents-running-total");
    }

    [Fact]
    public void Rabat_agreement_has_three_signatories_its_value_and_its_term()
    {
        using var db = Shipped.Open();

        var row = db.QuerySingle<(string Signatories, double Value, string Currency, long Approximate, string ValidUntil)>(
            "SELECT signatories, value_amount, value_currency, value_approximate, valid_until FROM agreement_details WHERE agreement_id = 'rabat-schools-partnership-2026'");

        Assert.Equal(("Emin Amrullayev; Mohammed Abdulrahman Turko; Salim bin Mohammed AlMalik", 30000000.0, "USD", 1L, "2030-12-31"), row);
    }

    [Fact]
    public void Gas_deliveries_are_linked_to_the_2025_memorandum()
    {
        using var db = Shipped.Open();

        var links = db.Query<(string Event, string Relation)>(
            "SELECT event_id, relation FROM agreement_events WHERE agreement_id = 'socar-syria-gas-mou-2025' ORDER BY event_id");

        Assert.Equal(
            [("aliyev-al-arabiya-interview", "mention"), ("gas-deliveries-begin-kilis", "implementation"), ("socar-syria-gas-mou-signed", "signing")],
            links);
    }

    [Fact]
    public void The_2009_document_count_is_disputed_between_19_and_14()
    {
        using var db = Shipped.Open();

        var row = db.QuerySingle<(long Count, string Status, string ClaimA, string ClaimB)>(
            """
            SELECT a.document_count, a.evidence_status, d.claim_a, d.claim_b FROM agreements AS a
            JOIN discrepancy_details AS d ON d.subject_kind = 'agreement' AND d.subject_id = a.agreement_id
            WHERE a.agreement_id = 'assad-visit-documents-2009'
            """);

        Assert.Equal(19, row.Count);
        Assert.Equal("disputed", row.Status);
        Assert.Contains("19", row.ClaimA, StringComparison.Ordinal);
        Assert.Contains("Fourteen", row.ClaimB, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_disagreement_the_sources_point_out_is_recorded()
    {
        using var db = Shipped.Open();

        var ids = db.Query<string>("SELECT discrepancy_id FROM discrepancies ORDER BY discrepancy_id").ToList();

        Assert.All(
            ["antalya-meeting-day", "baku-visit-status", "documents-of-2009-count", "gas-document-day", "hiatus-length",
             "iftar-dates-and-places", "karakopru-aid-batch", "relations-established-month", "suspension-date", "suspension-scope",
             "second-aid-batch", "rafiyev-visit-day", "embassy-resumption-month", "baku-israeli-meeting-day", "jet-fuel-counterparty",
             "heydar-aliyev-term-start", "hafez-al-assad-term-start", "syrian-cabinet-day"],
            id => Assert.Contains(id, ids));
    }

    [Fact]
    public void Suspension_discrepancy_cites_the_article_against_the_2012_pages()
    {
        using var db = Shipped.Open();

        var row = db.QuerySingle<(string SourcesA, string SourcesB)>(
            "SELECT sources_a, sources_b FROM discrepancy_details WHERE discrepancy_id = 'suspension-date'");

        Assert.Equal("article ¶2", row.SourcesA);
        Assert.StartsWith("https://jam-news.net/", row.SourcesB, StringComparison.Ordinal);
        Assert.Equal(5, row.SourcesB.Split("; ").Length);
    }

    [Fact]
    public void Trade_flows_carry_unit_and_period_and_flag_partial_years()
    {
        using var db = Shipped.Open();

        var rows = db.Query<(string Id, double Value, string Unit, long Partial)>(
            "SELECT trade_flow_id, value, unit, is_partial_year FROM trade_flows WHERE flow = 'turnover' ORDER BY year");

        Assert.Equal(
            [
                ("aze-syr-2019-turnover", 193.43, "thousand USD", 0L), ("aze-syr-2021-turnover", 287.40, "thousand USD", 0L),
                ("aze-syr-2022-turnover", 798.87, "thousand USD", 0L), ("aze-syr-2023-turnover", 461.55, "thousand USD", 1L),
                ("aze-syr-2025-turnover", 91.892, "million USD", 1L),
            ],
            rows);
    }

    [Fact]
    public void Trade_turnover_equals_exports_plus_imports_for_every_year_the_committee_reports()
    {
        using var db = Shipped.Open();

        var gaps = db.Query<(long Year, double Gap)>(
            """
            SELECT year, abs(sum(CASE flow WHEN 'turnover' THEN value ELSE -value END)) AS gap
            FROM trade_flows WHERE commodity IS NULL AND unit = 'thousand USD' GROUP BY year
            """).ToList();

        Assert.Equal(4, gaps.Count);
        Assert.All(gaps, g => Assert.True(g.Gap < 0.011, $"{g.Year}: turnover differs from exports + imports by {g.Gap}"));
    }

    [Fact]
    public void Claims_of_unnamed_sources_are_reported_and_contested_ones_disputed()
    {
        using var db = Shipped.Open();

        var status = db.Query<(string Id, string Status)>(
            "SELECT event_id, evidence_status FROM events WHERE event_id IN ('al-shaibani-dermer-meeting-in-baku', 'syrian-israeli-meeting-expected-in-baku') ORDER BY event_id");

        Assert.Equal([("al-shaibani-dermer-meeting-in-baku", "reported"), ("syrian-israeli-meeting-expected-in-baku", "disputed")], status);
    }

    [Fact]
    public void Offices_from_the_pages_have_bounds_and_name_variants()
    {
        using var db = Shipped.Open();

        var mahir = db.QuerySingle<(string StartEarliest, string StartLatest, string EndEarliest, string EndLatest)>(
            "SELECT start_earliest, start_latest, end_earliest, end_latest FROM positions WHERE position_id = 'mahir-aliyev-ambassador'");
        var mekdad = db.QuerySingle<string>("SELECT person_id FROM person_names WHERE name = 'Faisal Mekdad'");

        Assert.Equal(("2008-01-01", "2008-12-31", "2014-11-01", "2014-11-30"), mahir);
        Assert.Equal("faisal-al-mikdad", mekdad);
    }

    [Fact]
    public void Jet_fuel_memorandum_was_signed_in_Damascus_the_day_before_SANA_reported_it()
    {
        using var db = Shipped.Open();

        var row = db.QuerySingle<(string? Earliest, string Latest, string Basis, string? Place, string? Signatories)>(
            "SELECT date_earliest, date_latest, date_basis, place, signatories FROM agreement_details WHERE agreement_id = 'socar-ucc-jet-fuel-memorandum-2025'");

        Assert.Equal(("2025-12-04", "2025-12-04", "derived", "Damascus", "Kanan Najafov; Musa al-Nabr"), row);
    }
}
