namespace AzerbaijanSyria.Relations;

/// <summary>A step in the life of an agreement (signature, ratification, approval, entry into force, …), as the <c>agreement_action_details</c> view shows it.</summary>
public sealed record AgreementAction
{
    /// <summary>The step's id.</summary>
    public required string AgreementActionId { get; init; }

    /// <summary>The agreement's id.</summary>
    public required string AgreementId { get; init; }

    /// <summary>The agreement's title.</summary>
    public required string Agreement { get; init; }

    /// <summary><c>signature</c>, <c>ratification</c>, <c>approval</c>, <c>accession</c>, <c>entry_into_force</c>, <c>suspension</c> or <c>termination</c>.</summary>
    public required string Action { get; init; }

    /// <summary>The country that acted, when a country did.</summary>
    public string? CountryId { get; init; }

    /// <summary>The organization that acted, when an organization did.</summary>
    public string? OrganizationId { get; init; }

    /// <summary>The party that acted, by name; null for a step of the agreement as a whole.</summary>
    public string? Party { get; init; }

    /// <summary>The earliest possible day of the step.</summary>
    public DateOnly? DateEarliest { get; init; }

    /// <summary>The latest possible day of the step.</summary>
    public DateOnly? DateLatest { get; init; }

    /// <summary>The step's date in EDTF.</summary>
    public required string DateEdtf { get; init; }

    /// <summary><c>day</c>, <c>month</c>, <c>year</c>, <c>range</c> or <c>unknown</c>.</summary>
    public required string DatePrecision { get; init; }

    /// <summary><c>stated</c>, <c>inferred</c>, <c>derived</c> or <c>reported</c>.</summary>
    public required string DateBasis { get; init; }

    /// <summary>How it was done, as the page says (a decree, a law), when given.</summary>
    public string? Method { get; init; }

    /// <summary>The event at which it was done, when recorded.</summary>
    public string? EventId { get; init; }

    /// <summary>A note.</summary>
    public string? Note { get; init; }
}
