namespace AzerbaijanSyria.Relations;

/// <summary>Who said what (paraphrased), at which event.</summary>
public sealed record Statement
{
    /// <summary>The statement's id.</summary>
    public required string StatementId { get; init; }

    /// <summary>The event at which it was made.</summary>
    public required string EventId { get; init; }

    /// <summary>The event's earliest possible day.</summary>
    public DateOnly? DateEarliest { get; init; }

    /// <summary>The event's latest possible day.</summary>
    public DateOnly? DateLatest { get; init; }

    /// <summary>The event's date in EDTF.</summary>
    public required string DateEdtf { get; init; }

    /// <summary>The speaker's name (a person or an organization).</summary>
    public required string Speaker { get; init; }

    /// <summary>The speaker's id in <c>people</c> or <c>organizations</c>.</summary>
    public required string SpeakerId { get; init; }

    /// <summary>What was said, in the dataset's own words.</summary>
    public required string Summary { get; init; }

    /// <summary>Topic ids, joined with "; ".</summary>
    public string? Topics { get; init; }

    /// <summary>The evidence status of the event.</summary>
    public required string EvidenceStatus { get; init; }

    /// <summary>A note on how the statement is recorded (for example, whose words it is where the page names no speaker).</summary>
    public string? Note { get; init; }
}
