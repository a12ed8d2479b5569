using Dapper;

namespace AzerbaijanSyria.Relations.Tests;

/// <summary>The war years' fighters, repatriations and settlers (issue 20, part 3), read back from the shipped database.</summary>
public sealed class WarYearsFactsTests
{
    [Fact]
    public void Repatriation_batches_from_syria_keep_their_days_and_who_ran_them()
    {
        using var db = Shipped.Open();

        var batches = db.Query<(string Id, string Edtf, string Basis, string? Cameo, string Initiator)>(
            """
            SELECT e.event_id, e.date_edtf, e.date_basis, e.cameo_code, coalesce(ep.organization_id, ep.country_id)
            FROM events AS e JOIN event_participants AS ep ON ep.event_id = e.event_id AND ep.role = 'initiator'
            WHERE e.event_id IN ('repatriation-2021-11-24', 'repatriation-2022-05-25',
                                 'repatriation-2023-08-03', 'repatriation-2023-10-17', 'repatriation-2024-05-14')
            ORDER BY coalesce(e.date_earliest, e.date_latest)
            """).ToList();

        Assert.Equal(
            [
                ("repatriation-2021-11-24", "2021-11-24", "inferred", (string?)null, "government-azerbaijan"),
                ("repatriation-2022-05-25", "2022-05-25/2022-05-28", "inferred", null, "government-azerbaijan"),
                ("repatriation-2023-08-03", "2023-08-03", "stated", null, "government-azerbaijan"),
                ("repatriation-2023-10-17", "2023-10-17", "inferred", null, "AZE"),
                ("repatriation-2024-05-14", "2024-05-14", "inferred", null, "AZE"),
            ],
            batches); // the body each page credits (0080): the government's measures, the ministry only giving the account
        // Batches from the Amarna camp name it as a place, and the camp lies at Jarablus.
        Assert.Equal(
            "jarablus",
            db.QuerySingle<string>("SELECT parent_place_id FROM places WHERE place_id = 'amarna-camp'"));
        Assert.Contains("repatriation-2023-08-03", db.Query<string>("SELECT event_id FROM event_places WHERE place_id = 'amarna-camp'"));
    }

    [Fact]
    public void Official_counts_of_fighters_that_disagree_keep_both_sides_each_cited()
    {
        using var db = Shipped.Open();

        var sides = db.Query<(string Discrepancy, string Side, string Claim, long Citations)>(
            """
            SELECT c.discrepancy_id, c.side, c.claim_id, (SELECT count(*) FROM citations AS ci WHERE ci.claim_id = c.claim_id)
            FROM discrepancy_claims AS c
            WHERE c.discrepancy_id IN ('fighters-joined-count', 'fighters-dead-count', 'returned-fighters-tried-count')
            ORDER BY c.discrepancy_id, c.side
            """).ToList();

        Assert.Equal(
            [
                ("fighters-dead-count", "a", "fighters-dead-over-300"), ("fighters-dead-count", "b", "fighters-dead-or-missing-903"),
                ("fighters-joined-count", "a", "fighters-joined-about-900"), ("fighters-joined-count", "b", "fighters-joined-1477"),
                ("returned-fighters-tried-count", "a", "returned-tried-309"), ("returned-fighters-tried-count", "b", "prosecuted-109"),
            ],
            sides.Select(s => (s.Discrepancy, s.Side, s.Claim)));
        Assert.All(sides, s => Assert.True(s.Citations > 0, $"{s.Claim} has no citation"));

        // Each discrepancy hangs on the statement of an official who gave one of its counts; the Interior
        // Ministry's count, known only from undated pages, stays a cited claim without an event of its own.
        var anchors = db.Query<(string Discrepancy, string Statement, string Speaker)>(
            """
            SELECT d.discrepancy_id, s.statement_id, coalesce(s.speaker_person_id, s.speaker_organization_id)
            FROM discrepancies AS d JOIN statements AS s ON s.statement_id = d.statement_id
            WHERE d.discrepancy_id IN ('fighters-joined-count', 'fighters-dead-count', 'returned-fighters-tried-count')
            ORDER BY d.discrepancy_id
            """);
        Assert.Equal(
            [
                ("fighters-dead-count", "heydarov-1000-joined-2018-12", "siyavush-heydarov"),
                ("fighters-joined-count", "guliyev-900-joined-isis-2017-09", "madat-guliyev"),
                ("returned-fighters-tried-count", "heydarov-1000-joined-2018-12", "siyavush-heydarov"),
            ],
            anchors);
        Assert.Empty(db.Query<string>("SELECT event_id FROM events WHERE event_id = 'interior-ministry-fighters-count'"));
    }

    [Fact]
    public void Trials_in_baku_name_the_court_and_no_event_is_left_open_at_its_end()
    {
        using var db = Shipped.Open();

        var trials = db.Query<(string Id, string Edtf, string Cameo)>(
            """
            SELECT e.event_id, e.date_edtf, e.cameo_code FROM events AS e
            JOIN event_participants AS ep ON ep.event_id = e.event_id AND ep.organization_id = 'baku-grave-crimes-court'
            ORDER BY coalesce(e.date_earliest, e.date_latest), e.event_id
            """).ToList();

        Assert.Contains(("syria-fighters-preliminary-hearing-2015", "2015-09-29", "173"), trials);
        Assert.Contains(("gadirov-sentenced-ten-years-2017", "2017-08-23", "173"), trials);
        // A verdict known only from an undated page is left out: an event with no latest day would
        // leave every timeline query without an index bound.
        Assert.Empty(db.Query<string>("SELECT event_id FROM events WHERE date_earliest IS NOT NULL AND date_latest IS NULL"));
    }

    [Fact]
    public void Letters_to_the_secretary_general_on_syrian_armenians_are_addressed_to_ban_ki_moon_in_office()
    {
        using var db = Shipped.Open();

        var letters = db.Query<(string Id, string Edtf, string Speaker, string SpeakerOffice, string AddresseeOffice)>(
            """
            SELECT e.event_id, e.date_edtf, s.person_id, s.position_id, a.position_id
            FROM events AS e
            JOIN event_participants AS s ON s.event_id = e.event_id AND s.role = 'speaker'
            JOIN event_participants AS a ON a.event_id = e.event_id AND a.role = 'addressee' AND a.person_id = 'ban-ki-moon'
            WHERE e.event_id IN (SELECT event_id FROM event_topics WHERE topic_id = 'refugees')
            ORDER BY coalesce(e.date_earliest, e.date_latest)
            """).ToList();

        Assert.Equal(
            [
                ("mehdiyev-letter-to-ban-syrian-armenians-2013", "[..2013-02-16]", "agshin-mehdiyev", "agshin-mehdiyev-un-representative", "ban-ki-moon-secretary-general"),
                ("mammadyarov-letter-to-ban-syrian-armenians-2013", "[..2013-08-21]", "elmar-mammadyarov", "elmar-mammadyarov-foreign-minister", "ban-ki-moon-secretary-general"),
            ],
            letters);
        Assert.Equal(
            ["kalbajar", "lachin", "zangilan"],
            db.Query<string>("SELECT place_id FROM event_places WHERE event_id = 'mammadyarov-letter-to-ban-syrian-armenians-2013' ORDER BY place_id"));
    }
}
