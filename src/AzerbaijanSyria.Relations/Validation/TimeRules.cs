using Dapper;

namespace AzerbaijanSyria.Relations;

/// <summary>
/// Rules about when the data could have been known: nothing happened after the pages that report it
/// were read, no page was read before it was published, and nothing was read after today.
/// </summary>
internal static class TimeRules
{
    /// <summary>The tables of things that happened, each with the citations column that cites it.</summary>
    private static readonly (string Table, string CitedBy)[] Happenings =
        [("events", "event_id"), ("agreements", "agreement_id"), ("agreement_actions", "agreement_action_id")];

    public static IReadOnlyList<ValidationRule> All { get; } =
    [
        new("dated_after_sources", "Nothing is dated after the data could know it: no event, agreement or agreement action begins after today, after the day the last page citing it was read, or (when each page citing it gives its date) after the last of them was published; no office starts or is attested after the last page citing it was read; no page was published after it was read, or read after today.", DatedAfterSources),
    ];

    private static IEnumerable<string> DatedAfterSources(ValidationContext c)
    {
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        foreach (var (source, published, accessed) in c.Connection.Query<(string Id, string? Published, string Accessed)>(
                     "SELECT source_id, date_published, date_accessed FROM sources WHERE date_published > date_accessed OR date_accessed > @today ORDER BY 1", new { today }))
        {
            yield return string.CompareOrdinal(accessed, today) > 0
                ? $"sources {source}: date_accessed {accessed} is after today ({today}): set it to the day the page was read"
                : $"sources {source}: date_published {published} is after date_accessed {accessed}: a page is read on or after the day it is published";
        }

        foreach (var (table, citedBy) in Happenings.Where(h => c.Has(h.Table)))
        {
            var t = c.Table(table);
            var key = t.RowLabelSql;
            foreach (var (row, earliest, accessed, published) in c.Connection.Query<(string Row, string Earliest, string? Accessed, string? Published)>($"""
                         SELECT x.{key}, x.date_earliest, max(s.date_accessed),
                                CASE WHEN count(s.source_id) = count(s.date_published) THEN max(s.date_published) END
                         FROM {SchemaCatalog.Quote(table)} AS x
                         LEFT JOIN citations AS ci ON ci.{SchemaCatalog.Quote(citedBy)} = x.{key}
                         LEFT JOIN sources AS s ON s.source_id = ci.source_id
                         WHERE x.date_earliest IS NOT NULL
                         GROUP BY x.{key}
                         HAVING x.date_earliest > @today OR x.date_earliest > max(s.date_accessed)
                             OR (count(s.source_id) > 0 AND count(s.source_id) = count(s.date_published) AND x.date_earliest > max(s.date_published))
                         ORDER BY 1
                         """, new { today }))
            {
                yield return string.CompareOrdinal(earliest, today) > 0
                    ? $"{table} {row}: it begins on {earliest}, after today ({today}): a planned or expected step is a statement, not a fact that happened"
                    : string.CompareOrdinal(earliest, accessed) > 0
                        ? $"{table} {row}: it begins on {earliest}, after the last page citing it was read ({accessed}): correct the date from the page"
                        : $"{table} {row}: it begins on {earliest}, after every page citing it was published (the last on {published}): correct the date, or cite the page that reports it as done";
            }
        }

        if (c.Has("positions"))
        {
            foreach (var (row, start, attested, accessed) in c.Connection.Query<(string Row, string? Start, string? Attested, string Accessed)>("""
                         SELECT p.position_id, p.start_earliest, p.end_earliest, max(s.date_accessed)
                         FROM positions AS p JOIN citations AS ci ON ci.position_id = p.position_id JOIN sources AS s ON s.source_id = ci.source_id
                         GROUP BY p.position_id
                         HAVING p.start_earliest > max(s.date_accessed) OR p.end_earliest > max(s.date_accessed)
                         ORDER BY 1
                         """))
            {
                yield return string.CompareOrdinal(start, accessed) > 0
                    ? $"positions {row}: the term begins on {start}, after the last page citing it was read ({accessed}): correct the bound from the page"
                    : $"positions {row}: the holder is known in office until {attested}, after the last page citing it was read ({accessed}): correct end_earliest from the page";
            }
        }
    }
}
