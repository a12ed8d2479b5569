namespace AzerbaijanSyria.Relations;

/// <summary>Which facts a query returns, by how they are sourced.</summary>
public enum SourceFilter
{
    /// <summary>Every fact in the dataset.</summary>
    All = 0,

    /// <summary>Leaves out facts whose pages attribute them to unnamed sources (evidence status <c>reported</c>).</summary>
    Confirmed = 1,

    /// <summary>Only facts that the primary article itself states (cited to one of its paragraphs).</summary>
    Article = 2,
}
