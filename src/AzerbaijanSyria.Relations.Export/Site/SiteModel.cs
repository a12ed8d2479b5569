using Dapper;
using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations.Export.Site;

/// <summary>Where a row is shown: a page of the site and, for a row shown among others, the id of its element.</summary>
internal sealed record SiteLocation(string Page, string? Anchor);

/// <summary>
/// Every table of a dataset file with all its rows, read once: columns, descriptions and
/// foreign keys come from the file's own schema and data dictionary, so a column or table the
/// schema gains shows on the site without a change here.
/// </summary>
internal sealed class SiteModel
{
    private readonly Dictionary<string, SiteTable> tables;

    private SiteModel(
        IReadOnlyList<SiteTable> tableList,
        IReadOnlyList<(string Name, string Description)> views,
        IReadOnlyList<SchemaCatalog.FullTextIndex> fullText,
        IReadOnlyDictionary<string, string> metadata)
    {
        Tables = tableList;
        Views = views;
        FullText = fullText;
        Metadata = metadata;
        tables = tableList.ToDictionary(t => t.Name, StringComparer.Ordinal);
    }

    /// <summary>The tables, by name.</summary>
    public IReadOnlyList<SiteTable> Tables { get; }

    /// <summary>The public views, by name, with their descriptions.</summary>
    public IReadOnlyList<(string Name, string Description)> Views { get; }

    /// <summary>The full-text indexes, each naming the table it indexes and its columns.</summary>
    public IReadOnlyList<SchemaCatalog.FullTextIndex> FullText { get; }

    /// <summary>The rows of <c>dataset_metadata</c>, when the file has it: title, description, version, licences.</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; }

    public string Title => Metadata.GetValueOrDefault("title", "Azerbaijan–Syria relations dataset");

    public SiteTable? Table(string name) => tables.GetValueOrDefault(name);

    /// <summary>How many rows the model of the file would hold: those of every table the site shows.</summary>
    public static long CountRows(SqliteConnection connection)
    {
        long rows = 0;
        foreach (var table in SchemaCatalog.Read(connection).Tables)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT count(*) FROM {SchemaCatalog.Quote(table.Name)}";
            rows += (long)command.ExecuteScalar()!;
        }

        return rows;
    }

        public static SiteModel Read(SqliteConnection connection, IReadOnlyDictionary<string, string> metadata)
    {
        var catalog = SchemaCatalog.Read(connection);
        var hasDictionary = catalog.Find("data_dictionary") is { Kind: "view" };
        var descriptions = hasDictionary
            ? connection.Rows<string, string?, string, string?>(
                    "SELECT table_name, table_description, column_name, description FROM data_dictionary").Select(static ((string Table, string? TableDescription, string Column, string? Description) row) => row)
                .ToList()
            : [];
        string TableDescription(string table) => descriptions.FirstOrDefault(d => d.Table == table).TableDescription ?? string.Empty;
        var columnDescriptions = descriptions.GroupBy(d => (d.Table, d.Column)).ToDictionary(g => g.Key, g => g.First().Description ?? string.Empty);

        var list = new List<SiteTable>();
        var pool = new ValuePool();
        foreach (var table in catalog.Tables)
        {
            var columns = table.Columns.Select(c =>
            {
                var key = table.ForeignKeys.FirstOrDefault(k => k.Columns.Count == 1 && k.Columns[0] == c.Name);
                return new SiteColumn(
                    c.Name,
                    c.Type,
                    c.PrimaryKeyPosition,
                    columnDescriptions.GetValueOrDefault((table.Name, c.Name), string.Empty),
                    c.Default,
                    key is null ? null : new SiteReference(key.Table, key.ReferencedColumns[0]));
            }).ToList();
            var order = table.PrimaryKey.Count > 0
                ? string.Join(", ", table.PrimaryKey.Select(SchemaCatalog.Quote))
                : string.Join(", ", Enumerable.Range(1, columns.Count));
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT {string.Join(", ", columns.Select(c => SchemaCatalog.Quote(c.Name)))} FROM {SchemaCatalog.Quote(table.Name)} ORDER BY {order}";
            var rows = new List<object?[]>();
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    var values = new object?[columns.Count];
                    for (var i = 0; i < values.Length; i++)
                    {
                        values[i] = reader.IsDBNull(i) ? null : pool.Share(reader.GetValue(i));
                    }

                    rows.Add(values);
                }
            }

            var kind = SiteKinds.Paged.FirstOrDefault(k => k.Table == table.Name);
            list.Add(new SiteTable(table.Name, TableDescription(table.Name), columns, rows, kind));
        }

        var views = catalog.Views.Select(v => (v.Name, TableDescription(v.Name))).ToList();
        return new SiteModel(list, views, catalog.FullText, metadata);
    }

    /// <summary>The row a reference column of <paramref name="row"/> points at, or null (no value, or no such row).</summary>
    public SiteRow? Referenced(SiteRow row, SiteColumn column) =>
        column.References is { } reference && Table(reference.Table) is { } target ? target.Find(reference.Column, row[column.Name]) : null;

    /// <summary>The tables and columns that refer to rows of <paramref name="table"/>, by table name and column order.</summary>
    public IEnumerable<(SiteTable Table, SiteColumn Column)> ReferencesTo(SiteTable table) =>
        Tables.SelectMany(t => t.Columns.Where(c => c.References?.Table == table.Name).Select(c => (t, c)));

    /// <summary>The rows of <paramref name="child"/> whose <paramref name="column"/> points at <paramref name="row"/>.</summary>
    public IEnumerable<SiteRow> RowsReferring(SiteRow row, SiteTable child, SiteColumn column) =>
        row[column.References!.Column] is { } value ? child.Where(column.Name, ResultWriter.Text(value)) : [];

    /// <summary>A row's name: its title, name or claim (shortened), or else its key.</summary>
    public static string Label(SiteRow row) =>
        row.Table.LabelColumn is { } column && row.Text(column) is { Length: > 0 } text ? Html.Shorten(text) : row.Key;

    /// <summary>
    /// Where a row is shown. A row of a table with pages has its own page; any other row is shown
    /// on the page of the first row with a page it refers to (a statement on its event's page, an
    /// office on its holder's), or else on its table's page.
    /// </summary>
    public SiteLocation Locate(SiteRow row)
    {
        if (row.Table.Kind is { } kind)
        {
            return new SiteLocation(SiteLinks.EntityPage(kind, row.Key), null);
        }

        foreach (var column in row.Table.Columns)
        {
            if (Referenced(row, column) is { Table.Kind: { } targetKind } target)
            {
                return new SiteLocation(SiteLinks.EntityPage(targetKind, target.Key), SiteLinks.Anchor(row));
            }
        }

        return new SiteLocation(SiteLinks.TablePage(row.Table.Name), SiteLinks.Anchor(row));
    }

    /// <summary>The citations table, when the file has one that refers to sources.</summary>
    public SiteTable? CitationTable => Table(SiteKinds.Citations) is { } t && SourceColumn(t) is not null ? t : null;

    /// <summary>Whether rows of <paramref name="table"/> can be cited: the citations table refers to it.</summary>
    public bool IsCitable(SiteTable table) => CitationTable is { } citations && SubjectColumns(citations).Any(c => c.References!.Table == table.Name);

    /// <summary>The citations of one row, in citation order.</summary>
    public IReadOnlyList<SiteRow> CitationsOf(SiteRow row)
    {
        if (CitationTable is not { } citations)
        {
            return [];
        }

        return SubjectColumns(citations)
            .Where(c => c.References!.Table == row.Table.Name)
            .SelectMany(c => RowsReferring(row, citations, c))
            .DistinctBy(c => c.Position)
            .OrderBy(c => c.Position)
            .ToList();
    }

    /// <summary>The row a citation cites, or null.</summary>
    public SiteRow? CitedRow(SiteRow citation) =>
        SubjectColumns(citation.Table).Select(c => Referenced(citation, c)).FirstOrDefault(r => r is not null);

    /// <summary>The source a citation names, or null.</summary>
    public SiteRow? SourceOf(SiteRow citation) => SourceColumn(citation.Table) is { } column ? Referenced(citation, column) : null;

    /// <summary>The column of the citations table that names the source.</summary>
    public static SiteColumn? SourceColumn(SiteTable citations) => citations.Columns.FirstOrDefault(c => c.References?.Table == SiteKinds.Sources);

    /// <summary>The columns of the citations table that name the cited row (every reference but the source).</summary>
    public static IEnumerable<SiteColumn> SubjectColumns(SiteTable citations) =>
        citations.Columns.Where(c => c.References is not null && c.References.Table != SiteKinds.Sources);

    /// <summary>
    /// One instance of each text and small number the model holds: a key is read once for its own row
    /// and again for every row that refers to it, and the same words fill a column row after row.
    /// </summary>
    private sealed class ValuePool
    {
        private static readonly object[] SmallNumbers = Enumerable.Range(0, 1024).Select(i => (object)(long)i).ToArray();

        private readonly Dictionary<string, string> texts = new(StringComparer.Ordinal);

        public object Share(object value) => value switch
        {
            string text when texts.TryGetValue(text, out var shared) => shared,
            string text => texts[text] = text,
            long number and >= 0 and < 1024 => SmallNumbers[number],
            _ => value,
        };
    }
}
