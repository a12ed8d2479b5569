using Dapper;
using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations;

/// <summary>
/// The builder's side of the values stored per event (migration 0050, checked by the library's
/// validator rule <c>stored_facets</c>; and the timeline's rows in date order, 0056, rule
/// <c>stored_timeline</c>): which triggers keep <c>event_facets</c>, <c>event_year_tallies</c> and
/// <c>timeline_rows</c> in step, and recomputing them whole after a bulk load that dropped them.
/// The reader library is read-only, so the writing lives here.
/// </summary>
internal static class StoredColumnsRefresh
{
    private const string Facets = "event_facets";
    private const string FacetsExpected = "event_facets_expected";
    private const string Tallies = "event_year_tallies";
    private const string TallyKey = "quad_class, year_earliest, year_latest, reported, article_cited";
    private const string TimelineRows = "timeline_rows";
    private const string TimelineRowsExpected = "timeline_rows_expected";

    /// <summary>Whether <paramref name="trigger"/> is one of the triggers that keep the stored columns in step.</summary>
    public static bool IsMaintenanceTrigger(string trigger) =>
        trigger.StartsWith(Facets + "_", StringComparison.Ordinal) || trigger.StartsWith(TimelineRows + "_", StringComparison.Ordinal)
        || SearchIndexes.Any(s => trigger.StartsWith(s.Index + "_", StringComparison.Ordinal));

    /// <summary>The tables <see cref="Refresh"/> recomputes: the facets, the yearly tallies, the timeline's rows and the search indexes of every spelling.</summary>
    public static IEnumerable<string> StoredTables => [Facets, Tallies, TimelineRows, .. SearchIndexes.Select(s => s.Index)];

    /// <summary>The search indexes of every recorded spelling (migration 0053), each with its definition and columns; their triggers are named <c>&lt;index&gt;_…</c>.</summary>
    private static readonly (string Index, string Expected, string Columns)[] SearchIndexes =
    [
        ("event_search", "event_search_expected", "title, summary, names"),
        ("statement_search", "statement_search_expected", "summary, names"),
        ("agreement_search", "agreement_search_expected", "title, summary, names"),
    ];

    /// <summary>
    /// Recomputes both tables, and the search indexes of every recorded spelling, whole from their
    /// definitions (a no-op for those the file lacks). Used
    /// after a bulk load that dropped the maintenance triggers; the source groups are computed once
    /// for all sources, not once per citation.
    /// </summary>
    public static void Refresh(SqliteConnection connection, SqliteTransaction? transaction)
    {
        foreach (var (index, expected, columns) in SearchIndexes)
        {
            if (connection.ExecuteScalar<long>("SELECT count(*) FROM sqlite_schema WHERE name IN (@index, @expected)", new { index, expected }, transaction) == 2)
            {
                connection.Execute($"DELETE FROM {index}; INSERT INTO {index} (rowid, {columns}) SELECT search_rowid, {columns} FROM {expected} ORDER BY search_rowid;", transaction: transaction);
            }
        }

        if (connection.ExecuteScalar<long>("SELECT count(*) FROM sqlite_schema WHERE name IN (@Facets, @FacetsExpected, @Tallies)", new { Facets, FacetsExpected, Tallies }, transaction) != 3)
        {
            return;
        }

        connection.Execute(
            $"""
            DELETE FROM {Facets};
            DELETE FROM {Tallies};
            INSERT INTO {Facets} SELECT * FROM {FacetsExpected} ORDER BY event_id;
            INSERT INTO {Tallies} ({TallyKey}, events) SELECT {TallyKey}, count(*) FROM {Facets} GROUP BY {TallyKey};
            """,
            transaction: transaction);

        // The timeline's rows in date order (0056) read the facets: written after them, in the table's own order.
        if (connection.ExecuteScalar<long>("SELECT count(*) FROM sqlite_schema WHERE name IN (@TimelineRows, @TimelineRowsExpected)", new { TimelineRows, TimelineRowsExpected }, transaction) == 2)
        {
            connection.Execute(
                $"""
                DELETE FROM {TimelineRows};
                INSERT INTO {TimelineRows} SELECT * FROM {TimelineRowsExpected} ORDER BY band, order_key, latest_key, event_id;
                """,
                transaction: transaction);
        }
    }
}
