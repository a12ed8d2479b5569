namespace AzerbaijanSyria.Relations;

/// <summary>One disagreement between sources: both claims, each with its own citations.</summary>
public sealed record DiscrepancyDetails
{
    /// <summary>The disagreement, with both claims.</summary>
    public required Discrepancy Discrepancy { get; init; }

    /// <summary>The sources of the first claim, in the order recorded.</summary>
    public required IReadOnlyList<Citation> ClaimACitations { get; init; }

    /// <summary>The sources of the second claim, in the order recorded.</summary>
    public required IReadOnlyList<Citation> ClaimBCitations { get; init; }
}
