using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations.Export;

/// <summary>
/// Compares the fact tables of two files of the dataset row by row, by primary key, and field by
/// field: the data itself, so it works between any two builds, also of releases before the change
/// log (1.0.0). The fact tables are those the change log watches (a table with a
/// <c>&lt;table&gt;_log_insert</c> trigger) in either file; between two files without a log, every
/// table. A column only one file has counts as NULL in the other. Where the newer file's change log
/// has entries that the older file's lacks for a row, their reason and source are given.
/// </summary>
public static class DatasetDiff
{
    private static readonly JsonWriterOptions RowJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// The facts added, corrected and withdrawn between <paramref name="older"/> and
    /// <paramref name="newer"/>: a difference per added or withdrawn row (the whole row as JSON) and per
    /// changed field (old and new value), each with the reason the newer file's change log gives.
    /// </summary>
    /// <param name="older">The older file of the dataset, e.g. the previous release's.</param>
    /// <param name="newer">The newer file of the dataset.</param>
    /// <param name="cancellationToken">Stops the comparison, also in the middle of a query.</param>
    /// <returns>The differences by table (in name order), then by key.</returns>
    /// <exception cref="IOException">A table's key columns are missing from one file, so its rows cannot be matched.</exception>
    public static async Task<IReadOnlyList<FactDifference>> CompareAsync(RelationsDataset older, RelationsDataset newer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        var log = await ChangeLog.ReadAsync(older, newer, cancellationToken).ConfigureAwait(false);
        using var interruptOlder = older.InterruptWhenCancelled(cancellationToken);
        using var interruptNewer = newer.InterruptWhenCancelled(cancellationToken);
        try
        {
            return Compare(older, newer, log, cancellationToken);
        }
        catch (Microsoft.Data.Sqlite.SqliteException ex) when (ex.SqliteErrorCode == DatasetExporter.Interrupted && cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException(cancellationToken);
        }
    }

    private static List<FactDifference> Compare(RelationsDataset older, RelationsDataset newer, ChangeLog log, CancellationToken cancellationToken)
    {
        var oldCatalog = SchemaCatalog.Read(older.Connection);
        var newCatalog = SchemaCatalog.Read(newer.Connection);
        var tables = LoggedTables(older.Connection).Union(LoggedTables(newer.Connection)).ToList();
        if (tables.Count == 0)
        {
            tables = oldCatalog.Tables.Select(t => t.Name).Union(newCatalog.Tables.Select(t => t.Name)).ToList();
        }

        var differences = new List<FactDifference>();
        foreach (var table in tables.Order(StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var oldTable = oldCatalog.Tables.FirstOrDefault(t => t.Name == table);
            var newTable = newCatalog.Tables.FirstOrDefault(t => t.Name == table);
            var key = (newTable ?? oldTable)!.PrimaryKey;
            var oldRows = oldTable is null ? new TableRows([], new Dictionary<string, Row>()) : TableRows.Read(older.Connection, oldTable.Name, key);
            var newRows = newTable is null ? new TableRows([], new Dictionary<string, Row>()) : TableRows.Read(newer.Connection, newTable.Name, key);
            differences.AddRange(CompareTable(table, oldRows, newRows, log));
        }

        return differences;
    }

    private static IEnumerable<FactDifference> CompareTable(string table, TableRows older, TableRows newer, ChangeLog log)
    {
        var columns = newer.Columns.Union(older.Columns, StringComparer.Ordinal).ToList();
        var keys = older.Rows.Keys.Union(newer.Rows.Keys, StringComparer.Ordinal)
            .Select(k => (Text: k, Values: (newer.Rows.GetValueOrDefault(k) ?? older.Rows[k]).Key))
            .OrderBy(k => k.Values, KeyComparer.Instance)
            .ToList();
        foreach (var (key, values) in keys)
        {
            var before = older.Rows.GetValueOrDefault(key);
            var after = newer.Rows.GetValueOrDefault(key);
            if (before is null)
            {
                var (reason, source) = log.Explain(table, key, FactDifference.Add, null);
                yield return new FactDifference { Table = table, Key = key, KeyValues = values, Action = FactDifference.Add, NewValue = ToJson(newer.Columns, after!.Values), Reason = reason, SourceId = source };
            }
            else if (after is null)
            {
                var (reason, source) = log.Explain(table, key, FactDifference.Withdraw, null);
                yield return new FactDifference { Table = table, Key = key, KeyValues = values, Action = FactDifference.Withdraw, OldValue = ToJson(older.Columns, before.Values), Reason = reason, SourceId = source };
            }
            else
            {
                foreach (var column in columns)
                {
                    var oldValue = older.Value(before, column);
                    var newValue = newer.Value(after, column);
                    if (!Same(oldValue, newValue))
                    {
                        var (reason, source) = log.Explain(table, key, FactDifference.Correct, column);
                        yield return new FactDifference { Table = table, Key = key, KeyValues = values, Action = FactDifference.Correct, Field = column, OldValue = oldValue, NewValue = newValue, Reason = reason, SourceId = source };
                    }
                }
            }
        }
    }

    /// <summary>The tables whose changes the file's log records: each has a trigger named <c>&lt;table&gt;_log_insert</c>.</summary>
    private static IReadOnlyList<string> LoggedTables(SqliteConnection connection) =>
        connection.Query<string>("SELECT tbl_name FROM sqlite_schema WHERE type = 'trigger' AND name = tbl_name || '_log_insert'").ToList();

    /// <summary>Whether two values SQLite stores are the same: an integer equals a real of its value; text compares by its characters.</summary>
    private static bool Same(object? a, object? b) => (a, b) switch
    {
        (null, null) => true,
        (null, _) or (_, null) => false,
        (long x, double y) => x == y,
        (double x, long y) => x == y,
        (byte[] x, byte[] y) => x.AsSpan().SequenceEqual(y),
        _ => a.Equals(b),
    };

    /// <summary>A whole row as one JSON object, its columns in table order (as <c>fact_changes</c> keeps a withdrawn row).</summary>
    private static string ToJson(IReadOnlyList<string> columns, object?[] values)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, RowJson))
        {
            json.WriteStartObject();
            for (var i = 0; i < columns.Count; i++)
            {
                json.WritePropertyName(columns[i]);
                switch (values[i])
                {
                    case null: json.WriteNullValue(); break;
                    case long l: json.WriteNumberValue(l); break;
                    case double d when double.IsFinite(d): json.WriteNumberValue(d); break;
                    default: json.WriteStringValue(ResultWriter.Text(values[i])); break;
                }
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>A row: its key's values and every column's value.</summary>
    private sealed record Row(object?[] Key, object?[] Values);

    /// <summary>The rows of one table of one file, by key text (as <c>fact_changes.row_key</c> writes it).</summary>
    private sealed record TableRows(IReadOnlyList<string> Columns, IReadOnlyDictionary<string, Row> Rows)
    {
        public static TableRows Read(SqliteConnection connection, string table, IReadOnlyList<string> key)
        {
            using var command = connection.CreateCommand();
            var keyColumns = key.Count > 0 ? key : ["rowid"];
            command.CommandText = key.Count > 0
                ? $"SELECT * FROM {SchemaCatalog.Quote(table)}"
                : $"SELECT rowid AS rowid, * FROM {SchemaCatalog.Quote(table)}";
            using var reader = command.ExecuteReader();
            var columns = ResultTable.ColumnNames(reader);
            var keyIndexes = keyColumns.Select(k => columns.ToList().IndexOf(k)).ToArray();
            if (keyIndexes.Any(i => i < 0))
            {
                throw new IOException(ExportMessages.DiffKeyDiffers(table, keyColumns));
            }

            var rows = new Dictionary<string, Row>(StringComparer.Ordinal);
            foreach (var values in ResultTable.Stream(reader))
            {
                var keyValues = keyIndexes.Select(i => values[i]).ToArray();
                rows[string.Join('/', keyValues.Select(ResultWriter.Text))] = new Row(keyValues, values);
            }

            return new TableRows(columns, rows);
        }

        public object? Value(Row row, string column)
        {
            for (var i = 0; i < Columns.Count; i++)
            {
                if (Columns[i] == column)
                {
                    return row.Values[i];
                }
            }

            return null;
        }
    }

    /// <summary>Orders keys by their values: numbers by value, before text, text by its characters.</summary>
    private sealed class KeyComparer : IComparer<object?[]>
    {
        public static readonly KeyComparer Instance = new();

        public int Compare(object?[]? x, object?[]? y)
        {
            for (var i = 0; i < Math.Min(x!.Length, y!.Length); i++)
            {
                var order = CompareValue(x[i], y[i]);
                if (order != 0)
                {
                    return order;
                }
            }

            return x.Length.CompareTo(y.Length);
        }

        private static int CompareValue(object? a, object? b) => (a, b) switch
        {
            (null, null) => 0,
            (null, _) => -1,
            (_, null) => 1,
            (long x, long y) => x.CompareTo(y),
            (long or double, long or double) => Convert.ToDouble(a, System.Globalization.CultureInfo.InvariantCulture).CompareTo(Convert.ToDouble(b, System.Globalization.CultureInfo.InvariantCulture)),
            (long or double, _) => -1,
            (_, long or double) => 1,
            _ => string.CompareOrdinal(ResultWriter.Text(a), ResultWriter.Text(b)),
        };
    }
}
