namespace AzerbaijanSyria.Relations;

/// <summary>An office a person held, with the bounds the sources give for its start and end.</summary>
public sealed record PersonPosition
{
    /// <summary>The person's id.</summary>
    public required string PersonId { get; init; }

    /// <summary>The person's name.</summary>
    public required string PersonName { get; init; }

    /// <summary>The position's id.</summary>
    public required string PositionId { get; init; }

    /// <summary>The office's title.</summary>
    public required string Position { get; init; }

    /// <summary>The organization, when the office belongs to one.</summary>
    public string? Organization { get; init; }

    /// <summary>The country the office belongs to.</summary>
    public string? Country { get; init; }

    /// <summary>The earliest the term can have started; null when unknown.</summary>
    public DateOnly? StartEarliest { get; init; }

    /// <summary>The latest the term can have started (the first day the sources show the person in office).</summary>
    public DateOnly? StartLatest { get; init; }

    /// <summary>The earliest the term can have ended (the last day the sources show the person in office).</summary>
    public DateOnly? EndEarliest { get; init; }

    /// <summary>The latest the term can have ended; null when unknown.</summary>
    public DateOnly? EndLatest { get; init; }

    /// <summary>The evidence status.</summary>
    public required string EvidenceStatus { get; init; }

    /// <summary>A note on the office.</summary>
    public string? Note { get; init; }

    /// <summary><c>stated</c> when a page states when the term began; <c>attested</c> when only a day in office bounds it.</summary>
    public string? StartBasis { get; init; }

    /// <summary><c>stated</c>, <c>attested</c>, or <c>ongoing</c> (a page says the term continues as of its date).</summary>
    public string? EndBasis { get; init; }

    /// <summary>For a head of mission: <c>ambassador</c>, <c>minister</c> or <c>charge_d_affaires</c>.</summary>
    public string? DiplomaticRank { get; init; }

    /// <summary>The office's organization's id, where it belongs to one.</summary>
    public string? OrganizationId { get; init; }

    /// <summary>The office's country (ISO alpha-3).</summary>
    public string? CountryId { get; init; }

    /// <summary>
    /// What kind of office it is: <c>head_of_state</c>, <c>head_of_government</c>, <c>foreign_minister</c>,
    /// <c>minister</c>, <c>deputy_minister</c>, <c>speaker</c> or <c>head_of_mission</c>; null for any other
    /// office, and in files whose <c>person_positions</c> view has no <c>office_level</c> column (built before
    /// script 0051, such as release 2.0.0's).
    /// </summary>
    public string? OfficeLevel { get; init; }
}
