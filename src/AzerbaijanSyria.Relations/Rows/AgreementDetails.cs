namespace AzerbaijanSyria.Relations;

/// <summary>One agreement with the steps of its life, its events, the documents of a set, its sources and disagreements.</summary>
public sealed record AgreementDetails
{
    /// <summary>The agreement, with its status.</summary>
    public required Agreement Agreement { get; init; }

    /// <summary>The steps after (or besides) its signing recorded in <c>agreement_actions</c>, in date order.</summary>
    public required IReadOnlyList<AgreementAction> Actions { get; init; }

    /// <summary>The events at which it was signed or acted on, in date order.</summary>
    public required IReadOnlyList<TimelineEvent> Events { get; init; }

    /// <summary>For a set of documents, the documents recorded as part of it, by signing date.</summary>
    public required IReadOnlyList<Agreement> Parts { get; init; }

    /// <summary>The sources cited for the agreement, in the order recorded.</summary>
    public required IReadOnlyList<Citation> Citations { get; init; }

    /// <summary>The disagreements between sources about it.</summary>
    public required IReadOnlyList<Discrepancy> Discrepancies { get; init; }
}
