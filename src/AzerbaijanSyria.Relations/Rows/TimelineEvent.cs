namespace AzerbaijanSyria.Relations;

/// <summary>One event as the <c>timeline</c> view shows it: dates, CAMEO class, place and participants resolved.</summary>
public sealed record TimelineEvent
{
    /// <summary>The event's stable, readable id (a slug).</summary>
    public required string EventId { get; init; }

    /// <summary>The earliest day the event can have happened; null when open.</summary>
    public DateOnly? DateEarliest { get; init; }

    /// <summary>The latest day the event can have happened; null when open.</summary>
    public DateOnly? DateLatest { get; init; }

    /// <summary>The date in Extended Date/Time Format, e.g. <c>2012-08</c> or <c>[..2025-06-21]</c>.</summary>
    public required string DateEdtf { get; init; }

    /// <summary><c>day</c>, <c>month</c>, <c>year</c>, <c>range</c> or <c>unknown</c>.</summary>
    public required string DatePrecision { get; init; }

    /// <summary><c>stated</c>, <c>inferred</c>, <c>derived</c> or <c>reported</c>.</summary>
    public required string DateBasis { get; init; }

    /// <summary>The CAMEO event code, e.g. <c>042</c>; null for events outside that vocabulary.</summary>
    public string? CameoCode { get; init; }

    /// <summary>The CAMEO code's name, e.g. "Make a visit".</summary>
    public string? EventType { get; init; }

    /// <summary>The CAMEO root code, e.g. <c>04</c>.</summary>
    public string? CameoRoot { get; init; }

    /// <summary>The CAMEO quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.</summary>
    public int? QuadClass { get; init; }

    /// <summary>The PLOVER event type, where one is given.</summary>
    public string? PloverType { get; init; }

    /// <summary>A short title, in the dataset's own words.</summary>
    public required string Title { get; init; }

    /// <summary>A summary, in the dataset's own words.</summary>
    public required string Summary { get; init; }

    /// <summary>Where it happened, when known.</summary>
    public string? Place { get; init; }

    /// <summary>The country of the place.</summary>
    public string? Country { get; init; }

    /// <summary>Other places the event involves, with their role (<c>also_at</c>, <c>destination</c>, <c>route</c>), joined with "; ".</summary>
    public string? OtherPlaces { get; init; }

    /// <summary>People and organizations taking part, with their roles, joined with "; ".</summary>
    public string? Participants { get; init; }

    /// <summary>Countries taking part, with their roles, joined with "; ".</summary>
    public string? ParticipantCountries { get; init; }

    /// <summary>Topic ids, joined with "; ".</summary>
    public string? Topics { get; init; }

    /// <summary><c>confirmed</c>, <c>reported</c> (unnamed sources) or <c>disputed</c> (see its discrepancies).</summary>
    public required string EvidenceStatus { get; init; }

    /// <summary>The article's paragraphs that cite this event, joined with "; "; null when the article does not.</summary>
    public string? ArticleParagraphs { get; init; }

    /// <summary>A note on the event's dating or sources.</summary>
    public string? Note { get; init; }

    /// <summary>The Goldstein score of the event's CAMEO code, from -10 (most conflictual) to +10 (most cooperative); null without a code.</summary>
    public double? Goldstein { get; init; }

    /// <summary>The PLOVER mode, where the PLOVER manual defines one that fits.</summary>
    public string? PloverMode { get; init; }

    /// <summary>The PLOVER context(s), where the PLOVER manual defines one that fits.</summary>
    public string? PloverContext { get; init; }

    /// <summary>For a visit: <c>state</c>, <c>official</c>, <c>working</c>, <c>private</c> or <c>other</c>, as the pages call it.</summary>
    public string? VisitKind { get; init; }

    /// <summary>For a visit: the rank of its leader, e.g. <c>head_of_state</c> or <c>minister</c>.</summary>
    public string? VisitLevel { get; init; }

    /// <summary>How many independent sources support the event (sources that depend on each other count once).</summary>
    public int IndependentSources { get; init; }
}
