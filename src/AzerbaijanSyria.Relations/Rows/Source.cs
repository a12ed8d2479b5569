namespace AzerbaijanSyria.Relations;

/// <summary>A source of the dataset's facts.</summary>
public sealed record Source
{
    /// <summary>The source's id.</summary>
    public required string SourceId { get; init; }

    /// <summary><c>article</c>, <c>web_page</c> or <c>unrecorded_page</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>Its title (for web pages, the dataset's description of the page).</summary>
    public required string Title { get; init; }

    /// <summary>Its publisher.</summary>
    public required string Publisher { get; init; }

    /// <summary>Its address, when kept.</summary>
    public string? Url { get; init; }

    /// <summary>Its language (ISO 639-1).</summary>
    public required string Language { get; init; }

    /// <summary>When it was published, when known.</summary>
    public DateOnly? DatePublished { get; init; }

    /// <summary>When it was read.</summary>
    public required DateOnly DateAccessed { get; init; }

    /// <summary>A note.</summary>
    public string? Note { get; init; }

    /// <summary>For a source cited by paragraph (the article), how many paragraphs its body has; null for web pages.</summary>
    public int? ParagraphCount { get; init; }

    /// <summary>Whose voice the source is: <c>government</c>, <c>state_media</c>, <c>private_media</c>, <c>international_organization</c>, <c>ngo</c>, <c>scholarly</c>, <c>encyclopedia</c>, <c>data_publisher</c> or <c>other</c>.</summary>
    public string? PublisherKind { get; init; }

    /// <summary>The publisher's country (ISO alpha-3); null for an international body.</summary>
    public string? PublisherCountryId { get; init; }
}
