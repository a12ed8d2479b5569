using Dapper;
using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations;

/// <summary>
/// The builder's side of the values stored per event (migration 0050, checked by the library's
/// validator rule <c>stored_facets</c>; and the timeline's rows in date order, 0056, rule
/// <c>stored_timeline</c>; the statements and agreements as their views show them, 0091, rules
/// <c>stored_statements</c> and <c>stored_agreements</c>): which triggers keep <c>event_facets</c>,
/// <c>event_year_tallies</c>, <c>timeline_rows</c>, <c>statement_rows</c> and <c>agreement_rows</c> in
/// step, and recomputing them whole after a bulk load that dropped them.
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

    /// <summary>The statements and agreements stored as their views show them (migration 0091), each with its definition and the order it is written in.</summary>
    private static readonly (string Table, string Expected, string Order)[] StoredRows =
    [
        ("statement_rows", "statement_rows_expected", "speaker_key, order_key, event_id, statement_id"),
        ("agreement_rows", "agreement_rows_expected", "order_key, agreement_id"),
    ];

    /// <summary>Whether <paramref name="trigger"/> is one of the triggers that keep the stored columns in step.</summary>
    public static bool IsMaintenanceTrigger(string trigger) =>
        trigger.StartsWith(Facets + "_", StringComparison.Ordinal) || trigger.StartsWith(TimelineRows + "_", StringComparison.Ordinal)
        || SearchIndexes.Any(s => trigger.StartsWith(s.Index + "_", StringComparison.Ordinal))
        || StoredRows.Any(s => trigger.StartsWith(s.Table + "_", StringComparison.Ordinal));

    /// <summary>The tables <see cref="Refresh"/> recomputes: the facets, the yearly tallies, the timeline's rows, the search indexes of every spelling and the stored statements and agreements.</summary>
    public static IEnumerable<string> StoredTables => [Facets, Tallies, TimelineRows, .. SearchIndexes.Select(s => s.Index), .. StoredRows.Select(s => s.Table)];

    /// <summary>The search indexes of every recorded spelling (migration 0053), each with its definition and columns; their triggers are named <c>&lt;index&gt;_…</c>.</summary>
    private static readonly (string Index, string Expected, string Columns)[] SearchIndexes =
    [
        ("event_search", "event_search_expected", "title, summary, names"),
        ("statement_search", "statement_search_expected", "summary, names"),
        ("agreement_search", "agreement_search_expected", "title, summary, names"),
    ];

    /// <summary>
    /// Recomputes the stored tables (<see cref="StoredTables"/>) whole from their definitions (a no-op
    /// for those the file lacks). Used
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

        foreach (var (table, expected, order) in StoredRows)
        {
            if (connection.ExecuteScalar<long>("SELECT count(*) FROM sqlite_schema WHERE name IN (@table, @expected)", new { table, expected }, transaction) == 2)
            {
                connection.Execute($"DELETE FROM {table}; INSERT INTO {table} SELECT * FROM {expected} ORDER BY {order};", transaction: transaction);
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
