using System.Globalization;
using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations.Benchmarks;

/// <summary>
/// The floor's own row readers: each record filled by position from a <see cref="SqliteDataReader"/>,
/// written out by hand here and not borrowed from the library, so that whatever the library spends on
/// reading rows is measured against this and does not cancel out of the ratio. The columns are the
/// library's, in its order (the results are compared before timing, so a reader that drifts fails the setup).
/// </summary>
public static class FloorReaders
{
    public static TimelineEvent TimelineEvent(SqliteDataReader r) => new()
    {
        EventId = Text(r, 0),
        DateEarliest = Day(r, 1),
        DateLatest = Day(r, 2),
        DateEdtf = Text(r, 3),
        DatePrecision = Text(r, 4),
        DateBasis = Text(r, 5),
        CameoCode = Text(r, 6),
        EventType = Text(r, 7),
        CameoRoot = Text(r, 8),
        QuadClass = r.IsDBNull(9) ? null : r.GetInt32(9),
        PloverType = Text(r, 10),
        Title = Text(r, 11),
        Summary = Text(r, 12),
        Place = Text(r, 13),
        Country = Text(r, 14),
        OtherPlaces = Text(r, 15),
        Participants = Text(r, 16),
        ParticipantCountries = Text(r, 17),
        Topics = Text(r, 18),
        EvidenceStatus = Text(r, 19),
        ArticleParagraphs = Text(r, 20),
        Note = Text(r, 21),
        Goldstein = r.IsDBNull(22) ? null : r.GetDouble(22),
        PloverMode = Text(r, 23),
        PloverContext = Text(r, 24),
        VisitKind = Text(r, 25),
        VisitLevel = Text(r, 26),
        IndependentSources = r.GetInt32(27),
    };

    public static Statement Statement(SqliteDataReader r) => new()
    {
        StatementId = Text(r, 0),
        EventId = Text(r, 1),
        DateEarliest = Day(r, 2),
        DateLatest = Day(r, 3),
        DateEdtf = Text(r, 4),
        Speaker = Text(r, 5),
        SpeakerId = Text(r, 6),
        Summary = Text(r, 7),
        Topics = Text(r, 8),
        EvidenceStatus = Text(r, 9),
        Note = Text(r, 10),
    };

    public static Citation Citation(SqliteDataReader r) => new()
    {
        CitationId = r.GetInt64(0),
        SubjectKind = Text(r, 1),
        SubjectId = Text(r, 2),
        SourceId = Text(r, 3),
        SourceTitle = Text(r, 4),
        SourceKind = Text(r, 5),
        Publisher = Text(r, 6),
        Language = Text(r, 7),
        Paragraph = r.IsDBNull(8) ? null : r.GetInt32(8),
        Url = Text(r, 9),
        LinkBasis = Text(r, 10),
        Note = Text(r, 11),
        Locator = Text(r, 12),
        PublisherKind = Text(r, 13),
        PublisherCountryId = Text(r, 14),
        SourceGroup = Text(r, 15),
    };

    public static Discrepancy Discrepancy(SqliteDataReader r) => new()
    {
        DiscrepancyId = Text(r, 0),
        Title = Text(r, 1),
        SubjectKind = Text(r, 2),
        SubjectId = Text(r, 3),
        ClaimA = Text(r, 4),
        SourcesA = Text(r, 5),
        ClaimB = Text(r, 6),
        SourcesB = Text(r, 7),
        Note = Text(r, 8),
    };

    public static PersonPosition PersonPosition(SqliteDataReader r) => new()
    {
        PersonId = Text(r, 0),
        PersonName = Text(r, 1),
        PositionId = Text(r, 2),
        Position = Text(r, 3),
        Organization = Text(r, 4),
        Country = Text(r, 5),
        StartEarliest = Day(r, 6),
        StartLatest = Day(r, 7),
        EndEarliest = Day(r, 8),
        EndLatest = Day(r, 9),
        EvidenceStatus = Text(r, 10),
        Note = Text(r, 11),
        StartBasis = Text(r, 12),
        EndBasis = Text(r, 13),
        DiplomaticRank = Text(r, 14),
        OrganizationId = Text(r, 15),
        CountryId = Text(r, 16),
    };

    public static Agreement Agreement(SqliteDataReader r) => new()
    {
        AgreementId = Text(r, 0),
        Title = Text(r, 1),
        Kind = Text(r, 2),
        DateSigned = Text(r, 3),
        DateEarliest = Day(r, 4),
        DateLatest = Day(r, 5),
        DatePrecision = Text(r, 6),
        DateBasis = Text(r, 7),
        Place = Text(r, 8),
        Parties = Text(r, 9),
        Signatories = Text(r, 10),
        Status = Text(r, 11),
        Topics = Text(r, 12),
        DocumentCount = r.IsDBNull(13) ? null : r.GetInt32(13),
        PartOfAgreementId = Text(r, 14),
        ValueAmount = r.IsDBNull(15) ? null : r.GetDouble(15),
        ValueCurrency = Text(r, 16),
        ValueApproximate = r.GetBoolean(17),
        ValidUntil = Day(r, 18),
        Summary = Text(r, 19),
        EvidenceStatus = Text(r, 20),
        Note = Text(r, 21),
        RegistrationNumber = Text(r, 22),
        TextLanguages = Text(r, 23),
        TextUrl = Text(r, 24),
        Actions = Text(r, 25),
    };

    public static EventParticipant EventParticipant(SqliteDataReader r) => new()
    {
        ParticipantKind = Text(r, 0),
        ParticipantId = Text(r, 1),
        Name = Text(r, 2),
        Role = Text(r, 3),
        PositionId = Text(r, 4),
        Position = Text(r, 5),
    };

    public static SearchHit SearchHit(SqliteDataReader r) => new()
    {
        Kind = Text(r, 0),
        Id = Text(r, 1),
        Title = Text(r, 2),
        Snippet = Text(r, 3),
        Rank = r.GetDouble(4),
    };

    public static YearlyEventCount YearlyEventCount(SqliteDataReader r) => new()
    {
        Year = r.GetInt32(0),
        QuadClass = r.GetInt32(1),
        Certain = r.GetInt32(2),
        Possible = r.GetInt32(3),
        OpenEnded = r.GetInt32(4),
    };

    private static string Text(SqliteDataReader r, int i) => r.IsDBNull(i) ? null! : r.GetString(i);

    private static DateOnly? Day(SqliteDataReader r, int i) =>
        r.IsDBNull(i) ? null : DateOnly.ParseExact(r.GetString(i), "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
