using Dapper;
using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations.Tests;

/// <summary>
/// The 2009 visit's documents one by one, their approvals, which agreements are in force, and the
/// energy facts of 2010-2011 and 2025-2026, read back from the shipped database.
/// </summary>
public sealed class AgreementDocumentsTests
{
    /// <summary>
    /// "Which agreements are in force?" over agreement_actions: an agreement that a page says entered
    /// into force, and that no later suspension or termination has ended.
    /// </summary>
    private const string InForceSql = """
        SELECT a.agreement_id FROM agreements AS a
        WHERE EXISTS (SELECT 1 FROM agreement_actions AS f WHERE f.agreement_id = a.agreement_id AND f.action = 'entry_into_force')
          AND NOT EXISTS (
            SELECT 1 FROM agreement_actions AS e
            WHERE e.agreement_id = a.agreement_id AND e.action IN ('suspension', 'termination')
              AND coalesce(e.date_latest, e.date_earliest, '9999-12-31') >= (
                SELECT max(coalesce(f.date_earliest, f.date_latest, '0000-01-01')) FROM agreement_actions AS f
                WHERE f.agreement_id = a.agreement_id AND f.action = 'entry_into_force'))
        ORDER BY a.agreement_id
        """;

    /// <summary>The agreements Allaw listed in June 2010 as approved by the Syrian government.</summary>
    private static readonly string[] ApprovedBySyria =
    [
        "maritime-memorandum-2009", "agriculture-memorandum-2009", "industrial-cooperation-memorandum-2009",
        "health-cooperation-agreement-2009", "tourism-cooperation-agreement-2009", "education-agreement-2009",
        "political-consultations-memorandum-2009", "diplomatic-visa-exemption-agreement-2009",
        "electricity-renewables-document-2009", "finance-document-2009", "culture-document-2009",
        "investment-document-2009", "communications-it-document-2009", "customs-document-2009",
    ];

    [Fact]
    public void Visit_documents_are_part_of_the_2009_set_with_the_parties_the_pages_name()
    {
        using var db = Shipped.Open();

        var rows = db.Query<(string Id, string Kind, string? PartOf, string Place, string Parties)>(
            """
            SELECT a.agreement_id, a.kind, a.part_of_agreement_id, a.place_id,
                   (SELECT group_concat(p, '; ') FROM (SELECT coalesce(ap.organization_id, ap.country_id) AS p FROM agreement_parties AS ap
                    WHERE ap.agreement_id = a.agreement_id ORDER BY p)) AS parties
            FROM agreements AS a WHERE a.part_of_agreement_id = 'assad-visit-documents-2009'
            """).ToList();

        (string, string, string?, string, string)[] known =
        [
            ("maritime-memorandum-2009", "memorandum_of_understanding", "assad-visit-documents-2009", "baku", "chamber-of-shipping-syria; state-maritime-administration-azerbaijan"),
            ("national-libraries-memorandum-2009", "memorandum_of_understanding", "assad-visit-documents-2009", "baku", "al-asad-library; national-library-azerbaijan"),
            ("interior-ministries-protocol-2009", "protocol", "assad-visit-documents-2009", "baku", "ministry-internal-affairs-azerbaijan; ministry-internal-affairs-syria"),
            ("tourism-cooperation-agreement-2009", "agreement", "assad-visit-documents-2009", "baku", "ministry-culture-tourism-azerbaijan; ministry-tourism-syria"),
            ("education-agreement-2009", "agreement", "assad-visit-documents-2009", "baku", "SYR; ministry-education-azerbaijan"),
            ("diplomatic-visa-exemption-agreement-2009", "agreement", "assad-visit-documents-2009", "baku", "AZE; SYR"),
            ("joint-commission-memorandum-2009", "memorandum_of_understanding", "assad-visit-documents-2009", "baku", "assad-government; government-azerbaijan"),
        ];
        Assert.All(known, row => Assert.Contains(row, rows));
        // Every document of the set was signed at the visit: its signing event is the visit itself.
        var unsigned = db.Query<string>(
            """
            SELECT agreement_id FROM agreements WHERE part_of_agreement_id = 'assad-visit-documents-2009'
              AND agreement_id NOT IN (SELECT agreement_id FROM agreement_events WHERE event_id = 'bashar-al-assad-visits-baku' AND relation = 'signing')
            """);
        Assert.Empty(unsigned);
        // Each document takes the visit's dates, so each cites a page that dates the visit (the Foreign Ministry's list of visits).
        var undated = db.Query<string>(
            """
            SELECT agreement_id FROM agreements WHERE part_of_agreement_id = 'assad-visit-documents-2009'
              AND agreement_id NOT IN (SELECT agreement_id FROM citations WHERE source_id = 'mfa-az-syria' AND agreement_id IS NOT NULL)
            """);
        Assert.Empty(undated);
        // The set keeps the count of its own source, more than the documents the pages name.
        var (count, named) = db.QuerySingle<(long Count, long Named)>(
            "SELECT document_count, (SELECT count(*) FROM agreements WHERE part_of_agreement_id = 'assad-visit-documents-2009') FROM agreements WHERE agreement_id = 'assad-visit-documents-2009'");
        Assert.True(named <= count, $"{named} documents are part of a set counted as {count}");
    }

    [Fact]
    public void Agreement_actions_record_Syria_s_approval_of_each_agreement_Allaw_listed()
    {
        using var db = Shipped.Open();

        var approvals = db.Query<(string Agreement, string Country, string Edtf, string Basis, string Method, string Sources)>(
            """
            SELECT aa.agreement_id, aa.country_id, aa.date_edtf, aa.date_basis, aa.method,
                   (SELECT group_concat(source_id, '; ') FROM citations WHERE agreement_action_id = aa.agreement_action_id)
            FROM agreement_actions AS aa WHERE aa.action = 'approval'
            """).ToDictionary(r => r.Agreement);

        Assert.All(ApprovedBySyria, id =>
        {
            Assert.True(approvals.ContainsKey(id), $"{id} has no approval");
            Assert.Equal(("SYR", "[2009-07-08..2010-06-29]", "reported", "approved by the Syrian government", "syria-oil-874"),
                (approvals[id].Country, approvals[id].Edtf, approvals[id].Basis, approvals[id].Method, approvals[id].Sources));
        });
        // The libraries' memorandum and the interior ministries' protocol are not on Allaw's list: no page reports their approval.
        Assert.DoesNotContain("national-libraries-memorandum-2009", approvals.Keys);
        Assert.DoesNotContain("interior-ministries-protocol-2009", approvals.Keys);
    }

    [Fact]
    public void InForce_answer_names_only_agreements_a_cited_page_says_entered_into_force()
    {
        using var db = Shipped.Open();

        var inForce = db.Query<string>(InForceSql).ToList();

        // Allaw said most of the agreements he listed were in force but named none, so no document of the visit is in the answer.
        var visitDocuments = db.Query<string>("SELECT agreement_id FROM agreements WHERE part_of_agreement_id = 'assad-visit-documents-2009'").ToList();
        Assert.NotEmpty(visitDocuments);
        Assert.Empty(inForce.Intersect(visitDocuments));
        Assert.All(inForce, id => Assert.True(
            db.ExecuteScalar<long>(
                "SELECT count(*) FROM agreement_actions AS aa JOIN citations AS c ON c.agreement_action_id = aa.agreement_action_id WHERE aa.agreement_id = @id AND aa.action = 'entry_into_force'",
                new { id }) > 0,
            $"{id} is in force without a cited entry into force"));
    }

    [Fact]
    public void InForce_answer_follows_entry_into_force_and_termination_when_a_copy_records_them()
    {
        using var copy = new TempFile();
        File.Copy(Repo.ShippedDatabase, copy.Path);
        using (var writer = new SqliteConnection($"Data Source={copy.Path};Pooling=False"))
        {
            writer.Open();
            writer.Execute("""
                UPDATE change_context SET reason = 'A test records an entry into force and a termination on a copy.';
                INSERT INTO agreement_actions (agreement_action_id, agreement_id, action, country_id, date_earliest, date_latest, date_precision, date_basis, date_edtf)
                  VALUES ('test-maritime-in-force', 'maritime-memorandum-2009', 'entry_into_force', NULL, '2010-01-15', '2010-01-15', 'day', 'stated', '2010-01-15');
                INSERT INTO agreement_actions (agreement_action_id, agreement_id, action, country_id, date_earliest, date_latest, date_precision, date_basis, date_edtf)
                  VALUES ('test-health-in-force', 'health-cooperation-agreement-2009', 'entry_into_force', NULL, '2010-01-15', '2010-01-15', 'day', 'stated', '2010-01-15');
                INSERT INTO agreement_actions (agreement_action_id, agreement_id, action, country_id, date_earliest, date_latest, date_precision, date_basis, date_edtf)
                  VALUES ('test-health-ended', 'health-cooperation-agreement-2009', 'termination', 'SYR', '2013-05-01', '2013-05-01', 'day', 'stated', '2013-05-01');
                UPDATE change_context SET reason = NULL;
                """);
        }

        using var db = new SqliteConnection(RelationsDataset.ReadOnlyConnectionString(copy.Path));
        db.Open();
        var inForce = db.Query<string>(InForceSql).ToList();

        Assert.Contains("maritime-memorandum-2009", inForce);
        Assert.DoesNotContain("health-cooperation-agreement-2009", inForce);
        Assert.DoesNotContain("agriculture-memorandum-2009", inForce); // approved only
    }

    [Fact]
    public void Double_taxation_agreement_is_disputed_between_signed_and_still_to_be_signed()
    {
        using var db = Shipped.Open();

        var row = db.QuerySingle<(string Edtf, string Status, string Evidence)>(
            "SELECT date_edtf, status, evidence_status FROM agreements WHERE agreement_id = 'double-taxation-agreement'");
        var claims = db.Query<(string Side, string Source)>(
            """
            SELECT dc.side, c.source_id FROM discrepancy_claims AS dc JOIN citations AS c ON c.claim_id = dc.claim_id
            JOIN discrepancies AS d ON d.discrepancy_id = dc.discrepancy_id
            WHERE d.agreement_id = 'double-taxation-agreement' ORDER BY dc.side
            """).ToList();

        Assert.Equal(("2009-09", "signed", "disputed"), row);
        Assert.Equal([("a", "wikimili-az-syria"), ("b", "syria-oil-871")], claims);
    }

    [Fact]
    public void Competing_gas_figures_keep_each_side_s_claim_and_source()
    {
        using var db = Shipped.Open();

        var rows = db.Query<(string Id, string Subject, string SourcesA, string SourcesB)>(
            "SELECT discrepancy_id, subject_id, sources_a, sources_b FROM discrepancy_details WHERE discrepancy_id IN ('gas-daily-volume', 'first-gas-deliveries-year') ORDER BY discrepancy_id")
            .ToList();
        // Bayraktar's 2 billion cubic metres a year (what the line can carry) and 1.2 billion (the current plan)
        // are one speaker's potential and plan: his statement carries both, and no discrepancy pits them.
        var annual = db.QuerySingle<(string Summary, long Discrepancies)>(
            "SELECT summary, (SELECT count(*) FROM discrepancies WHERE statement_id = s.statement_id) FROM statements AS s WHERE statement_id = 'bayraktar-kilis-two-billion-a-year'");

        Assert.Equal(["first-gas-deliveries-year", "gas-daily-volume"], rows.Select(r => r.Id));
        Assert.Equal(["asadov-first-gas-to-syria", "al-bashir-3-4-million-cubic-metres-a-day"], rows.Select(r => r.Subject));
        Assert.Contains("https://news.day.az/azerinews/1821878.html", rows[0].SourcesA);
        Assert.Contains("https://wikimili.com/en/Azerbaijan%E2%80%93Syria_relations", rows[0].SourcesB);
        Assert.Contains("thesun.my", rows[1].SourcesA);
        Assert.Contains("eu-east.com", rows[1].SourcesB);
        Assert.DoesNotContain("lorientlejour", rows[1].SourcesB);
        Assert.Contains("2 billion", annual.Summary);
        Assert.Contains("1.2 billion", annual.Summary);
        Assert.Equal(0, annual.Discrepancies);
    }

    [Fact]
    public void Gas_plans_of_2010_and_2011_and_the_2025_announcements_read_back_in_order()
    {
        using var db = Shipped.Open();

        var events = db.Query<(string Id, string Edtf, string Basis)>(
            """
            SELECT event_id, date_edtf, date_basis FROM events
            WHERE event_id IN ('allaw-on-onward-gas-exports-2010', 'botas-kilis-pipeline-tender', 'zainab-on-gas-imports-2011',
                               'kilis-aleppo-pipeline-connected', 'bayraktar-announces-gas-to-syria', 'al-bashir-announces-daily-gas-volume', 'gas-deliveries-begin-kilis',
                               'turkiye-second-gas-pipeline-to-syria', 'aliyev-southern-gas-corridor-council-2026')
            ORDER BY coalesce(date_latest, date_earliest), event_id
            """).ToList();

        Assert.Equal(
            [
                ("allaw-on-onward-gas-exports-2010", "[..2010-06-28]", "derived"),
                ("botas-kilis-pipeline-tender", "2010-12-29", "stated"),
                ("zainab-on-gas-imports-2011", "[..2011-01-24]", "inferred"),
                ("kilis-aleppo-pipeline-connected", "2025-05-21", "stated"),
                ("al-bashir-announces-daily-gas-volume", "[..2025-07-30]", "reported"),
                ("bayraktar-announces-gas-to-syria", "2025-07-30", "derived"),
                ("gas-deliveries-begin-kilis", "2025-08-02", "stated"),
                ("turkiye-second-gas-pipeline-to-syria", "[..2025-11-12]", "reported"),
                ("aliyev-southern-gas-corridor-council-2026", "[..2026-03-03]", "reported"),
            ],
            events);
        var announced = db.ExecuteScalar<string>(
            "SELECT related_event_id FROM event_relations WHERE event_id = 'gas-deliveries-begin-kilis' AND relation = 'announced_by'");
        Assert.Equal("bayraktar-announces-gas-to-syria", announced);
    }
    [Fact]
    public void Gas_swap_agreement_binds_Turkiye_and_SOCAR_and_is_carried_out_at_Kilis()
    {
        using var db = Shipped.Open();

        var row = db.QuerySingle<(string Edtf, string Basis, string Parties)>(
            """
            SELECT a.date_edtf, a.date_basis,
                   (SELECT group_concat(p, '; ') FROM (SELECT coalesce(ap.country_id, ap.organization_id) AS p FROM agreement_parties AS ap
                    WHERE ap.agreement_id = a.agreement_id ORDER BY p))
            FROM agreements AS a WHERE a.agreement_id = 'turkiye-socar-gas-swap-2025'
            """);
        var events = db.Query<(string Event, string Relation)>(
            "SELECT event_id, relation FROM agreement_events WHERE agreement_id = 'turkiye-socar-gas-swap-2025' ORDER BY event_id").ToList();

        Assert.Equal(("[..2025-07-30]", "derived", "TUR; socar"), row);
        Assert.Equal([("bayraktar-announces-gas-to-syria", "mention"), ("gas-deliveries-begin-kilis", "implementation")], events);
    }
}
