using System.Text.RegularExpressions;
using Dapper;
using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations;

/// <summary>
/// What <see cref="SyntheticDataset"/> suspends while it appends millions of rows, and restores after:
/// the secondary (non-unique) indexes of the tables it writes and of the change log, the triggers that
/// keep the full-text indexes and the stored per-event columns in step row by row, and the change log's
/// triggers for new rows. Every row still passes the tables' CHECK and foreign-key constraints and the
/// guard triggers; the dropped indexes are created again from their own SQL (sorting once instead of
/// updating a B-tree per row), and what the dropped triggers do is done whole: the change log's rows
/// written table by table, each full-text index rebuilt from its table, and the stored columns refreshed
/// (<see cref="StoredColumnsRefresh"/>). The result holds the same rows as a
/// row-by-row load; at a million events this is what keeps <c>azsy synth</c> to minutes.
/// </summary>
internal sealed partial class SyntheticBulkLoad
{
    private const string ChangeLog = "fact_changes";

    /// <summary>The change log's trigger that sets each new row's script from <c>change_context</c> (migration 0049).</summary>
    private const string ScriptTrigger = "fact_changes_script";

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
    /// Drops the non-unique indexes of <paramref name="tables"/> and of the change log, their full-text
    /// triggers (named <c>&lt;fts table&gt;_…</c>), every trigger that keeps the stored columns and the change
    /// log's trigger that copies the running script into each new row; <see cref="Restore"/> puts them back.
    /// </summary>
    public static SyntheticBulkLoad Suspend(SqliteConnection connection, SqliteTransaction transaction, IReadOnlyCollection<string> tables)
    {
        var catalog = SchemaCatalog.Read(connection);
        var fullText = catalog.FullText.Where(f => tables.Contains(f.ContentTable)).Select(f => f.Name).ToList();
        var schema = transaction.Rows<string, string, string, string>(
            "SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY rowid").Select(static ((string Type, string Name, string Table, string Sql) row) => row).ToList();
        var indexes = schema
            .Where(o => o.Type == "index" && (tables.Contains(o.Table) || o.Table == ChangeLog) && !o.Sql.StartsWith("CREATE UNIQUE", StringComparison.OrdinalIgnoreCase))
            .Select(o => (o.Name, o.Sql)).ToList();
        var triggers = schema
            .Where(o => o.Type == "trigger"
                && ((tables.Contains(o.Table) && (fullText.Any(f => o.Name.StartsWith(f + "_", StringComparison.Ordinal)) || o.Name == o.Table + "_log_insert"))
                    || StoredColumnsRefresh.IsMaintenanceTrigger(o.Name) || o.Name == ScriptTrigger))
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
        // The change log's script trigger is set aside (Suspend), so its rows (millions at a million events) are
        // written with the script it would copy into each one by an UPDATE: change_context's.
        var hasScript = triggers.Any(t => t.Name == ScriptTrigger);
        foreach (var (table, select, lastRowId) in logs)
        {
            var (scriptColumn, scriptValue) = hasScript ? (", script", ", c.script") : (string.Empty, string.Empty);
            connection.Execute(
                $"INSERT INTO fact_changes (release, table_name, row_key, action, reason, source_id{scriptColumn}) SELECT {select}{scriptValue} FROM change_context AS c, {SchemaCatalog.Quote(table)} AS n WHERE n.rowid > @lastRowId ORDER BY n.rowid",
                new { lastRowId }, transaction);
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
