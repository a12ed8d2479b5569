using Dapper;
using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations.Export.Site;

/// <summary>Where a row is shown: a page of the site and, for a row shown among others, the id of its element.</summary>
internal sealed record SiteLocation(string Page, string? Anchor);

/// <summary>
/// Every table of a dataset file, as its schema describes it (rows are read as pages need them): columns, descriptions and
/// foreign keys come from the file's own schema and data dictionary, so a column or table the
/// schema gains shows on the site without a change here.
/// </summary>
internal sealed partial class SiteModel
{
    private readonly Dictionary<string, SiteTable> tables;

    private SiteModel(
        IReadOnlyList<SiteTable> tableList,
        IReadOnlyList<(string Name, string Description)> views,
        IReadOnlyList<SchemaCatalog.FullTextIndex> fullText,
        IReadOnlyDictionary<string, string> metadata,
        SiteScratch? scratch)
    {
        Scratch = scratch;
        Tables = tableList;
        Views = views;
        FullText = fullText;
        Metadata = metadata;
        tables = tableList.ToDictionary(t => t.Name, StringComparer.Ordinal);
    }

    /// <summary>The export's scratch database (a page keeps what it tracks there once it is more than a little), or null.</summary>
    public SiteScratch? Scratch { get; }

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

    /// <summary>
    /// The model of the file: its tables' columns, descriptions and references (never their rows, which each
    /// page reads when it needs them, see <see cref="SiteTable"/>), its views and full-text indexes. What it
    /// holds grows with the schema, not with the rows.
    /// </summary>
    public static SiteModel Read(SqliteConnection connection, SiteScratch scratch, IReadOnlyDictionary<string, string> metadata)
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

            // The columns a lookup finds its rows by through an index: the first column of an index (not a
            // partial one) or of the primary key.
            var indexed = connection.Column<string>(
                """
                SELECT ii.name FROM pragma_index_list(@table) AS il, pragma_index_info(il.name) AS ii WHERE ii.seqno = 0 AND il.partial = 0 AND ii.name IS NOT NULL
                UNION SELECT name FROM pragma_table_info(@table) WHERE pk = 1
                """,
                ("@table", table.Name)).ToHashSet(StringComparer.Ordinal);
            var withoutRowid = connection.Column<string?>("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = @table", ("@table", table.Name)).FirstOrDefault() is { } sql
                && WithoutRowid().IsMatch(sql);
            var kind = SiteKinds.Paged.FirstOrDefault(k => k.Table == table.Name);
            list.Add(new SiteTable(connection, scratch, table.Name, TableDescription(table.Name), columns, kind, indexed, hasRowid: !withoutRowid));
        }

        var views = catalog.Views.Select(v => (v.Name, TableDescription(v.Name))).ToList();
        return new SiteModel(list, views, catalog.FullText, metadata, scratch);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\)\s*WITHOUT\s+ROWID\s*(,|;|$)", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex WithoutRowid();

    /// <summary>The row a reference column of <paramref name="row"/> points at, or null (no value, or no such row).</summary>
    public SiteRow? Referenced(SiteRow row, SiteColumn column) =>
        column.References is { } reference && Table(reference.Table) is { } target ? target.Find(reference.Column, row[column.Name]) : null;

    /// <summary>The tables and columns that refer to rows of <paramref name="table"/>, by table name and column order.</summary>
    public IEnumerable<(SiteTable Table, SiteColumn Column)> ReferencesTo(SiteTable table) =>
        Tables.SelectMany(t => t.Columns.Where(c => c.References?.Table == table.Name).Select(c => (t, c)));

    /// <summary>The rows of <paramref name="child"/> whose <paramref name="column"/> points at <paramref name="row"/>, read as the caller goes (see <see cref="SiteTable.Stream"/>).</summary>
    public IEnumerable<SiteRow> RowsReferring(SiteRow row, SiteTable child, SiteColumn column) =>
        row[column.References!.Column] is { } value ? child.Stream(column.Name, value) : [];

    /// <summary>The columns of <paramref name="child"/> that hold a value in some row whose <paramref name="column"/> points at <paramref name="row"/>.</summary>
    public IReadOnlySet<string> ColumnsGiven(SiteRow row, SiteTable child, SiteColumn column) =>
        row[column.References!.Column] is { } value ? child.ColumnsGiven(column.Name, value) : new HashSet<string>(StringComparer.Ordinal);

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

        var columns = SubjectColumns(citations).Where(c => c.References!.Table == row.Table.Name).ToList();
        if (columns.Count == 0)
        {
            return [];
        }

        if (columns.Select(c => c.References!.Column).Distinct(StringComparer.Ordinal).Count() == 1 && row[columns[0].References!.Column] is { } value)
        {
            // One lookup, in the citations' key order, each citation once.
            return citations.Where(columns.Select(c => c.Name).ToList(), value);
        }

        return columns.SelectMany(c => RowsReferring(row, citations, c)).DistinctBy(c => c.Key).ToList();
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
}
