using System.Globalization;
using AzerbaijanSyria.Relations.Export;

namespace AzerbaijanSyria.Relations.Export.Site;

/// <summary>A column of a table as the site shows it: its description, default and the column it refers to.</summary>
internal sealed record SiteColumn(string Name, string Type, int PrimaryKeyPosition, string Description, string? DefaultSql, SiteReference? References);

/// <summary>The table and column a foreign-key column refers to.</summary>
internal sealed record SiteReference(string Table, string Column);

/// <summary>A row of a table: its values in column order and the key that names it.</summary>
internal sealed class SiteRow(SiteTable table, object?[] values, int position)
{
    public SiteTable Table { get; } = table;

    /// <summary>The row's place in its table's key order.</summary>
    public int Position { get; } = position;

    public IReadOnlyList<object?> Values { get; } = values;

    /// <summary>The primary key's values joined with "/" (or the row's position for a table without one).</summary>
    public string Key { get; internal set; } = string.Empty;

    public object? this[string column] => Table.IndexOf(column) is var i and >= 0 ? Values[i] : null;

    public string? Text(string column) => this[column] is { } value ? ResultWriter.Text(value) : null;
}

/// <summary>A table of the dataset with all its rows, read into memory in key order.</summary>
internal sealed class SiteTable
{
    private readonly Dictionary<string, int> columnIndex;
    private readonly Dictionary<string, ILookup<string, SiteRow>> lookups = new(StringComparer.Ordinal);

    public SiteTable(string name, string description, IReadOnlyList<SiteColumn> columns, IReadOnlyList<object?[]> rows, SiteKind? kind)
    {
        Name = name;
        Description = description;
        Columns = columns;
        Kind = kind;
        columnIndex = columns.Select((c, i) => (c.Name, i)).ToDictionary(c => c.Name, c => c.i, StringComparer.Ordinal);
        var key = columns.Where(c => c.PrimaryKeyPosition > 0).OrderBy(c => c.PrimaryKeyPosition).Select(c => columnIndex[c.Name]).ToList();
        Rows = rows.Select((values, position) => new SiteRow(this, values, position)
        {
            Key = key.Count == 0
                ? (position + 1).ToString(CultureInfo.InvariantCulture)
                : string.Join("/", key.Select(k => ResultWriter.Text(values[k]))),
        }).ToList();
        LabelColumn = SiteKinds.LabelColumns.FirstOrDefault(columnIndex.ContainsKey);
    }

    public string Name { get; }

    public string Description { get; }

    public IReadOnlyList<SiteColumn> Columns { get; }

    public IReadOnlyList<SiteRow> Rows { get; }

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
        value is null ? null : Where(column, ResultWriter.Text(value)).FirstOrDefault();

    /// <summary>The rows whose <paramref name="column"/> holds <paramref name="value"/>, in key order.</summary>
    public IEnumerable<SiteRow> Where(string column, string value)
    {
        if (!columnIndex.TryGetValue(column, out var index))
        {
            return [];
        }

        if (!lookups.TryGetValue(column, out var lookup))
        {
            lookup = Rows.Where(r => r.Values[index] is not null).ToLookup(r => ResultWriter.Text(r.Values[index]), StringComparer.Ordinal);
            lookups[column] = lookup;
        }

        return lookup[value];
    }
}
