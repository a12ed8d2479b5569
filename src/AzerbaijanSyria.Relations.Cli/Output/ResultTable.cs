using System.Data.Common;

namespace AzerbaijanSyria.Relations.Cli.Output;

/// <summary>Rows read from a query: column names and values (long, double, string, byte[] or null).</summary>
internal sealed record ResultTable(IReadOnlyList<string> Columns, IReadOnlyList<object?[]> Rows)
{
    public static ResultTable Read(DbDataReader reader)
    {
        var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return new ResultTable(columns, rows);
    }
}
