using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations;

/// <summary>One prepared <c>INSERT</c> into a table, re-run for every row (the statement is prepared once).</summary>
internal sealed class SyntheticRows : IDisposable
{
    private readonly SqliteCommand command;
    private readonly SqliteParameter[] parameters;

    public SyntheticRows(SqliteConnection connection, SqliteTransaction transaction, string table, params string[] columns)
    {
        command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
        parameters = columns.Select((_, i) => command.Parameters.Add(new SqliteParameter($"$p{i}", DBNull.Value))).ToArray();
        command.Prepare();
    }

    /// <summary>How many rows were written.</summary>
    public long Count { get; private set; }

    /// <summary>Writes one row; a null value is SQL NULL.</summary>
    public void Add(params object?[] values)
    {
        for (var i = 0; i < parameters.Length; i++)
        {
            parameters[i].Value = values[i] ?? DBNull.Value;
        }

        command.ExecuteNonQuery();
        Count++;
    }

    public void Dispose() => command.Dispose();
}
