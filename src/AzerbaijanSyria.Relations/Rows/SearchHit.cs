namespace AzerbaijanSyria.Relations;

/// <summary>A full-text search result.</summary>
public sealed record SearchHit
{
    /// <summary><c>event</c>, <c>statement</c> or <c>agreement</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>The matching row's id.</summary>
    public required string Id { get; init; }

    /// <summary>The row's title (for a statement, its speaker).</summary>
    public required string Title { get; init; }

    /// <summary>A fragment of the text with the matched words between <c>[</c> and <c>]</c>.</summary>
    public required string Snippet { get; init; }

    /// <summary>The BM25 rank: lower is a better match.</summary>
    public required double Rank { get; init; }
}
