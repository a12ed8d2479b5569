namespace AzerbaijanSyria.Relations;

/// <summary>
/// How a range of days selects events whose date is itself a range: a day, a month, a span of
/// possible days, or a bound on one side only ("on or before 27 August 2025"). The rule is
/// <see cref="DateReading"/>'s; <see cref="Plausible"/> is the default everywhere.
/// </summary>
public enum DateRangeMatch
{
    /// <summary>
    /// Events that may fall in the range: some day the sources leave possible is in it. An open
    /// bound is open, back to <see cref="DateReading.RelationsBegan"/>: an event known only as "on or
    /// before 27 August 2025" may fall in any range from 1992 up to that day.
    /// </summary>
    Possible = 0,

    /// <summary>
    /// Events certainly in the range: every day the sources leave possible is in it. An event with
    /// an open bound is never certainly in a range that has a bound on that side.
    /// </summary>
    Certain = 1,

    /// <summary>
    /// The default: events whose known dates do not put them outside the range, an open bound closed
    /// at a year's distance (see <see cref="DateReading"/>): an event known only as "on or before 4 March
    /// 2026" falls in 2025 or 2026, not in 2012. An event of unknown date falls in no range.
    /// </summary>
    Plausible = 2,
}
