using System.Data.Common;

namespace AzerbaijanSyria.Relations.Export;

/// <summary>Rows read from a query: column names and values (long, double, string, byte[] or null).</summary>
public sealed record ResultTable
{
    /// <summary>Creates a table of <paramref name="rows"/> under <paramref name="columns"/>.</summary>
    /// <param name="columns">The column names.</param>
    /// <param name="rows">The rows, each with a value per column.</param>
    [System.Diagnostics.CodeAnalysis.SetsRequiredMembers]
    public ResultTable(IReadOnlyList<string> columns, IReadOnlyList<object?[]> rows)
    {
        Columns = columns;
        Rows = rows;
    }

    /// <summary>The column names.</summary>
    public required IReadOnlyList<string> Columns { get; init; }

    /// <summary>The rows, each with a value per column.</summary>
    public required IReadOnlyList<object?[]> Rows { get; init; }

    /// <summary>Reads every row into memory (for exports, whose size the dataset bounds).</summary>
    /// <param name="reader">An open reader, before its first row.</param>
    /// <returns>The table.</returns>
    public static ResultTable Read(DbDataReader reader) => new(ColumnNames(reader), Stream(reader).ToList());

    /// <summary>The names of the reader's columns.</summary>
    /// <param name="reader">An open reader.</param>
    /// <returns>The names, in order.</returns>
    public static IReadOnlyList<string> ColumnNames(DbDataReader reader) => Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();

    /// <summary>The reader's rows, read one at a time as they are enumerated: a result is never held whole.</summary>
    /// <param name="reader">An open reader, before its first row.</param>
    /// <returns>The rows, lazily.</returns>
    public static IEnumerable<object?[]> Stream(DbDataReader reader)
    {
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            yield return row;
        }
    }
}
