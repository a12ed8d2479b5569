namespace AzerbaijanSyria.Relations;

/// <summary>
/// A fact whose every citation is one side's own voice: the government or state media of Azerbaijan,
/// or of Syria, and no other source (a page that reprints, translates or quotes another counts with it).
/// </summary>
public sealed record OneSidedFact
{
    /// <summary>The fact's kind: <c>event</c>, <c>statement</c>, <c>aid_delivery</c>, <c>agreement</c>, <c>agreement_action</c>, <c>position</c>, <c>person</c>, <c>organization</c>, <c>place</c>, <c>trade_flow</c>, <c>assessment</c> or <c>claim</c>.</summary>
    public required string SubjectKind { get; init; }

    /// <summary>The fact's id in its table.</summary>
    public required string SubjectId { get; init; }

    /// <summary>The fact in a few words: an event's title, a statement's summary, a claim, ….</summary>
    public string? Label { get; init; }

    /// <summary>The fact's date in EDTF, for the kinds that have one; otherwise null.</summary>
    public string? DateEdtf { get; init; }

    /// <summary>The side whose own voices alone report it: <c>AZE</c> or <c>SYR</c>.</summary>
    public required string ReportedOnlyBy { get; init; }

    /// <summary>How many citations it has.</summary>
    public required int Citations { get; init; }

    /// <summary>How many sources those citations name.</summary>
    public required int Sources { get; init; }

    /// <summary>How many independent sources they are (a reprint chain counted once).</summary>
    public required int IndependentSources { get; init; }
}
