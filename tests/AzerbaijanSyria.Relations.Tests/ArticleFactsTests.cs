using Dapper;

namespace AzerbaijanSyria.Relations.Tests;

/// <summary>The article's facts, read back from the shipped database with the paragraph that states them.</summary>
public sealed class ArticleFactsTests
{
    [Theory]
    [InlineData("diplomatic-relations-established", "1992-03-28", "stated", 2)]
    [InlineData("embassy-establishment-decree", "1997-04-11", "stated", 2)]
    [InlineData("embassy-opens-in-damascus", "2008-05-16", "stated", 2)]
    [InlineData("assad-government-falls", "2024-12-08", "stated", 5)]
    [InlineData("mfa-statement-on-restoring-relations", "2024-12-10", "inferred", 6)]
    [InlineData("rafiyev-visits-damascus", "2024-12-29", "inferred", 6)]
    [InlineData("aliyev-receives-turkish-ambassador", "2025-02-13", "inferred", 10)]
    [InlineData("second-aid-batch-sent", "2025-02-28", "inferred", 8)]
    [InlineData("sharifov-delegation-visits-syria", "2025-05-04", "stated", 16)]
    public void Dated_event_has_its_day_and_paragraph(string eventId, string day, string basis, int paragraph)
    {
        using var db = Shipped.Open();

        var row = db.QuerySingle<(string Earliest, string Latest, string Basis)>(
            "SELECT date_earliest, date_latest, date_basis FROM events WHERE event_id = @eventId", new { eventId });
        var paragraphs = db.Query<long>("SELECT paragraph FROM citations WHERE event_id = @eventId AND source_id = 'jps-article'", new { eventId });

        Assert.Equal((day, day, basis), row);
        Assert.Contains(paragraph, paragraphs);
    }

    [Fact]
    public void Years_the_article_and_the_pages_leave_out_are_marked_inferred()
    {
        using var db = Shipped.Open();

        var inferredFromArticle = db.Query<string>(
            """
            SELECT event_id FROM events WHERE date_basis = 'inferred'
              AND event_id IN (SELECT event_id FROM citations WHERE source_id = 'jps-article')
            ORDER BY event_id
            """);

        // The article gives these days without a year, and so do the pages beside it (the Antalya meeting's
        // and the iftars' years are the pages' own dates, release 3.0.0).
        Assert.Equal(["aliyev-receives-turkish-ambassador", "first-aid-convoy-dispatched", "first-aliyev-al-sharaa-meeting", "iftar-for-orphaned-children", "mfa-statement-on-restoring-relations", "rafiyev-visits-damascus", "second-aid-batch-sent"], inferredFromArticle);
    }

    [Fact]
    public void First_aid_convoy_has_ten_trucks_and_about_200_tonnes()
    {
        using var db = Shipped.Open();

        var convoy = db.QuerySingle<(long Trucks, double Tonnes, long Approximate, string Contents, long Sequence)>(
            "SELECT trucks, tonnes, tonnes_approximate, contents, sequence_number FROM aid_deliveries WHERE aid_delivery_id = 'first-aid-convoy'");
        var initiator = db.QuerySingle<string>(
            "SELECT person_id FROM event_participants WHERE event_id = 'first-aid-convoy-dispatched' AND role = 'initiator'");

        Assert.Equal((10L, 200.0, 1L, "Food and essential supplies", 1L), convoy);
        Assert.Equal("ilham-aliyev", initiator);
    }

    [Fact]
    public void Second_batch_has_no_quantities_because_the_article_gives_none()
    {
        using var db = Shipped.Open();

        var batch = db.QuerySingle<(long? Trucks, double? Tonnes, string? Contents, long Sequence)>(
            "SELECT trucks, tonnes, contents, sequence_number FROM aid_deliveries WHERE aid_delivery_id = 'second-aid-batch'");

        Assert.Equal((null, null, null, 2L), batch);
    }

    [Fact]
    public void Iftar_feeds_a_thousand_orphans_organised_by_the_embassy()
    {
        using var db = Shipped.Open();

        var meals = db.QuerySingle<(long Count, string Unit)>(
            "SELECT beneficiary_count, beneficiary_unit FROM aid_deliveries WHERE aid_delivery_id = 'iftar-meals-for-orphans'");
        var organizers = db.Query<string>(
            "SELECT organization_id FROM event_participants WHERE event_id = 'iftar-for-orphaned-children' AND role = 'organizer' ORDER BY organization_id");

        Assert.Equal((1000L, "children"), meals);
        Assert.Equal(["aida", "embassy-azerbaijan-damascus"], organizers);
    }

    [Theory]
    [InlineData("yalchin-rafiyev-deputy-foreign-minister", "Deputy Minister of Foreign Affairs", "mfa-azerbaijan", 6)]
    [InlineData("asaad-al-shaibani-foreign-minister", "Minister of Foreign Affairs and Expatriates (transitional government)", "mfa-syria", 6)]
    [InlineData("samir-sharifov-deputy-pm", "Deputy Prime Minister", null, 16)]
    [InlineData("birol-akgun-ambassador", "Ambassador of Türkiye to Azerbaijan", null, 10)]
    public void Office_the_article_gives_is_recorded(string positionId, string title, string? organization, int paragraph)
    {
        using var db = Shipped.Open();

        var row = db.QuerySingleOrDefault<(string Title, string? Organization)>(
            "SELECT title, organization_id FROM positions WHERE position_id = @positionId", new { positionId });
        var paragraphs = db.Query<long>("SELECT paragraph FROM citations WHERE position_id = @positionId AND source_id = 'jps-article'", new { positionId });

        Assert.Equal((title, organization), row);
        Assert.Contains(paragraph, paragraphs);
    }

    [Fact]
    public void Statements_of_the_Damascus_visit_belong_to_their_speakers()
    {
        using var db = Shipped.Open();

        var speakers = db.Query<(string Statement, string Speaker)>(
            """
            SELECT s.statement_id, s.speaker_person_id FROM statements AS s
            JOIN citations AS c ON c.statement_id = s.statement_id AND c.source_id = 'jps-article'
            WHERE s.event_id = 'rafiyev-visits-damascus' ORDER BY s.statement_id
            """);

        Assert.Equal(
            [
                ("al-shaibani-liberation-serves-peace", "asaad-al-shaibani"),
                ("al-shaibani-praises-support", "asaad-al-shaibani"),
                ("rafiyev-support-alongside-turkiye", "yalchin-rafiyev"),
            ],
            speakers);
    }

    [Fact]
    public void Obstacles_under_the_former_government_come_from_paragraphs_3_and_4()
    {
        using var db = Shipped.Open();

        var obstacles = db.Query<(string Id, long Paragraph)>(
            "SELECT a.assessment_id, c.paragraph FROM assessments AS a JOIN citations AS c USING (assessment_id) WHERE a.kind = 'obstacle' ORDER BY a.assessment_id");

        Assert.Equal(
            [("armenian-diaspora-stance", 3L), ("assad-era-international-forums", 4L), ("assad-era-oic-statements", 4L), ("syria-armenia-friendship", 3L)],
            obstacles);
    }

    [Fact]
    public void Cooperation_areas_the_article_names_are_tagged_on_its_opportunities()
    {
        using var db = Shipped.Open();

        var topics = db.Query<string>(
            "SELECT DISTINCT t.topic_id FROM assessment_topics AS t JOIN assessments AS a USING (assessment_id) WHERE a.kind = 'opportunity' ORDER BY t.topic_id");

        Assert.Equal(
            ["agriculture", "construction", "education", "energy", "healthcare", "infrastructure", "islamic-solidarity", "mediation",
             "oil-and-gas", "reconstruction", "regional-stability", "social-development", "transport", "turkiye-coordination", "water"],
            topics);
    }

    [Fact]
    public void Name_variants_find_the_same_person()
    {
        using var db = Shipped.Open();

        var ids = db.Query<string>(
            "SELECT DISTINCT person_id FROM person_names WHERE name IN ('al-Shibani', 'al-Shaibani') UNION SELECT person_id FROM person_names WHERE name IN ('al-Shara', 'al-Sharaa') ORDER BY 1");

        Assert.Equal(["ahmed-al-sharaa", "asaad-al-shaibani"], ids);
    }

    [Fact]
    public void First_presidential_meeting_is_linked_to_Antalya_as_derived()
    {
        using var db = Shipped.Open();

        var links = db.Query<(long Paragraph, string Basis)>(
            "SELECT paragraph, link_basis FROM citations WHERE event_id = 'first-aliyev-al-sharaa-meeting' AND source_id = 'jps-article' ORDER BY paragraph");
        var place = db.QuerySingle<string>("SELECT place_id FROM events WHERE event_id = 'first-aliyev-al-sharaa-meeting'");

        Assert.Equal([(14L, "derived"), (15L, "derived")], links);
        Assert.Equal("antalya", place);
    }
}
