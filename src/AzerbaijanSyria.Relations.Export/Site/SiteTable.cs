using System.Globalization;
using AzerbaijanSyria.Relations.Export;
using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations.Export.Site;

/// <summary>A column of a table as the site shows it: its description, default and the column it refers to.</summary>
internal sealed record SiteColumn(string Name, string Type, int PrimaryKeyPosition, string Description, string? DefaultSql, SiteReference? References);

/// <summary>The table and column a foreign-key column refers to.</summary>
internal sealed record SiteReference(string Table, string Column);

/// <summary>A row of a table: its values in column order and the key that names it.</summary>
internal sealed class SiteRow(SiteTable table, object?[] values, int position)
{
    public SiteTable Table { get; } = table;

    /// <summary>The row's place in key order among the rows it was read with (its whole table, or the rows a lookup found).</summary>
    public int Position { get; } = position;

    public IReadOnlyList<object?> Values { get; } = values;

    /// <summary>The primary key's values joined with "/" (or the row's position for a table without one).</summary>
    public string Key { get; internal set; } = string.Empty;

    public object? this[string column] => Table.IndexOf(column) is var i and >= 0 ? Values[i] : null;

    public string? Text(string column) => this[column] is { } value ? ResultWriter.Text(value) : null;
}

/// <summary>
/// A table of the dataset, read when asked and never held: its rows streamed in key order
/// (<see cref="Rows"/>), or the few that hold a value looked up by key (<see cref="Where(string, object)"/>,
/// each lookup one prepared statement, kept and run again). A reference column the file has no index on
/// gets one in the export's <see cref="SiteScratch"/> (the user's file is never written), made the first
/// time it is looked up, so a lookup never reads the whole table.
/// </summary>
internal sealed class SiteTable
{
    private readonly SqliteConnection connection;
    private readonly SiteScratch scratch;
    private readonly Dictionary<string, int> columnIndex;
    private readonly int[] keyColumns;
    private readonly HashSet<string> indexed;
    private readonly bool hasRowid;
    private readonly string selectList;
    private readonly string order;
    private readonly Dictionary<string, Func<object, List<SiteRow>>> lookups = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SqliteCommand> streams = new(StringComparer.Ordinal);
    private readonly HashSet<SqliteCommand> streaming = [];
    private readonly Dictionary<string, SqliteCommand> given = new(StringComparer.Ordinal);

    /// <summary>The rows last found by their key (a referenced row is looked up again and again: a country, a topic, an event's place), at most <see cref="KeptByKey"/>.</summary>
    private readonly Dictionary<object, IReadOnlyList<SiteRow>> byKey = [];
    private long? count;

    public SiteTable(
        SqliteConnection connection, SiteScratch scratch, string name, string description, IReadOnlyList<SiteColumn> columns, SiteKind? kind,
        IReadOnlySet<string> indexedColumns, bool hasRowid)
    {
        this.connection = connection;
        this.scratch = scratch;
        this.hasRowid = hasRowid;
        Name = name;
        Description = description;
        Columns = columns;
        Kind = kind;
        indexed = [.. indexedColumns];
        columnIndex = columns.Select((c, i) => (c.Name, i)).ToDictionary(c => c.Name, c => c.i, StringComparer.Ordinal);
        keyColumns = [.. columns.Where(c => c.PrimaryKeyPosition > 0).OrderBy(c => c.PrimaryKeyPosition).Select(c => columnIndex[c.Name])];
        LabelColumn = SiteKinds.LabelColumns.FirstOrDefault(columnIndex.ContainsKey);
        selectList = string.Join(", ", columns.Select(c => SchemaCatalog.Quote(c.Name)));
        order = keyColumns.Length > 0
            ? string.Join(", ", keyColumns.Select(k => SchemaCatalog.Quote(columns[k].Name)))
            : string.Join(", ", columns.Select(c => SchemaCatalog.Quote(c.Name)));
    }

    public string Name { get; }

    public string Description { get; }

    public IReadOnlyList<SiteColumn> Columns { get; }

    /// <summary>How many rows the table has (counted once).</summary>
    public long Count => count ??= Scalar($"SELECT count(*) FROM {SchemaCatalog.Quote(Name)}");

    /// <summary>Every row, in key order, read one at a time as the caller goes (never held).</summary>
    public IEnumerable<SiteRow> Rows
    {
        get
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT {selectList} FROM {SchemaCatalog.Quote(Name)} ORDER BY {order}";
            using var reader = command.ExecuteReader();
            var position = 0;
            while (reader.Read())
            {
                yield return Row(reader, position, position++);
            }
        }
    }

    /// <summary>The kind of page each row gets, or null when the rows are shown on other pages.</summary>
    public SiteKind? Kind { get; }

    /// <summary>The column that names a row, or null.</summary>
    public string? LabelColumn { get; }

    public bool HasColumn(string column) => columnIndex.ContainsKey(column);

    public int IndexOf(string column) => columnIndex.GetValueOrDefault(column, -1);

    public SiteColumn? Column(string name) => IndexOf(name) is var i and >= 0 ? Columns[i] : null;

    public bool IsPrimaryKey(SiteColumn column) => column.PrimaryKeyPosition > 0 && Columns.Count(c => c.PrimaryKeyPosition > 0) == 1;

    /// <summary>The first row whose <paramref name="column"/> holds <paramref name="value"/>, or null.</summary>
    public SiteRow? Find(string column, object? value) =>
        value is null ? null : Where(column, value).FirstOrDefault();

    /// <summary>The rows whose <paramref name="column"/> holds <paramref name="value"/>, in key order.</summary>
    public IReadOnlyList<SiteRow> Where(string column, object value)
    {
        if (keyColumns.Length != 1 || Columns[keyColumns[0]].Name != column)
        {
            return Where([column], value);
        }

        if (byKey.TryGetValue(value, out var kept))
        {
            return kept;
        }

        if (byKey.Count >= KeptByKey)
        {
            byKey.Clear();
        }

        return byKey[value] = Where([column], value);
    }

    /// <summary>How many rows found by key a table keeps, so that what it keeps is bounded whatever the file's size.</summary>
    private const int KeptByKey = 256;

    /// <summary>The rows whose <paramref name="columns"/> (any of them) hold <paramref name="value"/>, each once, in key order.</summary>
    public IReadOnlyList<SiteRow> Where(IReadOnlyList<string> columns, object value)
    {
        if (columns.Count == 0 || !columns.All(columnIndex.ContainsKey))
        {
            return [];
        }

        var name = string.Join("\u0001", columns);
        if (!lookups.TryGetValue(name, out var lookup))
        {
            lookup = Lookup(columns);
            lookups[name] = lookup;
        }

        return lookup(value);
    }

    /// <summary>
    /// The rows whose <paramref name="column"/> holds <paramref name="value"/>, in key order (as <see cref="Where(string, object)"/>
    /// gives them), read one at a time as the caller goes, so that a value thousands of rows hold (a source's citations, a
    /// place's events) is never held whole. A lookup by the key itself, or one the file has no index for, is read as before.
    /// </summary>
    public IEnumerable<SiteRow> Stream(string column, object value)
    {
        if (keyColumns.Length == 0 || !columnIndex.ContainsKey(column) || (keyColumns.Length == 1 && Columns[keyColumns[0]].Name == column)
            || !(indexed.Contains(column) || !hasRowid))
        {
            return Where(column, value);
        }

        return StreamRows(column, value);
    }

    private IEnumerable<SiteRow> StreamRows(string column, object value)
    {
        if (!streams.TryGetValue(column, out var command))
        {
            command = Prepared($"SELECT {selectList} FROM {SchemaCatalog.Quote(Name)} WHERE {SchemaCatalog.Quote(column)} = $v ORDER BY {order}");
            streams[column] = command;
        }

        // The kept statement serves one reading at a time; a reading started while it is busy (a page that lists a
        // row's children while listing another's of the same column) gets its own.
        var own = !streaming.Add(command);
        if (own)
        {
            command = Prepared(command.CommandText);
        }

        try
        {
            command.Parameters[0].Value = value;
            using var reader = command.ExecuteReader();
            var position = 0;
            while (reader.Read())
            {
                yield return Row(reader, position, position++);
            }
        }
        finally
        {
            if (own)
            {
                command.Dispose();
            }
            else
            {
                streaming.Remove(command);
            }
        }
    }

    /// <summary>
    /// The columns that hold a value in at least one of the rows whose <paramref name="column"/> holds <paramref name="value"/>:
    /// one query, which SQLite answers without the rows being read here.
    /// </summary>
    public IReadOnlySet<string> ColumnsGiven(string column, object value)
    {
        if (!columnIndex.ContainsKey(column))
        {
            return new HashSet<string>(StringComparer.Ordinal);
        }

        if (!given.TryGetValue(column, out var command))
        {
            var checks = string.Join(", ", Columns.Select(c => $"max({SchemaCatalog.Quote(c.Name)} IS NOT NULL)"));
            command = Prepared($"SELECT {checks} FROM {SchemaCatalog.Quote(Name)} WHERE {SchemaCatalog.Quote(column)} = $v");
            given[column] = command;
        }

        command.Parameters[0].Value = value;
        var found = new HashSet<string>(StringComparer.Ordinal);
        using var reader = command.ExecuteReader();
        if (reader.Read())
        {
            for (var i = 0; i < Columns.Count; i++)
            {
                if (!reader.IsDBNull(i) && reader.GetInt64(i) == 1)
                {
                    found.Add(Columns[i].Name);
                }
            }
        }

        return found;
    }

    /// <summary>The lookup of the rows by <paramref name="columns"/>: a prepared statement on the file, through a lookup table in the scratch database when the file has no index to find them by.</summary>
    private Func<object, List<SiteRow>> Lookup(IReadOnlyList<string> columns)
    {
        var table = SchemaCatalog.Quote(Name);
        var condition = string.Join(" OR ", columns.Select(c => $"{SchemaCatalog.Quote(c)} = $v"));
        if (keyColumns.Length == 0)
        {
            // No key: a row is named by its position in the table's order, which only the whole table gives.
            var ranked = Prepared(
                $"SELECT * FROM (SELECT {selectList}, row_number() OVER (ORDER BY {order}) - 1 AS site_position FROM {table}) WHERE {condition} ORDER BY site_position");
            return value => Read(ranked, value, reader => reader.GetInt32(Columns.Count));
        }

        if (columns.All(indexed.Contains) || !hasRowid)
        {
            var direct = Prepared($"SELECT {selectList} FROM {table} WHERE {condition} ORDER BY {order}");
            return value => Read(direct, value, null);
        }

        // The file has no index on a column: the column's values and rowids go into a table of the scratch
        // database with one, and each lookup reads the rowids there, then those rows (by rowid) here.
        var lookupTable = scratch.NewName("lookup");
        scratch.Execute($"CREATE TABLE {lookupTable} (v, r INTEGER NOT NULL)");
        using (scratch.Batch())
        using (var insert = scratch.Prepare($"INSERT INTO {lookupTable} (v, r) VALUES ($p0, $p1)", 2))
        using (var read = connection.CreateCommand())
        {
            foreach (var column in columns)
            {
                read.CommandText = $"SELECT {SchemaCatalog.Quote(column)}, rowid FROM {table} WHERE {SchemaCatalog.Quote(column)} IS NOT NULL";
                using var reader = read.ExecuteReader();
                while (reader.Read())
                {
                    SiteScratch.Run(insert, reader.GetValue(0), reader.GetInt64(1));
                }
            }
        }

        scratch.Execute($"CREATE INDEX {lookupTable}_v ON {lookupTable} (v, r)");
        var rowids = scratch.Prepare($"SELECT DISTINCT r FROM {lookupTable} WHERE v = $p0 ORDER BY r", 1);
        return value =>
        {
            SiteScratch.Bind(rowids, value);
            var found = new List<long>();
            using (var reader = rowids.ExecuteReader())
            {
                while (reader.Read())
                {
                    found.Add(reader.GetInt64(0));
                }
            }

            if (found.Count == 0)
            {
                return [];
            }

            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT {selectList} FROM {table} WHERE rowid IN ({string.Join(", ", found.Select(r => r.ToString(CultureInfo.InvariantCulture)))}) ORDER BY {order}";
            return Read(command, null, null);
        };
    }

    private SqliteCommand Prepared(string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.Add(new SqliteParameter("$v", DBNull.Value));
        return command;
    }

    private List<SiteRow> Read(SqliteCommand command, object? value, Func<SqliteDataReader, int>? tablePosition)
    {
        if (command.Parameters.Count > 0)
        {
            command.Parameters[0].Value = value ?? DBNull.Value;
        }

        var rows = new List<SiteRow>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            rows.Add(Row(reader, rows.Count, tablePosition?.Invoke(reader) ?? rows.Count));
        }

        return rows;
    }

    /// <summary>The row the reader is on; <paramref name="tablePosition"/> is its place in the whole table's order (its key when the table has none).</summary>
    private SiteRow Row(SqliteDataReader reader, int position, int tablePosition)
    {
        var values = new object?[Columns.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
        }

        return new SiteRow(this, values, position)
        {
            Key = keyColumns.Length == 0
                ? (tablePosition + 1).ToString(CultureInfo.InvariantCulture)
                : string.Join("/", keyColumns.Select(k => ResultWriter.Text(values[k]))),
        };
    }

    private long Scalar(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }
}
