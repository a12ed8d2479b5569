namespace AzerbaijanSyria.Relations;

/// <summary>A person, organization or country taking part in an event.</summary>
public sealed record EventParticipant
{
    /// <summary><c>person</c>, <c>organization</c> or <c>country</c>.</summary>
    public required string ParticipantKind { get; init; }

    /// <summary>The participant's id in its table.</summary>
    public required string ParticipantId { get; init; }

    /// <summary>The participant's name.</summary>
    public required string Name { get; init; }

    /// <summary>The role, e.g. <c>visitor</c>, <c>host</c>, <c>signatory</c>.</summary>
    public required string Role { get; init; }

    /// <summary>The office the person held when taking part, where it is recorded.</summary>
    public string? PositionId { get; init; }

    /// <summary>The title of that office.</summary>
    public string? Position { get; init; }
}
