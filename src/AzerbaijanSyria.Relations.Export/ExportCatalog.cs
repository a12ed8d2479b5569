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

/// <summary>Reads which tables and views a dataset file has, and how they are documented.</summary>
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
        var objects = connection.Query<(string Name, string Kind, string Description)>(
            """
            SELECT m.name, m.type, coalesce(td.description, '')
            FROM sqlite_schema AS m LEFT JOIN table_docs AS td ON td.table_name = m.name
            WHERE m.type IN ('table', 'view') AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE '%_fts%' AND m.name <> 'SchemaVersions'
            ORDER BY m.name
            """).ToList();
        var resources = new List<ExportResource>();
        foreach (var (name, kind, description) in objects)
        {
            var columns = connection.Query<(string Name, string Type, long NotNull, long Pk, string Description)>(
                """
                SELECT c.name, c.type, c."notnull", c.pk, coalesce(s.description, d.description, '')
                FROM pragma_table_xinfo(@name) AS c
                LEFT JOIN column_docs AS s ON s.table_name = @name AND s.column_name = c.name
                LEFT JOIN column_docs AS d ON d.table_name = '*' AND d.column_name = c.name
                WHERE c.hidden IN (0, 2, 3)
                ORDER BY c.cid
                """, new { name }).Select(c => new ExportColumn(c.Name, c.Type, c.NotNull == 1, (int)c.Pk, c.Description)).ToList();
            var table = schema.Find(name);
            columns = columns.Select(c => kind == "table" && table is not null
                    ? c with
                    {
                        Values = table.Vocabularies.FirstOrDefault(v => v.Column == c.Name)?.Values,
                        Flag = table.Flags.Contains(c.Name),
                        IsDate = table.DateColumns.Contains(c.Name),
                    }
                    : c with { Values = vocabularies.GetValueOrDefault(c.Name), Flag = flags.Contains(c.Name), IsDate = dates.Contains(c.Name) })
                .ToList();
            var keys = connection.Query<(long Id, long Seq, string Table, string From, string To)>(
                    "SELECT id, seq, \"table\", \"from\", \"to\" FROM pragma_foreign_key_list(@name) ORDER BY id, seq", new { name })
                .GroupBy(k => k.Id)
                .Select(g => new ExportForeignKey(g.Select(k => k.From).ToList(), g.First().Table, g.Select(k => k.To).ToList()))
                .ToList();
            resources.Add(new ExportResource(name, kind, description, columns, keys));
        }

        return resources;
    }
}
