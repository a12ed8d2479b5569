using Dapper;
using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations.Tests.TextGate;

/// <summary>One text field of one row: the table, the row's key, the column and the text.</summary>
internal sealed record TextField
{
    public required string Table { get; init; }

    public required string RowKey { get; init; }

    public required string Column { get; init; }

    public required string Text { get; init; }

    /// <summary>The columns the gate reads: every title, summary, note and claim (a statement's text is its summary).</summary>
    public static IReadOnlyList<string> Columns { get; } = ["title", "summary", "note", "claim"];

    public override string ToString() => $"{Table} {RowKey} {Column}";

    /// <summary>
    /// Every title, summary, note and claim of the fact tables (the tables the change log watches),
    /// keyed as the change log keys rows. A source's title is read only for English pages: the title
    /// of a page in another language is that page's own words.
    /// </summary>
    public static IReadOnlyList<TextField> Read(string databasePath)
    {
        using var db = new SqliteConnection(RelationsDataset.ReadOnlyConnectionString(databasePath));
        db.Open();
        var tables = db.Query<string>("SELECT tbl_name FROM sqlite_schema WHERE type = 'trigger' AND name = tbl_name || '_log_insert' ORDER BY tbl_name").ToList();
        var fields = new List<TextField>();
        foreach (var table in tables)
        {
            var columns = db.Query<(string Name, long Pk)>($"SELECT name, pk FROM pragma_table_info('{table}') ORDER BY cid").ToList();
            var key = columns.Where(c => c.Pk > 0).OrderBy(c => c.Pk).Select(c => $"CAST({c.Name} AS TEXT)").ToList();
            var keySql = key.Count == 0 ? "CAST(rowid AS TEXT)" : string.Join(" || '/' || ", key);
            foreach (var column in columns.Select(c => c.Name).Where(Columns.Contains))
            {
                var where = table == "sources" && column == "title" ? " AND language = 'en'" : string.Empty;
                var rows = db.Query<(string Key, string Text)>($"SELECT {keySql}, {column} FROM {table} WHERE {column} IS NOT NULL{where} ORDER BY 1");
                fields.AddRange(rows.Select(r => new TextField { Table = table, RowKey = r.Key, Column = column, Text = r.Text }));
            }
        }

        return fields;
    }

    /// <summary>
    /// Proper names the database records (organizations, people and their spellings, places,
    /// countries, topics): a run of words inside one of these is a name, not a copied sentence.
    /// </summary>
    public static IReadOnlyList<string> Names(string databasePath)
    {
        using var db = new SqliteConnection(RelationsDataset.ReadOnlyConnectionString(databasePath));
        db.Open();
        return db.Query<string>(
            """
            SELECT name FROM organizations UNION SELECT short_name FROM organizations WHERE short_name IS NOT NULL
            UNION SELECT name FROM people UNION SELECT name FROM person_names UNION SELECT name FROM places
            UNION SELECT name FROM countries UNION SELECT name FROM topics
            """).ToList();
    }
}
