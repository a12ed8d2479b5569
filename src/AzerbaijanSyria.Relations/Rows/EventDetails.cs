namespace AzerbaijanSyria.Relations;

/// <summary>One event with everything attached to it.</summary>
public sealed record EventDetails
{
    /// <summary>The event itself.</summary>
    public required TimelineEvent Event { get; init; }

    /// <summary>Who took part, in the order recorded.</summary>
    public required IReadOnlyList<EventParticipant> Participants { get; init; }

    /// <summary>What was said at it.</summary>
    public required IReadOnlyList<Statement> Statements { get; init; }

    /// <summary>The sources of the event itself.</summary>
    public required IReadOnlyList<Citation> Citations { get; init; }

    /// <summary>Disagreements about it (or about an agreement signed at it).</summary>
    public required IReadOnlyList<Discrepancy> Discrepancies { get; init; }
}
