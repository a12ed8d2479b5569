namespace AzerbaijanSyria.Relations;

/// <summary>What a dataset file holds at a glance, as <c>azsy info</c> prints it (see <see cref="RelationsDataset.GetSummaryAsync"/>).</summary>
public sealed record DatasetSummary
{
    /// <summary>The earliest day any event may fall on (its lower bound, or its upper one when it has none); null without events.</summary>
    public string? FirstEventDate { get; init; }

    /// <summary>The latest day any event may fall on (its upper bound, or its lower one when it has none); null without events.</summary>
    public string? LastEventDate { get; init; }

    /// <summary>How many sources there are of each kind (article, web page …), by kind.</summary>
    public required IReadOnlyList<KeyValuePair<string, long>> SourcesByKind { get; init; }

    /// <summary>How many sources there are in each language, most first (ties by language).</summary>
    public required IReadOnlyList<KeyValuePair<string, long>> SourcesByLanguage { get; init; }
}
