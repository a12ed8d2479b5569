using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations;

/// <summary>
/// The library's commands on one connection, one per SQL text, kept for the connection's life. A
/// <see cref="SqliteCommand"/> that is run again keeps its prepared statements, so SQLite parses and
/// plans a query (with every view it expands, the dearest part of a small query) once per open file
/// instead of on every call, as a command made and disposed per call (Dapper's way) does.
/// </summary>
internal sealed class PreparedCommands(SqliteConnection connection) : IDisposable
{
    private readonly Dictionary<string, Entry> commands = new(StringComparer.Ordinal);

    /// <summary>The command for <paramref name="sql"/>, with <paramref name="parameters"/> set (those the SQL names).</summary>
    public SqliteCommand Get(string sql, (string Name, object? Value)[] parameters)
    {
        if (!commands.TryGetValue(sql, out var entry))
        {
            var command = connection.CreateCommand();
            command.CommandText = sql;
            var named = parameters.Where(p => Names(sql, p.Name))
                .Select(p => command.Parameters.Add(new SqliteParameter(p.Name, DBNull.Value)))
                .ToArray();
            entry = new Entry(command, named);
            commands.Add(sql, entry);
        }

        foreach (var parameter in entry.Parameters)
        {
            parameter.Value = Find(parameters, parameter.ParameterName) ?? DBNull.Value;
        }

        return entry.Command;
    }

    public void Dispose()
    {
        foreach (var entry in commands.Values)
        {
            entry.Command.Dispose();
        }

        commands.Clear();
    }

    /// <summary>Whether <paramref name="sql"/> names the parameter (<c>$to</c> is not named by <c>$topic</c>).</summary>
    private static bool Names(string sql, string name)
    {
        for (var i = sql.IndexOf(name, StringComparison.Ordinal); i >= 0; i = sql.IndexOf(name, i + 1, StringComparison.Ordinal))
        {
            var end = i + name.Length;
            if (end == sql.Length || !(char.IsAsciiLetterOrDigit(sql[end]) || sql[end] == '_'))
            {
                return true;
            }
        }

        return false;
    }

    private static object? Find((string Name, object? Value)[] parameters, string name)
    {
        foreach (var (n, value) in parameters)
        {
            if (n == name)
            {
                return value;
            }
        }

        return null;
    }

    private sealed record Entry(SqliteCommand Command, SqliteParameter[] Parameters);
}
