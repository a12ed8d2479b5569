namespace AzerbaijanSyria.Relations;

/// <summary>One source cited for one fact.</summary>
public sealed record Citation
{
    /// <summary>The citation's id.</summary>
    public required long CitationId { get; init; }

    /// <summary>What kind of fact: <c>event</c>, <c>statement</c>, <c>aid_delivery</c>, <c>agreement</c>, <c>position</c>, <c>person</c>, <c>organization</c>, <c>place</c>, <c>trade_flow</c>, <c>assessment</c> or <c>claim</c>.</summary>
    public required string SubjectKind { get; init; }

    /// <summary>The fact's id in its table.</summary>
    public required string SubjectId { get; init; }

    /// <summary>The source's id.</summary>
    public required string SourceId { get; init; }

    /// <summary>The source's title.</summary>
    public required string SourceTitle { get; init; }

    /// <summary><c>article</c>, <c>web_page</c> or <c>unrecorded_page</c>.</summary>
    public required string SourceKind { get; init; }

    /// <summary>The source's publisher.</summary>
    public required string Publisher { get; init; }

    /// <summary>The source's language (ISO 639-1).</summary>
    public required string Language { get; init; }

    /// <summary>The article's paragraph (1–17); null for other sources.</summary>
    public int? Paragraph { get; init; }

    /// <summary>The web page's address; null for the article and for pages whose address was not kept.</summary>
    public string? Url { get; init; }

    /// <summary><c>stated</c>, or <c>derived</c> where the fact is identified with what the source says by reasoning.</summary>
    public required string LinkBasis { get; init; }

    /// <summary>A note on the citation.</summary>
    public string? Note { get; init; }

    /// <summary>Where on the page the fact is (its paragraph in the stored copy, a heading, a table row); null where not recorded.</summary>
    public string? Locator { get; init; }

    /// <summary>Whose voice the source is: <c>government</c>, <c>state_media</c>, <c>private_media</c>, <c>international_organization</c>, <c>ngo</c>, <c>scholarly</c>, <c>encyclopedia</c>, <c>data_publisher</c> or <c>other</c>.</summary>
    public string? PublisherKind { get; init; }

    /// <summary>The publisher's country (ISO alpha-3); null for an international body.</summary>
    public string? PublisherCountryId { get; init; }

    /// <summary>The group of sources this one belongs to: citations in one group are not independent of each other.</summary>
    public required string SourceGroup { get; init; }
}
