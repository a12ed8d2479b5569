namespace AzerbaijanSyria.Relations;

/// <summary>
/// How a range of days selects events whose date is itself a range: a day, a month, a span of
/// possible days, or a bound on one side only ("on or before 27 August 2025").
/// </summary>
public enum DateRangeMatch
{
    /// <summary>
    /// Events that may fall in the range: some day the sources leave possible is in it. An open
    /// bound is open: an event known only as "on or before 27 August 2025" may fall in any range
    /// that starts on or before that day.
    /// </summary>
    Possible = 0,

    /// <summary>
    /// Events certainly in the range: every day the sources leave possible is in it. An event with
    /// an open bound is never certainly in a range that has a bound on that side.
    /// </summary>
    Certain = 1,
}
