using Dapper;
using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations.Cli.Export;

/// <summary>A column as the exports describe it.</summary>
internal sealed record ExportColumn(string Name, string DeclaredType, bool NotNull, int PrimaryKeyPosition, string Description);

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

    /// <summary>A query that returns the rows in a stable order: by primary key, or by every column for a view.</summary>
    public string SelectSql()
    {
        var order = PrimaryKey.Any()
            ? string.Join(", ", PrimaryKey.Select(Quote))
            : string.Join(", ", Enumerable.Range(1, Columns.Count));
        return $"SELECT * FROM {Quote(Name)} ORDER BY {order}";
    }

    public static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}

/// <summary>Reads which tables and views a dataset file has, and how they are documented.</summary>
internal static class ExportCatalog
{
    public static IReadOnlyList<ExportResource> Read(SqliteConnection connection)
    {
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
