namespace AzerbaijanSyria.Relations;

/// <summary>One organization with its offices and their holders, its events, its agreements and its sources.</summary>
public sealed record OrganizationDetails
{
    /// <summary>The organization.</summary>
    public required Organization Organization { get; init; }

    /// <summary>The offices in it, with their holders, by start.</summary>
    public required IReadOnlyList<PersonPosition> Positions { get; init; }

    /// <summary>The events it took part in, in date order.</summary>
    public required IReadOnlyList<TimelineEvent> Events { get; init; }

    /// <summary>The agreements it is a party to, by signing date.</summary>
    public required IReadOnlyList<Agreement> Agreements { get; init; }

    /// <summary>The sources cited for the organization, in the order recorded.</summary>
    public required IReadOnlyList<Citation> Citations { get; init; }
}
