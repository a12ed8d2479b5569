using System.Data.Common;

namespace AzerbaijanSyria.Relations.Cli.Output;

/// <summary>Rows read from a query: column names and values (long, double, string, byte[] or null).</summary>
internal sealed record ResultTable(IReadOnlyList<string> Columns, IReadOnlyList<object?[]> Rows)
{
    /// <summary>Reads every row into memory (for exports, whose size the dataset bounds).</summary>
    public static ResultTable Read(DbDataReader reader) => new(ColumnNames(reader), Stream(reader).ToList());

    /// <summary>The names of the reader's columns.</summary>
    public static IReadOnlyList<string> ColumnNames(DbDataReader reader) => Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();

    /// <summary>The reader's rows, read one at a time as they are enumerated: a result is never held whole.</summary>
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
