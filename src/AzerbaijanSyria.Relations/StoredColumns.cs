using Dapper;
using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations;

/// <summary>
/// The values the build stores per event (migration 0050): <c>event_facets</c>, one row per event,
/// defined by the view <c>event_facets_expected</c>, and <c>event_year_tallies</c>, the events counted
/// by what the counts per year group them by. Triggers named <c>event_facets_…</c> keep both exact
/// row by row (the builder's bulk load drops them and recomputes both whole), and the validator calls
/// <see cref="Differences"/>.
/// </summary>
internal static class StoredColumns
{
    /// <summary>The stored per-event table.</summary>
    public const string Facets = "event_facets";

    /// <summary>The view that defines it.</summary>
    public const string FacetsExpected = "event_facets_expected";

    /// <summary>The stored counts.</summary>
    public const string Tallies = "event_year_tallies";

    /// <summary>The timeline's rows stored in date order (migration 0056).</summary>
    public const string TimelineRows = "timeline_rows";

    /// <summary>The view that defines them.</summary>
    public const string TimelineRowsExpected = "timeline_rows_expected";

    /// <summary>The statements as statement_details shows them, stored by speaker and date (migration 0091).</summary>
    public const string StatementRows = "statement_rows";

    /// <summary>The view that defines them.</summary>
    public const string StatementRowsExpected = "statement_rows_expected";

    /// <summary>The agreements as agreement_details shows them, stored in date order (migration 0091).</summary>
    public const string AgreementRows = "agreement_rows";

    /// <summary>The view that defines them.</summary>
    public const string AgreementRowsExpected = "agreement_rows_expected";

    /// <summary>The search indexes of every recorded spelling (migration 0053), each with its definition, its key and its columns.</summary>
    public static readonly IReadOnlyList<(string Index, string Expected, string Key, string Columns)> SearchIndexes =
    [
        ("event_search", "event_search_expected", "event_id", "title, summary, names"),
        ("statement_search", "statement_search_expected", "statement_id", "summary, names"),
        ("agreement_search", "agreement_search_expected", "agreement_id", "title, summary, names"),
    ];

    private const string TallyKey = "quad_class, year_earliest, year_latest, reported, article_cited";

    /// <summary>
    /// What differs between the stored tables and their definitions, a message per event (or tally)
    /// that differs, at most <paramref name="limit"/> of each; empty when they agree (or the file has neither).
    /// </summary>
    public static IEnumerable<string> Differences(SqliteConnection connection, int limit = 20)
    {
        if (connection.ExecuteScalar<long>("SELECT count(*) FROM sqlite_schema WHERE name IN (@Facets, @FacetsExpected, @Tallies)", new { Facets, FacetsExpected, Tallies }) != 3)
        {
            yield break;
        }

        foreach (var message in StaleEvents(connection, Facets, FacetsExpected, limit))
        {
            yield return message;
        }

        var tallies = connection.Query<string>(
            $"""
            WITH expected AS (SELECT {TallyKey}, count(*) AS events FROM {Facets} GROUP BY {TallyKey}),
                 wrong AS (SELECT * FROM (SELECT * FROM expected EXCEPT SELECT {TallyKey}, events FROM {Tallies})
                           UNION SELECT * FROM (SELECT {TallyKey}, events FROM {Tallies} EXCEPT SELECT * FROM expected))
            SELECT DISTINCT printf('quad class %d, years %d-%d, reported %d, article %d', quad_class, year_earliest, year_latest, reported, article_cited)
            FROM wrong ORDER BY 1 LIMIT @limit
            """, new { limit });
        foreach (var tally in tallies)
        {
            yield return $"{Tallies} row ({tally}) does not count the {Facets} rows with those values: rebuild the file";
        }
    }

    /// <summary>
    /// What differs between the timeline's stored rows and their definition: a message per event whose
    /// row is missing, stale (in any column, or in its band or keys) or of no event, at most
    /// <paramref name="limit"/>; empty when they agree (or the file has neither).
    /// </summary>
    public static IEnumerable<string> TimelineDifferences(SqliteConnection connection, int limit = 20)
    {
        if (connection.ExecuteScalar<long>("SELECT count(*) FROM sqlite_schema WHERE name IN (@TimelineRows, @TimelineRowsExpected)", new { TimelineRows, TimelineRowsExpected }) != 2)
        {
            yield break;
        }

        foreach (var message in StaleEvents(connection, TimelineRows, TimelineRowsExpected, limit))
        {
            yield return message;
        }
    }

    /// <summary>
    /// What differs between the stored statements (or agreements) and their definition: a message per
    /// statement (agreement) whose row is missing, stale (in any column, or in its keys) or of no such row,
    /// at most <paramref name="limit"/>; empty when they agree (or the file has neither).
    /// </summary>
    /// <param name="connection">The open file.</param>
    /// <param name="stored"><see cref="StatementRows"/> or <see cref="AgreementRows"/>.</param>
    /// <param name="limit">The most messages to return.</param>
    public static IEnumerable<string> RowDifferences(SqliteConnection connection, string stored, int limit = 20)
    {
        var (expected, key, noun) = stored switch
        {
            StatementRows => (StatementRowsExpected, "statement_id", "statement"),
            AgreementRows => (AgreementRowsExpected, "agreement_id", "agreement"),
            _ => throw new ArgumentOutOfRangeException(nameof(stored), stored, "not a table of stored rows"),
        };
        if (connection.ExecuteScalar<long>("SELECT count(*) FROM sqlite_schema WHERE name IN (@stored, @expected)", new { stored, expected }) != 2)
        {
            return [];
        }

        return StaleRows(connection, stored, expected, key, noun, limit);
    }

    /// <summary>A message per event whose row in the stored table differs from its definition's, either way, at most <paramref name="limit"/>.</summary>
    private static IEnumerable<string> StaleEvents(SqliteConnection connection, string stored, string expected, int limit) =>
        StaleRows(connection, stored, expected, "event_id", "event", limit);

    /// <summary>A message per row (named by <paramref name="key"/>) whose row in the stored table differs from its definition's, either way, at most <paramref name="limit"/>.</summary>
    private static IEnumerable<string> StaleRows(SqliteConnection connection, string stored, string expected, string key, string noun, int limit) =>
        connection.Query<string>(
            $"""
            SELECT {key} FROM (SELECT * FROM {expected} EXCEPT SELECT * FROM {stored})
            UNION SELECT {key} FROM (SELECT * FROM {stored} EXCEPT SELECT * FROM {expected})
            ORDER BY 1 LIMIT @limit
            """, new { limit })
        .Select(id => $"{stored} row of {noun} {id} differs from {expected} (missing, stale or of no {noun}): rebuild the file, or run the change with the triggers {stored}_* in place");

    /// <summary>
    /// What differs between the search indexes of every recorded spelling and their definitions: a
    /// message per row that is missing from an index, stale in it, or in it without a row of its table,
    /// at most <paramref name="limit"/> per index; empty when they agree (or the file has none of them).
    /// </summary>
    public static IEnumerable<string> SearchDifferences(SqliteConnection connection, int limit = 20)
    {
        foreach (var (index, expected, key, columns) in SearchIndexes)
        {
            if (connection.ExecuteScalar<long>("SELECT count(*) FROM sqlite_schema WHERE name IN (@index, @expected)", new { index, expected }) != 2)
            {
                continue;
            }

            var stale = connection.Rows<long, string?>(
                $"""
                WITH wrong AS (
                  SELECT search_rowid AS r FROM (SELECT search_rowid, {columns} FROM {expected} EXCEPT SELECT rowid, {columns} FROM {index})
                  UNION SELECT r FROM (SELECT rowid AS r, {columns} FROM {index} EXCEPT SELECT search_rowid, {columns} FROM {expected}))
                SELECT w.r, x.{key} FROM wrong AS w LEFT JOIN {expected} AS x ON x.search_rowid = w.r ORDER BY w.r LIMIT @limit
                """, ("@limit", limit)).Select(static ((long Rowid, string? Id) row) => row);
            foreach (var (rowid, id) in stale)
            {
                yield return id is null
                    ? $"{index} holds row {rowid}, which {expected} does not have: rebuild the file, or run the change with the triggers {index}_* in place"
                    : $"{index} row of {key} {id} differs from {expected} (missing or stale): rebuild the file, or run the change with the triggers {index}_* in place";
            }
        }
    }
}
