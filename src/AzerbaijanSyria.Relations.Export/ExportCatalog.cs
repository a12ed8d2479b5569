using Dapper;
using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations.Export;

/// <summary>
/// A column as the exports describe it: <paramref name="Values"/> is its closed vocabulary (from a
/// CHECK constraint, or for a view's column, the one vocabulary of the table columns of that name),
/// and <paramref name="Flag"/> says it holds 0 or 1.
/// </summary>
internal sealed record ExportColumn(string Name, string DeclaredType, bool NotNull, int PrimaryKeyPosition, string Description,
    IReadOnlyList<string>? Values = null, bool Flag = false, bool IsDate = false);

/// <summary>A foreign key as the exports describe it.</summary>
internal sealed record ExportForeignKey(IReadOnlyList<string> Columns, string Table, IReadOnlyList<string> ReferencedColumns);

/// <summary>A table or view to export, with its documentation from the database's data dictionary.</summary>
internal sealed record ExportResource(
    string Name,
    string Kind,
    string Description,
    IReadOnlyList<ExportColumn> Columns,
    IReadOnlyList<ExportForeignKey> ForeignKeys)
{
    public IEnumerable<string> PrimaryKey => Columns.Where(c => c.PrimaryKeyPosition > 0).OrderBy(c => c.PrimaryKeyPosition).Select(c => c.Name);

    /// <summary>
    /// A query that returns the rows in a stable order: a table by primary key; a view with date
    /// bounds (the timeline, statements, aid deliveries, agreements…) in date order, as the timeline
    /// view itself lists them; any other view by every column.
    /// </summary>
    public string SelectSql()
    {
        var order = PrimaryKey.Any()
            ? string.Join(", ", PrimaryKey.Select(Quote))
            : string.Join(", ", Enumerable.Range(1, Columns.Count));
        if (Kind == "view" && Columns.Any(c => c.Name == "date_earliest") && Columns.Any(c => c.Name == "date_latest"))
        {
            order = "coalesce(\"date_earliest\", \"date_latest\"), \"date_latest\", " + order;
        }

        return $"SELECT * FROM {Quote(Name)} ORDER BY {order}";
    }

    public static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}

/// <summary>
/// Which tables and views a dataset file has, and how they are documented: the schema as
/// <see cref="SchemaCatalog"/> reads it (the one schema model), with the descriptions of the data
/// dictionary (<c>table_docs</c>, <c>column_docs</c>) that the exports carry.
/// </summary>
internal static class ExportCatalog
{
    public static IReadOnlyList<ExportResource> Read(SqliteConnection connection)
    {
        var schema = SchemaCatalog.Read(connection);
        var tables = schema.Tables.ToList();
        // A view's column takes the vocabulary, flag or date type of the table columns of its name, when they agree.
        var vocabularies = tables.SelectMany(t => t.Vocabularies).GroupBy(v => v.Column)
            .Where(g => g.Select(v => string.Join('\u0001', v.Values)).Distinct().Count() == 1)
            .ToDictionary(g => g.Key, g => g.First().Values);
        var flags = tables.SelectMany(t => t.Flags).ToHashSet(StringComparer.Ordinal);
        var dates = tables.SelectMany(t => t.DateColumns).ToHashSet(StringComparer.Ordinal);
        var tableDocs = connection.Rows<string, string>("SELECT table_name, description FROM table_docs").Select(static ((string Table, string Description) row) => row)
            .ToDictionary(d => d.Table, d => d.Description, StringComparer.Ordinal);
        var columnDocs = connection.Rows<string, string, string>("SELECT table_name, column_name, description FROM column_docs").Select(static ((string Table, string Column, string Description) row) => row)
            .ToDictionary(d => (d.Table, d.Column), d => d.Description);
        string Describe(string table, string column) =>
            columnDocs.GetValueOrDefault((table, column)) ?? columnDocs.GetValueOrDefault(("*", column)) ?? string.Empty;

        var resources = new List<ExportResource>();
        foreach (var item in schema.Objects)
        {
            var isTable = item.Kind == "table";
            var columns = item.Columns.Select(c => new ExportColumn(c.Name, c.Type, c.NotNull, c.PrimaryKeyPosition, Describe(item.Name, c.Name))).ToList();
            columns = columns.Select(c => isTable
                    ? c with
                    {
                        Values = item.Vocabularies.FirstOrDefault(v => v.Column == c.Name)?.Values,
                        Flag = item.Flags.Contains(c.Name),
                        IsDate = item.DateColumns.Contains(c.Name),
                    }
                    : c with { Values = vocabularies.GetValueOrDefault(c.Name), Flag = flags.Contains(c.Name), IsDate = dates.Contains(c.Name) })
                .ToList();
            var keys = item.ForeignKeys.Select(k => new ExportForeignKey(k.Columns, k.Table, k.ReferencedColumns)).ToList();
            resources.Add(new ExportResource(item.Name, item.Kind, tableDocs.GetValueOrDefault(item.Name) ?? string.Empty, columns, keys));
        }

        return resources;
    }
}
