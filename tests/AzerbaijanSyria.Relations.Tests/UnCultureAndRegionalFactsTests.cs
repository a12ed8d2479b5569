using Dapper;

namespace AzerbaijanSyria.Relations.Tests;

/// <summary>
/// The facts of migration 0047 read back from the shipped database: Azerbaijan's votes on Syria at the
/// UN, Nasimi's grave and the culture ministers, sport in Baku, and the regional statements of 2025-2026.
/// </summary>
public sealed class UnCultureAndRegionalFactsTests
{
    [Fact]
    public void Security_Council_votes_of_2012_name_Azerbaijan_and_say_how_its_vote_is_known()
    {
        using var db = Shipped.Open();

        var votes = db.Query<(string Id, string Edtf, string? Cameo, string Note)>(
            """
            SELECT e.event_id, e.date_edtf, e.cameo_code, p.note
            FROM events AS e
            JOIN event_participants AS p ON p.event_id = e.event_id AND p.country_id = 'AZE'
            WHERE e.event_id IN ('unsc-syria-draft-vetoed-2012-02', 'unsc-resolution-2043', 'unsc-syria-draft-vetoed-2012-07', 'unsc-resolution-2059')
              AND e.event_id IN (SELECT event_id FROM event_participants WHERE organization_id = 'un-security-council')
            ORDER BY e.date_earliest
            """).ToList();

        Assert.Equal(
            ["unsc-syria-draft-vetoed-2012-02", "unsc-resolution-2043", "unsc-syria-draft-vetoed-2012-07", "unsc-resolution-2059"],
            votes.Select(v => v.Id));
        Assert.Equal(["2012-02-04", "2012-04-21", "2012-07-19", "2012-07-20"], votes.Select(v => v.Edtf));
        Assert.All(votes, v => Assert.Null(v.Cameo));
        Assert.Contains("vote list", votes[0].Note);
        Assert.Contains("eleven", votes[2].Note);
        Assert.Contains("fifteen", votes[3].Note);
    }

    [Fact]
    public void General_Assembly_vote_of_May_2013_is_condemnation_with_its_day_stated_by_the_UN()
    {
        using var db = Shipped.Open();

        var vote = db.QuerySingle<(string Edtf, string Basis, string Cameo, string Role, string Citations)>(
            """
            SELECT e.date_edtf, e.date_basis, e.cameo_code, p.role,
                   (SELECT group_concat(source_id, '; ') FROM (SELECT source_id FROM citations WHERE event_id = e.event_id ORDER BY source_id))
            FROM events AS e JOIN event_participants AS p ON p.event_id = e.event_id AND p.country_id = 'AZE'
            WHERE e.event_id = 'unga-resolution-on-syria-2013'
            """);
        var follows = db.QuerySingle<string>(
            "SELECT related_event_id FROM event_relations WHERE event_id = 'unga-resolution-on-syria-2013' AND relation = 'follows'");

        Assert.Equal(("2013-05-15", "stated", "111", "participant", "arminfo-20130517; un-ga11372"), vote);
        Assert.Equal("unga-resolution-on-syria-2012", follows);
    }

    [Fact]
    public void Nasimi_grave_facts_since_2019_run_from_the_minister_to_the_contacts_of_2025()
    {
        using var db = Shipped.Open();

        var rows = db.Query<(string Id, string Edtf, string Status)>(
            """
            SELECT event_id, date_edtf, evidence_status FROM events
            WHERE event_id IN (SELECT event_id FROM event_topics WHERE topic_id = 'culture')
              AND (title LIKE '%Nasimi%' OR summary LIKE '%Nasimi%')
              AND date_latest >= '2019-01-01'
            ORDER BY coalesce(date_latest, date_earliest), date_earliest
            """).ToList();
        var garayev = db.Query<string>(
            "SELECT position_id FROM event_participants WHERE person_id = 'abulfas-garayev' ORDER BY event_id").ToList();
        var office = db.QuerySingle<(string StartEarliest, string StartLatest, string EndLatest)>(
            "SELECT start_earliest, start_latest, end_latest FROM positions WHERE position_id = 'abulfas-garayev-culture-minister'");

        Assert.Equal(
            [
                ("azim-photographs-nasimi-mausoleum-2019", "2019-11-28/2019-12-03", "confirmed"),
                ("nasimi-tomb-photo-exhibition-2019", "2019-12-27", "confirmed"),
                ("garayev-state-talks-on-nasimi-grave-2019", "[..2019-12-31]", "confirmed"),
                ("monuments-discussed-at-aliyev-al-sharaa-talks", "2025-07-12", "reported"),
                ("nasimi-grave-transfer-contacts-2025", "[..2025-08-26]", "reported"),
            ],
            rows);
        Assert.All(garayev, p => Assert.Equal("abulfas-garayev-culture-minister", p));
        Assert.Equal(("2018-01-01", "2018-12-31", "2020-05-21"), office);
    }

    [Fact]
    public void Syria_at_the_Baku_Games_is_a_participant_with_Azerbaijan_as_host()
    {
        using var db = Shipped.Open();

        var roles = db.Query<(string Country, string Role)>(
            "SELECT country_id, role FROM event_participants WHERE event_id = 'syria-at-baku-2017-islamic-solidarity-games' ORDER BY country_id").ToList();
        var topics = db.Query<string>(
            "SELECT topic_id FROM event_topics WHERE event_id = 'syria-at-baku-2017-islamic-solidarity-games' ORDER BY topic_id").ToList();

        Assert.Equal([("AZE", "host"), ("SYR", "participant")], roles);
        Assert.Equal(["islamic-solidarity", "sport"], topics);
    }

    [Fact]
    public void Regional_statements_of_2025_and_2026_keep_their_speakers_and_offices()
    {
        using var db = Shipped.Open();

        var speakers = db.Query<(string Statement, string Speaker)>(
            """
            SELECT statement_id, coalesce(speaker_person_id, speaker_organization_id) FROM statements
            WHERE statement_id IN ('erdogan-aliyev-ready-to-help-syria-with-gas', 'syria-hails-south-caucasus-peace-2025',
                                   'syria-solidarity-with-azerbaijan-and-turkiye-2026')
            ORDER BY statement_id
            """).ToList();
        var erdogan = db.QuerySingle<(string Position, string Edtf, string Basis)>(
            """
            SELECT p.position_id, e.date_edtf, e.date_basis FROM event_participants AS p JOIN events AS e USING (event_id)
            WHERE p.person_id = 'recep-tayyip-erdogan' AND p.role = 'speaker'
            """);

        Assert.Equal(
            [
                ("erdogan-aliyev-ready-to-help-syria-with-gas", "recep-tayyip-erdogan"),
                ("syria-hails-south-caucasus-peace-2025", "mfa-syria"),
                ("syria-solidarity-with-azerbaijan-and-turkiye-2026", "mfa-syria"),
            ],
            speakers);
        Assert.Equal(("recep-tayyip-erdogan-president", "[2025-07-04..2025-07-05]", "inferred"), erdogan);
    }
}
