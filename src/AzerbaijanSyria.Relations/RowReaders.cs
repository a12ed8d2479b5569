using System.Globalization;
using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations;

/// <summary>
/// How each row type is read from a query's columns: the columns, in order (each a property of the
/// type, snake_case), and a reader that fills the record from them by position. Written out rather
/// than generated at run time, so that a query costs no code generation and no reflection. A test
/// checks each list against the type's properties, and each query's records against Dapper's
/// mapping of the same view (see <see cref="RowMapping"/>).
/// </summary>
internal static class RowReaders
{

    /// <summary>The columns <see cref="TimelineEvent"/> is read from, in order.</summary>
    public const string TimelineEventColumns = "event_id, date_earliest, date_latest, date_edtf, date_precision, date_basis, cameo_code, event_type, cameo_root, quad_class, plover_type, title, summary, place, country, other_places, participants, participant_countries, topics, evidence_status, article_paragraphs, note, goldstein, plover_mode, plover_context, visit_kind, visit_level, independent_sources";

    /// <summary>Reads a row of <see cref="TimelineEventColumns"/>.</summary>
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

    /// <summary>The columns <see cref="Statement"/> is read from, in order.</summary>
    public const string StatementColumns = "statement_id, event_id, date_earliest, date_latest, date_edtf, speaker, speaker_id, summary, topics, evidence_status, note";

    /// <summary>Reads a row of <see cref="StatementColumns"/>.</summary>
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

    /// <summary>The columns <see cref="Citation"/> is read from, in order.</summary>
    public const string CitationColumns = "citation_id, subject_kind, subject_id, source_id, source_title, source_kind, publisher, language, paragraph, url, link_basis, note, locator, publisher_kind, publisher_country_id, source_group";

    /// <summary>Reads a row of <see cref="CitationColumns"/>.</summary>
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

    /// <summary>The columns <see cref="Discrepancy"/> is read from, in order.</summary>
    public const string DiscrepancyColumns = "discrepancy_id, title, subject_kind, subject_id, claim_a, sources_a, claim_b, sources_b, note";

    /// <summary>Reads a row of <see cref="DiscrepancyColumns"/>.</summary>
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

    /// <summary>
    /// The columns <see cref="PersonPosition"/> is read from, in order: those of the <c>person_positions</c>
    /// view, then <c>office_level</c>, which the view lacks and <see cref="PersonPositionSelect"/> reads from
    /// <c>positions</c>.
    /// </summary>
    public const string PersonPositionColumns = PersonPositionViewColumns + ", office_level";

    private const string PersonPositionViewColumns = "person_id, person_name, position_id, position, organization, country, start_earliest, start_latest, end_earliest, end_latest, evidence_status, note, start_basis, end_basis, diplomatic_rank, organization_id, country_id";

    /// <summary>
    /// The select list for <see cref="PersonPositionColumns"/> over <c>person_positions AS pp</c>. The level
    /// comes from <c>positions.office_level</c>, which files built before script <see cref="OfficeLevelScript"/>
    /// lack (their rows read a null level).
    /// </summary>
    public static string PersonPositionSelect(int schemaVersion) =>
        PersonPositionViewColumns + ", "
        + (schemaVersion >= OfficeLevelScript ? "(SELECT lv.office_level FROM positions AS lv WHERE lv.position_id = pp.position_id) AS office_level" : "NULL AS office_level");

    /// <summary>The migration script that added <c>positions.office_level</c>.</summary>
    public const int OfficeLevelScript = 44;

    /// <summary>Reads a row of <see cref="PersonPositionColumns"/>.</summary>
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
        OfficeLevel = Text(r, 17),
    };

    /// <summary>The columns <see cref="Agreement"/> is read from, in order.</summary>
    public const string AgreementColumns = "agreement_id, title, kind, date_signed, date_earliest, date_latest, date_precision, date_basis, place, parties, signatories, status, topics, document_count, part_of_agreement_id, value_amount, value_currency, value_approximate, valid_until, summary, evidence_status, note, registration_number, text_languages, text_url, actions";

    /// <summary>Reads a row of <see cref="AgreementColumns"/>.</summary>
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

    /// <summary>The columns <see cref="AidDelivery"/> is read from, in order.</summary>
    public const string AidDeliveryColumns = "aid_delivery_id, event_id, date_earliest, date_latest, date_edtf, sequence_number, donor, donor_organization, recipient, recipients, distributor, trucks, tonnes, tonnes_approximate, contents, route, beneficiary_count, beneficiary_unit, beneficiary_qualifier, arrival_event_id, arrival_date_edtf, evidence_status, note, location";

    /// <summary>Reads a row of <see cref="AidDeliveryColumns"/>.</summary>
    public static AidDelivery AidDelivery(SqliteDataReader r) => new()
    {
        AidDeliveryId = Text(r, 0),
        EventId = Text(r, 1),
        DateEarliest = Day(r, 2),
        DateLatest = Day(r, 3),
        DateEdtf = Text(r, 4),
        SequenceNumber = r.IsDBNull(5) ? null : r.GetInt32(5),
        Donor = Text(r, 6),
        DonorOrganization = Text(r, 7),
        Recipient = Text(r, 8),
        Recipients = Text(r, 9),
        Distributor = Text(r, 10),
        Trucks = r.IsDBNull(11) ? null : r.GetInt32(11),
        Tonnes = r.IsDBNull(12) ? null : r.GetDouble(12),
        TonnesApproximate = r.GetBoolean(13),
        Contents = Text(r, 14),
        Route = Text(r, 15),
        BeneficiaryCount = r.IsDBNull(16) ? null : r.GetInt32(16),
        BeneficiaryUnit = Text(r, 17),
        BeneficiaryQualifier = Text(r, 18),
        ArrivalEventId = Text(r, 19),
        ArrivalDateEdtf = Text(r, 20),
        EvidenceStatus = Text(r, 21),
        Note = Text(r, 22),
        Location = Text(r, 23),
    };

    /// <summary>The columns <see cref="TradeFlow"/> is read from, in order.</summary>
    public const string TradeFlowColumns = "trade_flow_id, reporter_country_id, partner_country_id, year, period_start, period_end, is_partial_year, flow, commodity, value, unit, quantity, quantity_unit, reported_by, note";

    /// <summary>Reads a row of <see cref="TradeFlowColumns"/>.</summary>
    public static TradeFlow TradeFlow(SqliteDataReader r) => new()
    {
        TradeFlowId = Text(r, 0),
        ReporterCountryId = Text(r, 1),
        PartnerCountryId = Text(r, 2),
        Year = r.GetInt32(3),
        PeriodStart = Day(r, 4)!.Value,
        PeriodEnd = Day(r, 5)!.Value,
        IsPartialYear = r.GetBoolean(6),
        Flow = Text(r, 7),
        Commodity = Text(r, 8),
        Value = r.IsDBNull(9) ? null : r.GetDouble(9),
        Unit = Text(r, 10),
        Quantity = r.IsDBNull(11) ? null : r.GetDouble(11),
        QuantityUnit = Text(r, 12),
        ReportedBy = Text(r, 13),
        Note = Text(r, 14),
    };

    /// <summary>The columns <see cref="Source"/> is read from, in order.</summary>
    public const string SourceColumns = "source_id, kind, title, publisher, url, language, date_published, date_accessed, note, paragraph_count, publisher_kind, publisher_country_id";

    /// <summary>Reads a row of <see cref="SourceColumns"/>.</summary>
    public static Source Source(SqliteDataReader r) => new()
    {
        SourceId = Text(r, 0),
        Kind = Text(r, 1),
        Title = Text(r, 2),
        Publisher = Text(r, 3),
        Url = Text(r, 4),
        Language = Text(r, 5),
        DatePublished = Day(r, 6),
        DateAccessed = Day(r, 7)!.Value,
        Note = Text(r, 8),
        ParagraphCount = r.IsDBNull(9) ? null : r.GetInt32(9),
        PublisherKind = Text(r, 10),
        PublisherCountryId = Text(r, 11),
    };

    /// <summary>The columns <see cref="EventParticipant"/> is read from, in order.</summary>
    public const string EventParticipantColumns = "participant_kind, participant_id, name, role, position_id, position";

    /// <summary>Reads a row of <see cref="EventParticipantColumns"/>.</summary>
    public static EventParticipant EventParticipant(SqliteDataReader r) => new()
    {
        ParticipantKind = Text(r, 0),
        ParticipantId = Text(r, 1),
        Name = Text(r, 2),
        Role = Text(r, 3),
        PositionId = Text(r, 4),
        Position = Text(r, 5),
    };

    /// <summary>The columns <see cref="Person"/> is read from, in order.</summary>
    public const string PersonColumns = "person_id, name, country, other_names";

    /// <summary>Reads a row of <see cref="PersonColumns"/>.</summary>
    public static Person Person(SqliteDataReader r) => new()
    {
        PersonId = Text(r, 0),
        Name = Text(r, 1),
        Country = Text(r, 2),
        OtherNames = Text(r, 3),
    };

    /// <summary>The columns <see cref="AidTotals"/> is read from, in order.</summary>
    public const string AidTotalsColumns = "deliveries, trucks, deliveries_with_trucks, tonnes, deliveries_with_tonnes, approximate_tonnes, deliveries_with_approximate_tonnes";

    /// <summary>Reads a row of <see cref="AidTotalsColumns"/>.</summary>
    public static AidTotals AidTotals(SqliteDataReader r) => new()
    {
        Deliveries = r.GetInt32(0),
        Trucks = r.GetInt32(1),
        DeliveriesWithTrucks = r.GetInt32(2),
        Tonnes = r.GetDouble(3),
        DeliveriesWithTonnes = r.GetInt32(4),
        ApproximateTonnes = r.GetDouble(5),
        DeliveriesWithApproximateTonnes = r.GetInt32(6),
    };

    /// <summary>The columns <see cref="YearlyEventCount"/> is read from, in order.</summary>
    public const string YearlyEventCountColumns = "year, quad_class, certain, possible, open_ended";

    /// <summary>Reads a row of <see cref="YearlyEventCountColumns"/>.</summary>
    public static YearlyEventCount YearlyEventCount(SqliteDataReader r) => new()
    {
        Year = r.GetInt32(0),
        QuadClass = r.GetInt32(1),
        Certain = r.GetInt32(2),
        Possible = r.GetInt32(3),
        OpenEnded = r.GetInt32(4),
    };

    /// <summary>The columns <see cref="RepresentationYear"/> is read from, in order.</summary>
    public const string RepresentationYearColumns = "year, sending_country_id, receiving_country_id, status_at_year_end, changes_in_year, head_of_mission_rank, cow_dip_level";

    /// <summary>Reads a row of <see cref="RepresentationYearColumns"/>.</summary>
    public static RepresentationYear RepresentationYear(SqliteDataReader r) => new()
    {
        Year = r.GetInt32(0),
        SendingCountryId = Text(r, 1),
        ReceivingCountryId = Text(r, 2),
        StatusAtYearEnd = Text(r, 3),
        ChangesInYear = r.GetInt32(4),
        HeadOfMissionRank = Text(r, 5),
        CowDipLevel = r.GetInt32(6),
    };

    /// <summary>The columns <see cref="FactChange"/> is read from, in order.</summary>
    public const string FactChangeColumns = "change_id, release, table_name, row_key, action, field, old_value, new_value, reason, source_id";

    /// <summary>Reads a row of <see cref="FactChangeColumns"/>; the old and new values keep their SQLite types.</summary>
    public static FactChange FactChange(SqliteDataReader r) => new()
    {
        ChangeId = r.GetInt64(0),
        Release = Text(r, 1),
        TableName = Text(r, 2),
        RowKey = Text(r, 3),
        Action = Text(r, 4),
        Field = Text(r, 5),
        OldValue = r.IsDBNull(6) ? null : r.GetValue(6),
        NewValue = r.IsDBNull(7) ? null : r.GetValue(7),
        Reason = Text(r, 8),
        SourceId = Text(r, 9),
    };

    /// <summary>The columns <see cref="SearchHit"/> is read from, in order.</summary>
    public const string SearchHitColumns = "kind, id, title, snippet, rank";

    /// <summary>Reads a row of <see cref="SearchHitColumns"/>.</summary>
    public static SearchHit SearchHit(SqliteDataReader r) => new()
    {
        Kind = Text(r, 0),
        Id = Text(r, 1),
        Title = Text(r, 2),
        Snippet = Text(r, 3),
        Rank = r.GetDouble(4),
    };

    /// <summary>A text column; null for SQL NULL.</summary>
    private static string Text(SqliteDataReader r, int i) => r.IsDBNull(i) ? null! : r.GetString(i);

    /// <summary>A day stored as ISO text (<c>yyyy-MM-dd</c>); null for SQL NULL.</summary>
    private static DateOnly? Day(SqliteDataReader r, int i) =>
        r.IsDBNull(i) ? null : DateOnly.ParseExact(r.GetString(i), "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
