using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations;

/// <summary>
/// One connection of a dataset's own with its prepared commands, used by one query at a time: a
/// <see cref="SqliteConnection"/> and its commands serve one statement at a time, so queries that run
/// at once each rent a session of their own from <see cref="QuerySessions"/>.
/// </summary>
internal sealed class QuerySession(SqliteConnection connection, bool ownsConnection) : IDisposable
{
    /// <summary>The session's connection, guarded read-only like the dataset's.</summary>
    public SqliteConnection Connection { get; } = connection;

    /// <summary>The library's commands on <see cref="Connection"/>, prepared once and re-run.</summary>
    public PreparedCommands Commands { get; } = new(connection);

    /// <summary>Disposes the commands, and the connection when the session opened it.</summary>
    public void Dispose()
    {
        Commands.Dispose();
        if (ownsConnection)
        {
            Connection.Dispose();
        }
    }
}
