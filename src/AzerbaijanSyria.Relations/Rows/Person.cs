namespace AzerbaijanSyria.Relations;

/// <summary>A person named in the sources.</summary>
public sealed record Person
{
    /// <summary>The person's id.</summary>
    public required string PersonId { get; init; }

    /// <summary>The name the dataset uses.</summary>
    public required string Name { get; init; }

    /// <summary>The person's country, when known.</summary>
    public string? Country { get; init; }

    /// <summary>Other spellings met in the sources, joined with "; ".</summary>
    public string? OtherNames { get; init; }
}
