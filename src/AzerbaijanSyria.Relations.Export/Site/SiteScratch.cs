using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations.Export.Site;

/// <summary>
/// A private temporary SQLite database the site export works in, apart from the user's file (which is
/// opened read-only and never written): the files written and their hashes, the old site's manifest,
/// sort keys of the lists in an order SQL cannot give, the element ids a long page has used, and lookup
/// tables for reference columns the file has no index on. SQLite keeps it in a temporary file that is gone
/// once it is closed (or the process dies), and holds at most <see cref="CacheKiB"/> of it in memory,
/// so what the export tracks grows on disk, not in memory, with the rows.
/// </summary>
internal sealed class SiteScratch : IDisposable
{
    /// <summary>The most of the database SQLite caches in memory, in KiB; the rest stays in its temporary file.</summary>
    public const int CacheKiB = 8 * 1024;

    private int names;

    public SiteScratch()
    {
        // An empty file name: a private temporary database on disk, deleted when it is closed.
        Connection = new SqliteConnection("Data Source=;Pooling=False");
        Connection.Open();
        Execute($"PRAGMA cache_size = -{CacheKiB}; PRAGMA temp_store = FILE; PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF");
    }

    public SqliteConnection Connection { get; }

    /// <summary>A new table name, unique in this database.</summary>
    public string NewName(string prefix) => $"{prefix}_{++names}";

    /// <summary>
    /// Groups the writes until it is disposed into one transaction (a savepoint, so batches nest and any other
    /// statement may run meanwhile), which is much faster than one transaction per row.
    /// </summary>
    public IDisposable Batch()
    {
        var name = NewName("batch");
        Execute($"SAVEPOINT {name}");
        return new Release(this, name);
    }

    public void Execute(string sql)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>A command to keep and run again (SQLite keeps its statement prepared), with its parameters named <c>$p0</c>, <c>$p1</c> …</summary>
    public SqliteCommand Prepare(string sql, int parameters)
    {
        var command = Connection.CreateCommand();
        command.CommandText = sql;
        for (var i = 0; i < parameters; i++)
        {
            command.Parameters.Add(new SqliteParameter($"$p{i}", DBNull.Value));
        }

        return command;
    }

    /// <summary>Runs <paramref name="command"/> with <paramref name="values"/> as its parameters, in order.</summary>
    public static int Run(SqliteCommand command, params object?[] values)
    {
        Bind(command, values);
        return command.ExecuteNonQuery();
    }

    public static void Bind(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }

    /// <summary>
    /// <paramref name="rows"/> sorted by their first <paramref name="keys"/> values (then in the order they came,
    /// as LINQ's stable sort leaves ties), the rest of each row returned: on disk, so that a list of every row
    /// is sorted without being held. Give text keys as <see cref="OrdinalKey"/> for .NET's ordinal order.
    /// </summary>
    public IEnumerable<object?[]> Sort(int keys, int width, IEnumerable<object?[]> rows)
    {
        var table = NewName("sorted");
        var columns = Enumerable.Range(0, width).Select(i => $"c{i}").ToList();
        Execute($"CREATE TABLE {table} (n INTEGER PRIMARY KEY, {string.Join(", ", columns)})");
        try
        {
            using (Batch())
            using (var insert = Prepare($"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})", width))
            {
                foreach (var row in rows)
                {
                    Run(insert, row);
                }
            }

            using var command = Connection.CreateCommand();
            command.CommandText = $"SELECT {string.Join(", ", columns.Skip(keys))} FROM {table} ORDER BY {string.Join(", ", columns.Take(keys).Append("n"))}";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var values = new object?[width - keys];
                for (var i = 0; i < values.Length; i++)
                {
                    values[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
                }

                yield return values;
            }
        }
        finally
        {
            Execute($"DROP TABLE {table}");
        }
    }

    /// <summary>A sort key whose bytes order as .NET's ordinal comparison orders the text (UTF-16 code units, big-endian).</summary>
    public static byte[] OrdinalKey(string text) => System.Text.Encoding.BigEndianUnicode.GetBytes(text);

    public void Dispose() => Connection.Dispose();

    private sealed class Release(SiteScratch scratch, string name) : IDisposable
    {
        public void Dispose() => scratch.Execute($"RELEASE {name}");
    }
}
