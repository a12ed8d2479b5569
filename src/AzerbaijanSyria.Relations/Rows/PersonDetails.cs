namespace AzerbaijanSyria.Relations;

/// <summary>One person with every recorded spelling, their offices, their events in date order, their statements and sources.</summary>
public sealed record PersonDetails
{
    /// <summary>The person, with the other spellings of their name.</summary>
    public required Person Person { get; init; }

    /// <summary>Their offices, by start.</summary>
    public required IReadOnlyList<PersonPosition> Positions { get; init; }

    /// <summary>The events they took part in or spoke at, in date order.</summary>
    public required IReadOnlyList<TimelineEvent> Events { get; init; }

    /// <summary>What they said, in date order.</summary>
    public required IReadOnlyList<Statement> Statements { get; init; }

    /// <summary>The sources cited for the person, in the order recorded.</summary>
    public required IReadOnlyList<Citation> Citations { get; init; }
}
