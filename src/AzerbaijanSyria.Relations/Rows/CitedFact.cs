namespace AzerbaijanSyria.Relations;

/// <summary>A fact a source is cited for: what it is, in a few words, and where in the source it is.</summary>
public sealed record CitedFact
{
    /// <summary>The citation's id.</summary>
    public required long CitationId { get; init; }

    /// <summary>The fact's kind: <c>event</c>, <c>statement</c>, <c>aid_delivery</c>, <c>agreement</c>, <c>agreement_action</c>, <c>position</c>, <c>person</c>, <c>organization</c>, <c>place</c>, <c>trade_flow</c>, <c>assessment</c> or <c>claim</c>.</summary>
    public required string SubjectKind { get; init; }

    /// <summary>The fact's id in its table.</summary>
    public required string SubjectId { get; init; }

    /// <summary>The fact in a few words: an event's title, a statement's summary, a person's name, a claim, ….</summary>
    public string? Label { get; init; }

    /// <summary>The fact's date in EDTF, for the kinds that have one (events, statements, agreements and their steps, aid deliveries); otherwise null.</summary>
    public string? DateEdtf { get; init; }

    /// <summary>For the article, the paragraph.</summary>
    public int? Paragraph { get; init; }

    /// <summary>Where on a web page the fact is.</summary>
    public string? Locator { get; init; }

    /// <summary><c>stated</c> or <c>derived</c>: whether the source says this of this row, or the row is identified with what it says by reasoning.</summary>
    public required string LinkBasis { get; init; }

    /// <summary>A note on the citation.</summary>
    public string? Note { get; init; }
}
