using Dapper;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace AzerbaijanSyria.Relations;

/// <summary>
/// The tables the statements prepared on a connection may write, as SQLite's authorizer reports them
/// when each statement is prepared: every INSERT, UPDATE and DELETE target (including those of the
/// triggers a statement fires, which SQLite codes into it), and every table created, dropped or
/// altered. <see cref="ScriptHistory"/> re-reads only these tables after a script (and those whose rows
/// a foreign-key action on them may change); a table no statement could write is unchanged. The
/// authorizer only watches: it allows everything.
/// </summary>
internal sealed class TouchedTables : IDisposable
{
    private readonly SqliteConnection connection;
    private readonly HashSet<string> names = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Starts watching the statements prepared on <paramref name="connection"/> (which must be open).</summary>
    public TouchedTables(SqliteConnection connection)
    {
        this.connection = connection;
        SqliteException.ThrowExceptionForRC(raw.sqlite3_set_authorizer(connection.Handle, Authorize, null), connection.Handle);
    }

    /// <summary>
    /// The tables written since the last call, with every table whose foreign keys refer to one of them
    /// with an ON DELETE or ON UPDATE action (CASCADE, SET NULL, SET DEFAULT), directly or through
    /// others: such an action may change its rows. Then starts afresh.
    /// </summary>
    public HashSet<string> Take()
    {
        var written = new HashSet<string>(names, StringComparer.OrdinalIgnoreCase);
        names.Clear();
        var references = connection.Query<(string Table, string Parent)>(
            """
            SELECT t.name, f."table" FROM pragma_table_list AS t JOIN pragma_foreign_key_list(t.name) AS f
            WHERE t.schema = 'main' AND t.type = 'table' AND (f.on_delete NOT IN ('NO ACTION', 'RESTRICT') OR f.on_update NOT IN ('NO ACTION', 'RESTRICT'))
            """).ToList();
        for (var grew = true; grew;)
        {
            grew = false;
            foreach (var (table, parent) in references)
            {
                if (written.Contains(parent) && written.Add(table))
                {
                    grew = true;
                }
            }
        }

        return written;
    }

    /// <summary>Stops watching.</summary>
    public void Dispose() => raw.sqlite3_set_authorizer(connection.Handle, (delegate_authorizer?)null, null);

    private int Authorize(object userData, int action, utf8z first, utf8z second, utf8z database, utf8z trigger)
    {
        switch (action)
        {
            case raw.SQLITE_INSERT:
            case raw.SQLITE_UPDATE:
            case raw.SQLITE_DELETE:
            case raw.SQLITE_CREATE_TABLE:
            case raw.SQLITE_DROP_TABLE:
                Add(first);
                break;
            case raw.SQLITE_ALTER_TABLE:
                Add(second); // the first is the database's name
                break;
        }

        return raw.SQLITE_OK;
    }

    private void Add(utf8z name)
    {
        if (name.utf8_to_string() is { } text)
        {
            names.Add(text);
        }
    }
}
