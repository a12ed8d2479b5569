namespace AzerbaijanSyria.Relations;

/// <summary>
/// How many events of one CAMEO quad class a range of one calendar year selects under a
/// <see cref="DateRangeMatch"/>, the same events <see cref="RelationsDataset.GetTimelineAsync(DateOnly?, DateOnly?, DateRangeMatch, string?, string?, SourceFilter, CancellationToken)"/>
/// lists for 1 January to 31 December of that year, and how many of them are certainly in it;
/// <c>Events - Certain</c> are only possibly in the year.
/// </summary>
public sealed record YearlyMatchCount
{
    /// <summary>The calendar year (from <see cref="DateReading.RelationsBegan"/>'s year on).</summary>
    public required int Year { get; init; }

    /// <summary>The CAMEO quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict, 0 none (an event without a CAMEO code).</summary>
    public required int QuadClass { get; init; }

    /// <summary>The events the year selects under the reading asked for.</summary>
    public required int Events { get; init; }

    /// <summary>Of <see cref="Events"/>, those whose every possible day lies in the year.</summary>
    public required int Certain { get; init; }
}
