using System.Text;
using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations;

/// <summary>
/// Records, while a build runs its scripts one by one, which script changed which fact: it names the
/// script in <c>change_context.script</c> before the script runs (the log's trigger copies it into each
/// change), remembers the range of <c>fact_changes.change_id</c> each script wrote (to name the script of
/// the changes logged before that column existed), and compares every table before and after each
/// script, row by row and field by field, keeping what the log does not hold (everything before the log
/// existed, and the corrections a release makes to rows it added itself, which the log leaves out). At
/// the end it writes what it found: the scripts of the earlier logged changes, and
/// <c>fact_changes_unlogged</c> for the fact tables (those the log watches). Nothing is guessed from the
/// scripts' text: the rows are compared, so a set-based UPDATE is attributed to exactly the rows it changed.
/// After a script only the tables it may have written (<see cref="TouchedTables"/>, as SQLite reports them
/// when it prepares each statement) are read again; the others keep the rows read before.
/// </summary>
internal sealed class ScriptHistory(SqliteConnection connection, TouchedTables touched)
{
    /// <summary>
    /// Tables that hold no facts (reference lists, documentation, the log itself, the values stored per
    /// event that triggers derive from the facts), which are not compared
    /// around each script (the log and the documentation are the largest tables, and grow with every
    /// script). <see cref="Finish"/> fails the build if the log watches one of them, so none is missed.
    /// </summary>
    private static readonly HashSet<string> NotFacts = new(StringComparer.Ordinal)
    {
        "SchemaVersions", "agreement_rows", "cameo_codes", "cameo_event_codes", "cameo_plover", "cameo_roots", "change_context", "column_docs",
        "coverage_gaps", "dataset_metadata", "event_facets", "event_year_tallies", "fact_changes", "fact_changes_unlogged",
        "goldstein_scale", "reference_files", "statement_rows", "table_docs", "timeline_rows", "topics",
    };

    private readonly List<(string Script, long After, long UpTo)> logged = [];
    private readonly List<Change> unlogged = [];
    private Snapshot? before;
    private long logMax;
    private bool logExisted;

    /// <summary>Called before <paramref name="script"/> runs.</summary>
    public void Before(string script)
    {
        logExisted = HasTable("fact_changes");
        if (HasColumn("change_context", "script"))
        {
            connection.Execute("UPDATE change_context SET script = @script", new { script });
        }

        logMax = logExisted ? MaxChange() : 0;
        before ??= Take(null, []);
        touched.Take(); // what ran before this script (including the reads above) is already in the snapshot
    }

    /// <summary>Called after <paramref name="script"/> ran and was committed.</summary>
    public void After(string script)
    {
        var after = Take(before!, touched.Take());
        var changes = Compare(script, before!, after);
        if (logExisted)
        {
            var upTo = MaxChange();
            logged.Add((script, logMax, upTo));
            var inLog = connection.Rows<string, string, string, string?>(
                    "SELECT table_name, row_key, action, field FROM fact_changes WHERE change_id > @logMax AND change_id <= @upTo", ("@logMax", logMax), ("@upTo", upTo)).Select(static ((string Table, string Key, string Action, string? Field) row) => row)
                .ToHashSet();
            changes = changes.Where(c => !inLog.Contains((c.Table, c.Key, c.Action, c.Field)));
        }

        unlogged.AddRange(changes);
        before = after;
    }

    /// <summary>Called after the last script: writes what was recorded, and names no script any more.</summary>
    public void Finish()
    {
        var logHasScripts = HasColumn("fact_changes", "script");
        var hasUnlogged = HasTable("fact_changes_unlogged");
        var contextHasScript = HasColumn("change_context", "script");
        using var transaction = connection.BeginTransaction();
        if (logHasScripts)
        {
            foreach (var (script, after, upTo) in logged)
            {
                connection.Execute(
                    "UPDATE fact_changes SET script = @script WHERE change_id > @after AND change_id <= @upTo AND script IS NULL",
                    new { script, after, upTo }, transaction);
            }
        }

        if (hasUnlogged)
        {
            var factTables = connection.Query<string>(
                "SELECT tbl_name FROM sqlite_schema WHERE type = 'trigger' AND name = tbl_name || '_log_insert'", transaction: transaction).ToHashSet(StringComparer.Ordinal);
            if (factTables.FirstOrDefault(NotFacts.Contains) is { } skipped)
            {
                throw new InvalidOperationException(
                    $"The change log watches table {skipped}, which the build's record of scripts skips as holding no facts: remove it from ScriptHistory.NotFacts (src/AzerbaijanSyria.Relations.Build/ScriptHistory.cs).");
            }

            foreach (var change in unlogged.Where(c => factTables.Contains(c.Table)))
            {
                connection.Execute(
                    "INSERT INTO fact_changes_unlogged (script, table_name, row_key, action, field, old_value, new_value) VALUES (@Script, @Table, @Key, @Action, @Field, @Old, @New)",
                    change, transaction);
            }
        }

        if (contextHasScript)
        {
            connection.Execute("UPDATE change_context SET script = NULL", transaction: transaction);
        }

        transaction.Commit();
    }

    /// <summary>What changed in each table with a primary key: rows added, fields changed, rows removed, in key order.</summary>
    private static IEnumerable<Change> Compare(string script, Snapshot old, Snapshot @new)
    {
        foreach (var (table, rows) in @new.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            var was = old.GetValueOrDefault(table);
            if (ReferenceEquals(was, rows))
            {
                continue; // not written by the script: the rows read before it
            }

            foreach (var (key, row) in rows.Rows.OrderBy(r => r.Key, StringComparer.Ordinal))
            {
                if (was is null || !was.Rows.TryGetValue(key, out var oldRow))
                {
                    yield return new Change(script, table, key, "add", null, null, null);
                    continue;
                }

                for (var i = 0; i < rows.Columns.Count; i++)
                {
                    var column = rows.Columns[i];
                    var o = was.Columns.IndexOf(column) is var j and >= 0 ? oldRow[j] : null;
                    if (!Same(o, row[i]))
                    {
                        yield return new Change(script, table, key, "correct", column, o, row[i]);
                    }
                }
            }

            if (was is not null)
            {
                foreach (var (key, row) in was.Rows.Where(r => !rows.Rows.ContainsKey(r.Key)).OrderBy(r => r.Key, StringComparer.Ordinal))
                {
                    yield return new Change(script, table, key, "withdraw", null, Json(was.Columns, row), null);
                }
            }
        }

        foreach (var (table, rows) in old.Where(t => !@new.ContainsKey(t.Key)).OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            foreach (var (key, row) in rows.Rows.OrderBy(r => r.Key, StringComparer.Ordinal))
            {
                yield return new Change(script, table, key, "withdraw", null, Json(rows.Columns, row), null);
            }
        }
    }

    private static bool Same(object? a, object? b) =>
        a is byte[] x && b is byte[] y ? x.AsSpan().SequenceEqual(y) : Equals(a, b);

    /// <summary>A removed row as a JSON object, as the change log's triggers keep one (<c>json_object</c> of every column).</summary>
    private static string Json(IReadOnlyList<string> columns, object?[] row)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            for (var i = 0; i < columns.Count; i++)
            {
                switch (row[i])
                {
                    case null:
                        json.WriteNull(columns[i]);
                        break;
                    case long l:
                        json.WriteNumber(columns[i], l);
                        break;
                    case double d:
                        json.WriteNumber(columns[i], d);
                        break;
                    case byte[] b:
                        json.WriteBase64String(columns[i], b);
                        break;
                    default:
                        json.WriteString(columns[i], Convert.ToString(row[i], System.Globalization.CultureInfo.InvariantCulture));
                        break;
                }
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>
    /// Every row of every table with a primary key, by its key as the change log writes it (columns joined
    /// by <c>/</c>): read again for the tables in <paramref name="written"/> and those <paramref name="previous"/>
    /// lacks (or holds with other key columns), taken from <paramref name="previous"/> for the rest.
    /// </summary>
    private Snapshot Take(Snapshot? previous, HashSet<string> written)
    {
        var snapshot = new Snapshot(StringComparer.Ordinal);
        // Each ordinary table (not SQLite's own, the journal or a search index's shadow tables) with its
        // primary key's columns in key order, read in one statement: this runs around every script.
        var keys = connection.Rows<string, string>(
                """
                SELECT t.name, k.name FROM pragma_table_list AS t JOIN pragma_table_info(t.name) AS k
                WHERE t.schema = 'main' AND t.type = 'table' AND t.name NOT LIKE 'sqlite%' AND t.name <> 'SchemaVersions' AND k.pk > 0
                ORDER BY t.name, k.pk
                """).Select(static ((string Table, string Column) row) => row)
            .GroupBy(k => k.Table, k => k.Column)
            .ToList();
        foreach (var table in keys.Where(t => !NotFacts.Contains(t.Key)))
        {
            var keyColumns = table.ToList();
            if (previous?.GetValueOrDefault(table.Key) is { } kept && !written.Contains(table.Key) && kept.KeyColumns.SequenceEqual(keyColumns, StringComparer.Ordinal))
            {
                snapshot[table.Key] = kept;
                continue;
            }

            var key = string.Join(" || '/' || ", table.Select(c => $"CAST({SchemaCatalog.Quote(c)} AS TEXT)"));
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT {key}, * FROM {SchemaCatalog.Quote(table.Key)}";
            using var reader = command.ExecuteReader();
            var columns = Enumerable.Range(1, reader.FieldCount - 1).Select(reader.GetName).ToList();
            var rows = new TableRows(columns, keyColumns);
            while (reader.Read())
            {
                var values = new object?[columns.Count];
                for (var i = 0; i < values.Length; i++)
                {
                    values[i] = reader.IsDBNull(i + 1) ? null : reader.GetValue(i + 1);
                }

                rows.Rows[reader.GetString(0)] = values;
            }

            snapshot[table.Key] = rows;
        }

        return snapshot;
    }

    private long MaxChange() => connection.ExecuteScalar<long>("SELECT coalesce(max(change_id), 0) FROM fact_changes");

    private bool HasTable(string name) =>
        connection.ExecuteScalar<long>("SELECT count(*) FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name = @name", new { name }) > 0;

    private bool HasColumn(string table, string column) =>
        connection.ExecuteScalar<long>("SELECT count(*) FROM pragma_table_info(@table) WHERE name = @column", new { table, column }) > 0;

    /// <summary>One change a script made that the log does not hold, as <c>fact_changes_unlogged</c> holds it.</summary>
    internal sealed record Change(string Script, string Table, string Key, string Action, string? Field, object? Old, object? New);

    /// <summary>A table's rows by key, with its columns in order.</summary>
    private sealed class TableRows(List<string> columns, List<string> keyColumns)
    {
        public List<string> Columns { get; } = columns;

        public List<string> KeyColumns { get; } = keyColumns;

        public Dictionary<string, object?[]> Rows { get; } = new(StringComparer.Ordinal);
    }

    private sealed class Snapshot(StringComparer comparer) : Dictionary<string, TableRows>(comparer);
}
