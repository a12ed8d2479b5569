using System.Data.Common;

namespace AzerbaijanSyria.Relations;

/// <summary>
/// Queries whose rows are value tuples, read by position with the provider's typed getters. Dapper.AOT
/// generates readers for named types but not for tuples (its rule DAP013, an error in this repository),
/// and run-time Dapper builds tuple readers with code emitted at run time, which NativeAOT does not allow;
/// so the internal queries that return a few unnamed columns use these instead. One source file, compiled
/// into each assembly that needs it (src/Shared), so no package exposes it.
/// </summary>
internal static class PositionalRows
{
    public static List<T> Column<T>(this DbConnection connection, string sql, params (string Name, object? Value)[] parameters) =>
        Read(connection, sql, parameters, r => Get<T>(r, 0));

    public static List<(T1, T2)> Rows<T1, T2>(this DbConnection connection, string sql, params (string Name, object? Value)[] parameters) =>
        Read(connection, sql, parameters, r => (Get<T1>(r, 0), Get<T2>(r, 1)));

    public static List<(T1, T2, T3)> Rows<T1, T2, T3>(this DbConnection connection, string sql, params (string Name, object? Value)[] parameters) =>
        Read(connection, sql, parameters, r => (Get<T1>(r, 0), Get<T2>(r, 1), Get<T3>(r, 2)));

    public static List<(T1, T2, T3, T4)> Rows<T1, T2, T3, T4>(this DbConnection connection, string sql, params (string Name, object? Value)[] parameters) =>
        Read(connection, sql, parameters, r => (Get<T1>(r, 0), Get<T2>(r, 1), Get<T3>(r, 2), Get<T4>(r, 3)));

    public static List<(T1, T2, T3, T4, T5)> Rows<T1, T2, T3, T4, T5>(this DbConnection connection, string sql, params (string Name, object? Value)[] parameters) =>
        Read(connection, sql, parameters, r => (Get<T1>(r, 0), Get<T2>(r, 1), Get<T3>(r, 2), Get<T4>(r, 3), Get<T5>(r, 4)));

    public static List<(T1, T2, T3, T4, T5, T6)> Rows<T1, T2, T3, T4, T5, T6>(this DbConnection connection, string sql, params (string Name, object? Value)[] parameters) =>
        Read(connection, sql, parameters, r => (Get<T1>(r, 0), Get<T2>(r, 1), Get<T3>(r, 2), Get<T4>(r, 3), Get<T5>(r, 4), Get<T6>(r, 5)));

    public static List<(T1, T2, T3, T4, T5, T6, T7)> Rows<T1, T2, T3, T4, T5, T6, T7>(this DbConnection connection, string sql, params (string Name, object? Value)[] parameters) =>
        Read(connection, sql, parameters, r => (Get<T1>(r, 0), Get<T2>(r, 1), Get<T3>(r, 2), Get<T4>(r, 3), Get<T5>(r, 4), Get<T6>(r, 5), Get<T7>(r, 6)));

    public static List<(T1, T2, T3, T4, T5, T6, T7, T8)> Rows<T1, T2, T3, T4, T5, T6, T7, T8>(this DbConnection connection, string sql, params (string Name, object? Value)[] parameters) =>
        Read(connection, sql, parameters, r => (Get<T1>(r, 0), Get<T2>(r, 1), Get<T3>(r, 2), Get<T4>(r, 3), Get<T5>(r, 4), Get<T6>(r, 5), Get<T7>(r, 6), Get<T8>(r, 7)));

    /// <summary>The rows of a query one at a time, for a query whose rows are too many to hold.</summary>
    public static IEnumerable<(T1, T2)> Stream<T1, T2>(this DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return (Get<T1>(reader, 0), Get<T2>(reader, 1));
        }
    }

    /// <summary>The rows of a query run inside <paramref name="transaction"/>.</summary>
    public static List<(T1, T2, T3, T4)> Rows<T1, T2, T3, T4>(this DbTransaction transaction, string sql, params (string Name, object? Value)[] parameters) =>
        Read(transaction.Connection!, sql, parameters, r => (Get<T1>(r, 0), Get<T2>(r, 1), Get<T3>(r, 2), Get<T4>(r, 3)), transaction);

    private static List<TRow> Read<TRow>(DbConnection connection, string sql, (string Name, object? Value)[] parameters, Func<DbDataReader, TRow> row, DbTransaction? transaction = null)
    {
        // A connection's command takes its pending transaction (Microsoft.Data.Sqlite); only an explicit one replaces it.
        using var command = connection.CreateCommand();
        if (transaction is not null)
        {
            command.Transaction = transaction;
        }

        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        var rows = new List<TRow>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            rows.Add(row(reader));
        }

        return rows;
    }

    // NULL reads as default (null for a reference or nullable type); an integer column read as an
    // int, or a real as a long, converts as run-time Dapper would.
    private static T Get<T>(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? default! : reader.GetFieldValue<T>(ordinal);
}
