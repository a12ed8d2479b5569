namespace AzerbaijanSyria.Relations;

/// <summary>One place with the events held there, the agreements signed there and its sources.</summary>
public sealed record PlaceDetails
{
    /// <summary>The place.</summary>
    public required Place Place { get; init; }

    /// <summary>The events held there (as their place or one of their places), in date order.</summary>
    public required IReadOnlyList<TimelineEvent> Events { get; init; }

    /// <summary>The agreements signed there, by signing date.</summary>
    public required IReadOnlyList<Agreement> Agreements { get; init; }

    /// <summary>The sources cited for the place, in the order recorded.</summary>
    public required IReadOnlyList<Citation> Citations { get; init; }
}
