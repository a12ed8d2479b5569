namespace AzerbaijanSyria.Relations;

/// <summary>
/// The one rule by which a range of days selects events whose own date is a range, used by
/// <see cref="RelationsDataset.GetTimelineAsync(DateOnly?, DateOnly?, DateRangeMatch, string?, string?, SourceFilter, CancellationToken)"/>,
/// <see cref="RelationsDataset.GetYearlyMatchCountsAsync"/>, <c>azsy timeline</c>, <c>azsy stats</c>
/// and the site's timeline filter (whose data carries <see cref="PlausibleFirstDay"/> and
/// <see cref="PlausibleLastDay"/> for each event).
/// </summary>
/// <remarks>
/// <para>An event's known bounds are its earliest and latest possible day; either may be unknown (an
/// open bound). In this dataset an open lower bound almost always means that only the date of a
/// report is known: the event happened on or before that day, and reports speak of recent events.
/// So the default reading, <see cref="DateRangeMatch.Plausible"/>, closes an open bound at a year's
/// distance: an event known only as "on or before" a day D falls in D's calendar year or the year
/// before (never before <see cref="RelationsBegan"/>); one known only as "on or after" a day falls in
/// that day's year or the year after. An event of unknown date falls in no range.</para>
/// <para><see cref="DateRangeMatch.Possible"/> leaves an open bound open, back to
/// <see cref="RelationsBegan"/> (no event precedes the relations); <see cref="DateRangeMatch.Certain"/>
/// asks that every possible day be in the range. An event that a range selects but that is not
/// certainly in it is only possibly in it: every output marks it so.</para>
/// </remarks>
public static class DateReading
{
    /// <summary>The first day any event may fall on: 1 January 1992, the year the relations began.</summary>
    public static DateOnly RelationsBegan { get; } = new(1992, 1, 1);

    /// <summary>
    /// The first day <see cref="DateRangeMatch.Plausible"/> reads an event as possibly on: its earliest
    /// day when known; for an event known only as on or before a day, 1 January of the year before that
    /// day's year, but never before <see cref="RelationsBegan"/> nor after the day itself; null for an
    /// event of unknown date.
    /// </summary>
    /// <param name="earliest">The event's earliest possible day, or null when open.</param>
    /// <param name="latest">The event's latest possible day, or null when open.</param>
    /// <returns>The first plausible day, or null.</returns>
    public static DateOnly? PlausibleFirstDay(DateOnly? earliest, DateOnly? latest)
    {
        if (earliest is { } known)
        {
            return known;
        }

        if (latest is not { } last)
        {
            return null;
        }

        var closed = last.Year - 1 < RelationsBegan.Year ? RelationsBegan : new DateOnly(last.Year - 1, 1, 1);
        return closed > last ? last : closed;
    }

    /// <summary>
    /// The last day <see cref="DateRangeMatch.Plausible"/> reads an event as possibly on: its latest day
    /// when known; for an event known only as on or after a day, 31 December of the year after that
    /// day's year; null for an event of unknown date.
    /// </summary>
    /// <param name="earliest">The event's earliest possible day, or null when open.</param>
    /// <param name="latest">The event's latest possible day, or null when open.</param>
    /// <returns>The last plausible day, or null.</returns>
    public static DateOnly? PlausibleLastDay(DateOnly? earliest, DateOnly? latest) =>
        latest ?? (earliest is { } first ? (first.Year == DateOnly.MaxValue.Year ? DateOnly.MaxValue : new DateOnly(first.Year + 1, 12, 31)) : null);

    /// <summary>Whether the range from <paramref name="from"/> to <paramref name="to"/> selects an event with these bounds under <paramref name="match"/>.</summary>
    /// <param name="earliest">The event's earliest possible day, or null when open.</param>
    /// <param name="latest">The event's latest possible day, or null when open.</param>
    /// <param name="from">The range's first day, or null for none.</param>
    /// <param name="to">The range's last day, or null for none.</param>
    /// <param name="match">The reading.</param>
    /// <returns>True when the event is listed.</returns>
    public static bool Matches(DateOnly? earliest, DateOnly? latest, DateOnly? from, DateOnly? to, DateRangeMatch match)
    {
        if (from is null && to is null)
        {
            return true;
        }

        switch (match)
        {
            case DateRangeMatch.Certain:
                return IsCertain(earliest, latest, from, to);
            case DateRangeMatch.Possible:
                var first = earliest ?? (latest is { } last && last < RelationsBegan ? last : RelationsBegan);
                return (to is null || first <= to) && (from is null || latest is null || latest >= from);
            case DateRangeMatch.Plausible:
                return PlausibleFirstDay(earliest, latest) is { } lo && PlausibleLastDay(earliest, latest) is { } hi
                    && (to is null || lo <= to) && (from is null || hi >= from);
            default:
                throw new ArgumentOutOfRangeException(nameof(match), match, LibraryMessages.UnknownDateRangeMatch(match));
        }
    }

    /// <summary>
    /// Whether an event is certainly in the range: its bound on each side the range has is known and
    /// inside it (with no range, every event is). A listed event that is not certain is only possibly in
    /// the range.
    /// </summary>
    /// <param name="earliest">The event's earliest possible day, or null when open.</param>
    /// <param name="latest">The event's latest possible day, or null when open.</param>
    /// <param name="from">The range's first day, or null for none.</param>
    /// <param name="to">The range's last day, or null for none.</param>
    /// <returns>True when every possible day of the event is in the range.</returns>
    public static bool IsCertain(DateOnly? earliest, DateOnly? latest, DateOnly? from, DateOnly? to) =>
        (from is null || (earliest is { } first && first >= from)) && (to is null || (latest is { } last && last <= to));

    /// <summary>
    /// The index-friendly bounds of the SQL for <see cref="DateRangeMatch.Plausible"/> and
    /// <see cref="DateRangeMatch.Possible"/>: the latest <c>date_latest</c> an event open at the start may
    /// have to reach <paramref name="to"/>, and the earliest <c>date_earliest</c> an event open at the
    /// end may have to reach <paramref name="from"/>, each null when it bounds nothing; whether events
    /// open at the start may be listed at all, and whether events of unknown date are.
    /// </summary>
    internal static (DateOnly? OpenStartLatest, DateOnly? OpenEndEarliest, bool Undated) SqlBounds(DateOnly? from, DateOnly? to, DateRangeMatch match) => match switch
    {
        // first = min(L, max(1 Jan of L's year - 1, RelationsBegan)) <= to: L <= to, or (RelationsBegan <= to and L's year <= to's year + 1).
        DateRangeMatch.Plausible => (
            to is { } t ? (RelationsBegan <= t ? (t.Year == DateOnly.MaxValue.Year ? DateOnly.MaxValue : new DateOnly(t.Year + 1, 12, 31)) : t) : null,
            from is { } f ? (f.Year == DateOnly.MinValue.Year ? DateOnly.MinValue : new DateOnly(f.Year - 1, 1, 1)) : null,
            false),

        // first = min(L, RelationsBegan) <= to: L <= to, or RelationsBegan <= to.
        DateRangeMatch.Possible => (
            to is { } t && t < RelationsBegan ? t : null,
            null,
            to is null || RelationsBegan <= to),
        _ => (to, from, false),
    };

    /// <summary>
    /// The SQL for the first and last calendar year an event may fall in under <paramref name="match"/>,
    /// over year columns where 0 stands for an open start and 9999 for an open end (the build's
    /// <c>event_year_tallies</c>); NULL for an event that falls in no year.
    /// </summary>
    internal static (string First, string Last) YearSql(DateRangeMatch match, string yearEarliest, string yearLatest)
    {
        var began = RelationsBegan.Year;
        return match switch
        {
            DateRangeMatch.Plausible => (
                $"CASE WHEN {yearEarliest} > 0 THEN {yearEarliest} WHEN {yearLatest} < 9999 THEN min({yearLatest}, max({yearLatest} - 1, {began})) END",
                $"CASE WHEN {yearLatest} < 9999 THEN {yearLatest} WHEN {yearEarliest} > 0 THEN {yearEarliest} + 1 END"),
            DateRangeMatch.Possible => (
                $"CASE WHEN {yearEarliest} > 0 THEN {yearEarliest} ELSE min({yearLatest}, {began}) END",
                yearLatest),
            _ => (
                $"CASE WHEN {yearEarliest} > 0 AND {yearLatest} < 9999 AND {yearEarliest} = {yearLatest} THEN {yearEarliest} END",
                $"CASE WHEN {yearEarliest} > 0 AND {yearLatest} < 9999 AND {yearEarliest} = {yearLatest} THEN {yearLatest} END"),
        };
    }
}
