namespace AzerbaijanSyria.Relations;

/// <summary>
/// How many events of one CAMEO quad class fall in one calendar year, as a pair honest about
/// uncertain dates: an event counts as <see cref="Certain"/> only when all its possible days lie in
/// the year, and as <see cref="Possible"/> in every year that any of its possible days falls in. An
/// event whose dates straddle a new year is possible in both years and certain in neither. One row
/// of the <c>event_counts_by_year</c> view.
/// </summary>
public sealed record YearlyEventCount
{
    /// <summary>The calendar year.</summary>
    public required int Year { get; init; }

    /// <summary>The CAMEO quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict, 0 none (an event without a CAMEO code).</summary>
    public required int QuadClass { get; init; }

    /// <summary>Events whose every possible day lies in the year.</summary>
    public required int Certain { get; init; }

    /// <summary>Events with at least one possible day in the year (including the certain ones).</summary>
    public required int Possible { get; init; }

    /// <summary>
    /// How many of the <see cref="Possible"/> events have an open bound (known only as on or before a
    /// day, or on or after one), and so are possible in every year on that side of their one bound;
    /// <c>Possible - OpenEnded</c> counts the events with both bounds that may fall in the year.
    /// </summary>
    public required int OpenEnded { get; init; }
}
