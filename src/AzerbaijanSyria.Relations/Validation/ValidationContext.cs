using Dapper;
using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations;

/// <summary>What every validation rule reads: the open file, its schema, and a writable copy in memory.</summary>
internal sealed class ValidationContext(SqliteConnection connection, SchemaCatalog catalog) : IDisposable
{
    private SqliteConnection? memoryCopy;

    public SqliteConnection Connection { get; } = connection;

    /// <summary>
    /// A copy of the file in memory, made on first use, for the checks SQLite runs only on a database
    /// it may write to (FTS5's integrity-check, CHECK constraints in integrity_check). The file is never touched.
    /// </summary>
    public SqliteConnection MemoryCopy
    {
        get
        {
            if (memoryCopy is null)
            {
                memoryCopy = new SqliteConnection("Data Source=:memory:");
                memoryCopy.Open();
                Connection.BackupDatabase(memoryCopy);
            }

            return memoryCopy;
        }
    }

    public SchemaCatalog Catalog { get; } = catalog;

    /// <summary>The file's definitions (kind, name) to the hash of each one's SQL (<see cref="SchemaDefinitions"/>), read on first use.</summary>
    public IReadOnlyDictionary<(string Kind, string Name), string> Definitions => definitions ??= SchemaDefinitions.Read(Connection);

    private IReadOnlyDictionary<(string Kind, string Name), string>? definitions;

    /// <summary>
    /// Whether the view <paramref name="name"/> is defined as this release builds it. A rule reads a
    /// view only when it is: a view redefined in a damaged file may never finish (an endless recursion).
    /// </summary>
    public bool IsApprovedView(string name) =>
        Definitions.TryGetValue(("view", name), out var hash) && SchemaDefinitions.Approved.TryGetValue(("view", name), out var approved) && hash == approved;

    /// <summary>Whether the file has a table or view of this name (a damaged file may not).</summary>
    public bool Has(string name) => Catalog.Find(name) is not null;

    /// <summary>The table or view called <paramref name="name"/>; a missing one fails the rule as SQLite would ("no such table").</summary>
    public SchemaCatalog.SchemaObject Table(string name) =>
        Catalog.Find(name) ?? throw new SqliteException($"no such table: {name}", 1);

    /// <summary>The labels (primary keys) of the rows of <paramref name="table"/> that satisfy <paramref name="where"/>, in order.</summary>
    public IEnumerable<string> Rows(string table, string where, object? args = null)
    {
        var t = Table(table);
        return Connection.Query<string>($"SELECT {t.RowLabelSql} FROM {SchemaCatalog.Quote(table)} WHERE {where} ORDER BY 1", args);
    }

    public void Dispose() => memoryCopy?.Dispose();
}
