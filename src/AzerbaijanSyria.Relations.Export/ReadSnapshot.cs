using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations.Export;

/// <summary>
/// A read transaction on a connection for as long as it lives (<c>BEGIN</c> … <c>COMMIT</c>, which
/// the read-only guard allows): every statement in it reads the same snapshot of the database, even
/// while another process writes it. Nothing is begun when the connection is already in a transaction.
/// </summary>
internal sealed class ReadSnapshot : IDisposable
{
    private readonly SqliteConnection? connection;

    private ReadSnapshot(SqliteConnection? connection) => this.connection = connection;

    /// <summary>Begins the transaction (SQLite takes its snapshot at the first read).</summary>
    public static ReadSnapshot Begin(SqliteConnection connection)
    {
        if (SQLitePCL.raw.sqlite3_get_autocommit(connection.Handle) == 0)
        {
            return new ReadSnapshot(null);
        }

        Execute(connection, "BEGIN");
        return new ReadSnapshot(connection);
    }

    /// <summary>Ends the transaction.</summary>
    public void Dispose()
    {
        if (connection is not null && SQLitePCL.raw.sqlite3_get_autocommit(connection.Handle) == 0)
        {
            Execute(connection, "COMMIT");
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
