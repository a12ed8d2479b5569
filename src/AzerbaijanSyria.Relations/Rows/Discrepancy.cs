namespace AzerbaijanSyria.Relations;

/// <summary>A disagreement between sources, with both claims and where each comes from.</summary>
public sealed record Discrepancy
{
    /// <summary>The discrepancy's id.</summary>
    public required string DiscrepancyId { get; init; }

    /// <summary>What is in question.</summary>
    public required string Title { get; init; }

    /// <summary><c>event</c>, <c>agreement</c>, <c>aid_delivery</c> or <c>position</c>.</summary>
    public required string SubjectKind { get; init; }

    /// <summary>The id of the row in question.</summary>
    public required string SubjectId { get; init; }

    /// <summary>The first claim.</summary>
    public required string ClaimA { get; init; }

    /// <summary>Where the first claim comes from (article paragraphs and addresses), joined with "; ".</summary>
    public string? SourcesA { get; init; }

    /// <summary>The second claim.</summary>
    public required string ClaimB { get; init; }

    /// <summary>Where the second claim comes from, joined with "; ".</summary>
    public string? SourcesB { get; init; }

    /// <summary>How the dataset reads the disagreement.</summary>
    public required string Note { get; init; }
}
