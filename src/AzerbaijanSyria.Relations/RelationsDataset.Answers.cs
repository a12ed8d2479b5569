namespace AzerbaijanSyria.Relations;

/// <summary>Answers to the common questions: who held an office in a period, and which facts only one side's own voices report.</summary>
public sealed partial class RelationsDataset
{
    /// <summary>The country codes of the two sides, whose governments and state media are each side's own voices.</summary>
    public static IReadOnlyList<string> Sides { get; } = ["AZE", "SYR"];

    /// <summary>
    /// The offices the sources show held at some time from <paramref name="from"/> to <paramref name="to"/>
    /// (both included): those whose term certainly covers at least one day of the period, that is, it
    /// started no later than the period's last day and ended no earlier than its first, and the sources'
    /// bounds leave a day it certainly covered (its latest possible start is no later than its earliest
    /// possible end). For one day this is <see cref="GetPositionsOnAsync"/>; for a year it answers
    /// "who was Syria's foreign minister in 2022", every holder in turn.
    /// </summary>
    /// <param name="from">The period's first day.</param>
    /// <param name="to">The period's last day.</param>
    /// <param name="sources">Which facts to include.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The offices, by person and title.</returns>
    /// <exception cref="ArgumentException"><paramref name="from"/> is after <paramref name="to"/>.</exception>
    public async Task<IReadOnlyList<PersonPosition>> GetPositionsInAsync(
        DateOnly from, DateOnly to, SourceFilter sources = SourceFilter.All, CancellationToken cancellationToken = default)
    {
        if (from > to)
        {
            throw new ArgumentException(LibraryMessages.PeriodBackwards(from, to), nameof(from));
        }

        var sql = $"""
            SELECT pp.* FROM person_positions AS pp
            WHERE pp.start_latest <= $to
              AND pp.end_earliest >= $from
              AND pp.start_latest <= pp.end_earliest
              AND {SourceFilterSql.For(sources, "position_id", "pp.position_id", "pp.evidence_status")}
            ORDER BY pp.person_name, pp.position
            """;
        return await QueryAsync(sql, RowParsers.PersonPosition, cancellationToken, ("$from", Iso(from)), ("$to", Iso(to))).ConfigureAwait(false);
    }

    /// <summary>
    /// The facts only one side's own voices report: every citation of the fact names a source whose
    /// publisher is the government or state media of that side (<c>sources.publisher_kind</c> is
    /// <c>government</c> or <c>state_media</c> and <c>publisher_country_id</c> is <c>AZE</c> or <c>SYR</c>),
    /// and none names any other source, private media of that side included. The same rule as the
    /// <c>one_sided_events</c> view and <c>fact_support</c>'s counts, for every kind of cited fact.
    /// </summary>
    /// <param name="side">Only the facts of this side, <c>AZE</c> or <c>SYR</c>; null for both.</param>
    /// <param name="subjectKind">Only facts of this kind (<c>event</c>, <c>statement</c>, <c>claim</c>, …, as <c>citation_details.subject_kind</c>); null for all.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The facts, by side, kind, date and id.</returns>
    /// <exception cref="ArgumentException"><paramref name="side"/> is not one of <see cref="Sides"/>.</exception>
    public async Task<IReadOnlyList<OneSidedFact>> GetOneSidedFactsAsync(
        string? side = null, string? subjectKind = null, CancellationToken cancellationToken = default)
    {
        if (side is not null && !Sides.Contains(side, StringComparer.Ordinal))
        {
            throw new ArgumentException(LibraryMessages.UnknownSide(side, Sides), nameof(side));
        }

        var sql = $"""
            SELECT f.subject_kind, f.subject_id, {SubjectLabelSql} AS label, {SubjectDateSql} AS date_edtf,
                   CASE WHEN f.azerbaijani_official_sources > 0 THEN 'AZE' ELSE 'SYR' END AS reported_only_by,
                   f.citations, f.sources, f.independent_sources
            FROM fact_support AS f
            WHERE f.other_sources = 0
              AND (f.azerbaijani_official_sources = 0) <> (f.syrian_official_sources = 0)
              AND ($side IS NULL OR (CASE WHEN f.azerbaijani_official_sources > 0 THEN 'AZE' ELSE 'SYR' END) = $side)
              AND ($kind IS NULL OR f.subject_kind = $kind)
            ORDER BY reported_only_by, f.subject_kind, {SubjectDayOrderSql}, f.subject_id
            """;
        return await QueryAsync(sql, RowParsers.OneSidedFact, cancellationToken, ("$side", side), ("$kind", subjectKind)).ConfigureAwait(false);
    }

    /// <summary>
    /// The steps in the lives of agreements recorded in <c>agreement_actions</c> (approvals, ratifications,
    /// entries into force, ends), of one agreement or of all, in date order. The signing itself is the
    /// agreement's own date (<see cref="Agreement.DateSigned"/>), not a step here unless a page records a
    /// party's signature apart.
    /// </summary>
    /// <param name="agreementId">One agreement's id, or null for every agreement's steps.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The steps, earliest first.</returns>
    public async Task<IReadOnlyList<AgreementAction>> GetAgreementActionsAsync(string? agreementId = null, CancellationToken cancellationToken = default)
    {
        var sql = $"""
            SELECT * FROM agreement_action_details
            WHERE {(agreementId is null ? "1" : "agreement_id = $id")}
            ORDER BY coalesce(date_earliest, date_latest), coalesce(date_latest, date_earliest), agreement_id, agreement_action_id
            """;
        return await QueryAsync(sql, RowParsers.AgreementAction, cancellationToken, ("$id", agreementId)).ConfigureAwait(false);
    }
}
