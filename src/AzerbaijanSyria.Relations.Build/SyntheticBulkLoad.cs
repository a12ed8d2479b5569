using System.Text.RegularExpressions;
using Dapper;
using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations;

/// <summary>
/// What <see cref="SyntheticDataset"/> suspends while it appends millions of rows, and restores after:
/// the secondary (non-unique) indexes of the tables it writes, and the triggers that keep the full-text
/// indexes and the stored per-event columns in step row by row. Every row still passes the tables'
/// CHECK and foreign-key constraints, the guard triggers and the change-log triggers; the dropped
/// indexes are created again from their own SQL (sorting once instead of updating a B-tree per row),
/// and what the dropped triggers keep is recomputed whole: each full-text index rebuilt from its table,
/// and the stored columns refreshed (<see cref="StoredColumnsRefresh"/>). The result holds the same rows as a
/// row-by-row load; at a million events this is what keeps <c>azsy synth</c> to minutes.
/// </summary>
internal sealed partial class SyntheticBulkLoad
{
    private readonly SqliteConnection connection;
    private readonly SqliteTransaction transaction;
    private readonly IReadOnlyList<(string Name, string Sql)> indexes;
    private readonly IReadOnlyList<(string Name, string Sql)> triggers;
    private readonly IReadOnlyList<string> fullTextIndexes;
    private readonly IReadOnlyList<(string Table, string Select, long LastRowId)> logs;

    private SyntheticBulkLoad(SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<(string, string)> indexes, IReadOnlyList<(string, string)> triggers, IReadOnlyList<string> fullTextIndexes, IReadOnlyList<(string, string, long)> logs)
    {
        this.logs = logs;
        this.connection = connection;
        this.transaction = transaction;
        this.indexes = indexes;
        this.triggers = triggers;
        this.fullTextIndexes = fullTextIndexes;
    }

    /// <summary>
    /// Drops the non-unique indexes of <paramref name="tables"/>, their full-text triggers (named
    /// <c>&lt;fts table&gt;_…</c>) and every trigger that keeps the stored columns; <see cref="Restore"/> puts them back.
    /// </summary>
    public static SyntheticBulkLoad Suspend(SqliteConnection connection, SqliteTransaction transaction, IReadOnlyCollection<string> tables)
    {
        var catalog = SchemaCatalog.Read(connection);
        var fullText = catalog.FullText.Where(f => tables.Contains(f.ContentTable)).Select(f => f.Name).ToList();
        var schema = transaction.Rows<string, string, string, string>(
            "SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY rowid").Select(static ((string Type, string Name, string Table, string Sql) row) => row).ToList();
        var indexes = schema
            .Where(o => o.Type == "index" && tables.Contains(o.Table) && !o.Sql.StartsWith("CREATE UNIQUE", StringComparison.OrdinalIgnoreCase))
            .Select(o => (o.Name, o.Sql)).ToList();
        var triggers = schema
            .Where(o => o.Type == "trigger"
                && ((tables.Contains(o.Table) && (fullText.Any(f => o.Name.StartsWith(f + "_", StringComparison.Ordinal)) || o.Name == o.Table + "_log_insert"))
                    || StoredColumnsRefresh.IsMaintenanceTrigger(o.Name)))
            .Select(o => (o.Name, o.Sql)).ToList();
        // Each change-log insert trigger writes one 'add' row per new row; the same rows are written
        // after the load, table by table, for the rows after the table's last row before it.
        var logs = new List<(string, string, long)>();
        foreach (var o in schema.Where(o => o.Type == "trigger" && tables.Contains(o.Table) && o.Name == o.Table + "_log_insert"))
        {
            var match = LogInsert().Match(o.Sql);
            if (!match.Success)
            {
                throw new InvalidOperationException($"Trigger {o.Name} is not of the form migration 0027 writes (an INSERT INTO fact_changes ... SELECT ... FROM change_context AS c): azsy synth cannot defer it.");
            }

            var lastRowId = connection.ExecuteScalar<long?>($"SELECT max(rowid) FROM {SchemaCatalog.Quote(o.Table)}", transaction: transaction) ?? 0;
            logs.Add((o.Table, match.Groups["select"].Value.Replace("new.", "n.", StringComparison.Ordinal), lastRowId));
        }

        foreach (var (name, _) in triggers)
        {
            connection.Execute($"DROP TRIGGER {SchemaCatalog.Quote(name)}", transaction: transaction);
        }

        foreach (var (name, _) in indexes)
        {
            connection.Execute($"DROP INDEX {SchemaCatalog.Quote(name)}", transaction: transaction);
        }

        return new SyntheticBulkLoad(connection, transaction, indexes, triggers, fullText, logs);
    }

    /// <summary>Creates the dropped indexes and triggers again, rebuilds the full-text indexes and refreshes the stored columns.</summary>
    public void Restore()
    {
        // The change log's own secondary indexes are set aside too while its rows are appended (millions at a
        // million events), and so is its trigger that copies change_context's script into each new row one
        // UPDATE at a time: the rows are written with that script already (the same value the trigger sets).
        var log = transaction.Rows<string, string, string, string>(
            "SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE tbl_name = 'fact_changes' AND sql IS NOT NULL AND (type = 'trigger' AND name = 'fact_changes_script' OR type = 'index' AND sql NOT LIKE 'CREATE UNIQUE%') ORDER BY rowid")
            .Select(static row => (Type: row.Item1, Name: row.Item2, Sql: row.Item4)).ToList();
        var hasScript = log.Any(o => o.Name == "fact_changes_script");
        foreach (var (type, name, _) in log)
        {
            connection.Execute($"DROP {(type == "index" ? "INDEX" : "TRIGGER")} {SchemaCatalog.Quote(name)}", transaction: transaction);
        }

        foreach (var (table, select, lastRowId) in logs)
        {
            var (scriptColumn, scriptValue) = hasScript ? (", script", ", c.script") : (string.Empty, string.Empty);
            connection.Execute(
                $"INSERT INTO fact_changes (release, table_name, row_key, action, reason, source_id{scriptColumn}) SELECT {select}{scriptValue} FROM change_context AS c, {SchemaCatalog.Quote(table)} AS n WHERE n.rowid > @lastRowId ORDER BY n.rowid",
                new { lastRowId }, transaction);
        }

        foreach (var (_, _, sql) in log)
        {
            connection.Execute(sql, transaction: transaction);
        }

        foreach (var (_, sql) in indexes)
        {
            connection.Execute(sql, transaction: transaction);
        }

        foreach (var name in fullTextIndexes)
        {
            var quoted = SchemaCatalog.Quote(name);
            connection.Execute($"INSERT INTO {quoted} ({quoted}) VALUES ('rebuild')", transaction: transaction);
        }

        StoredColumnsRefresh.Refresh(connection, transaction);
        foreach (var (_, sql) in triggers)
        {
            connection.Execute(sql, transaction: transaction);
        }
    }

    [GeneratedRegex(@"INSERT INTO fact_changes \(release, table_name, row_key, action, reason, source_id\)\s+SELECT (?<select>.+?) FROM change_context AS c;", RegexOptions.Singleline)]
    private static partial Regex LogInsert();
}
