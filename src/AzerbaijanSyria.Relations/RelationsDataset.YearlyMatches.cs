namespace AzerbaijanSyria.Relations;

/// <content>Events per year under one reading of a date range (<see cref="DateReading"/>).</content>
public sealed partial class RelationsDataset
{
    /// <summary>
    /// Events per calendar year and CAMEO quad class as a range of that one year selects them under
    /// <paramref name="match"/> (by default <see cref="DateRangeMatch.Plausible"/>, as <c>azsy stats</c>
    /// and <c>azsy timeline --from YEAR --to YEAR</c> count them), with how many are certainly in it.
    /// Every year from 1992 to the year of the newest source is listed, with all five quad classes.
    /// </summary>
    /// <param name="match">The reading of a year's range.</param>
    /// <param name="sources">Which facts to include.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The counts, by year and then quad class.</returns>
    public async Task<IReadOnlyList<YearlyMatchCount>> GetYearlyMatchCountsAsync(
        DateRangeMatch match = DateRangeMatch.Plausible, SourceFilter sources = SourceFilter.All, CancellationToken cancellationToken = default)
    {
        if (!Enum.IsDefined(match))
        {
            throw new ArgumentOutOfRangeException(nameof(match), match, LibraryMessages.UnknownDateRangeMatch(match));
        }

        string tallies;
        if ((await LayoutAsync(cancellationToken).ConfigureAwait(false)).HasYearTallies)
        {
            // The build's tallies (0050): events by quad class and first and last possible year, 0 and 9999 when open.
            var filter = sources switch
            {
                SourceFilter.All => "1",
                SourceFilter.Confirmed => "reported = 0",
                SourceFilter.Article => "article_cited = 1",
                _ => throw new ArgumentOutOfRangeException(nameof(sources), sources, "Unknown source filter."),
            };
            tallies = $"SELECT quad_class, year_earliest, year_latest, events FROM event_year_tallies WHERE {filter}";
        }
        else
        {
            // A file built before 0050: the same tallies, counted from every event.
            tallies = $"""
                SELECT coalesce(cr.quad_class, 0) AS quad_class,
                       coalesce(CAST(substr(e.date_earliest, 1, 4) AS INTEGER), 0) AS year_earliest,
                       coalesce(CAST(substr(e.date_latest, 1, 4) AS INTEGER), 9999) AS year_latest,
                       count(*) AS events
                FROM events AS e
                LEFT JOIN cameo_codes AS cc ON cc.cameo_code = e.cameo_code
                LEFT JOIN cameo_roots AS cr ON cr.root_code = cc.root_code
                WHERE {SourceFilterSql.For(sources, "event_id", "e.event_id", "e.evidence_status")}
                GROUP BY 1, 2, 3
                """;
        }

        var (first, last) = DateReading.YearSql(match, "year_earliest", "year_latest");
        var sql = $"""
            WITH t AS MATERIALIZED (
              SELECT quad_class, year_earliest, year_latest, {first} AS first_year, {last} AS last_year, events FROM ({tallies}))
            SELECT y.year AS year, q.quad_class AS quad_class,
              coalesce(sum(t.events), 0) AS events,
              coalesce(sum(CASE WHEN t.year_earliest = y.year AND t.year_latest = y.year THEN t.events END), 0) AS certain
            FROM dataset_years AS y
            CROSS JOIN (SELECT 0 AS quad_class UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4) AS q
            LEFT JOIN t ON t.quad_class = q.quad_class AND t.first_year <= y.year AND t.last_year >= y.year
            WHERE y.year >= {DateReading.RelationsBegan.Year}
            GROUP BY y.year, q.quad_class
            ORDER BY y.year, q.quad_class
            """;
        return await QueryAsync(sql, RowParsers.YearlyMatchCount, cancellationToken).ConfigureAwait(false);
    }
}
