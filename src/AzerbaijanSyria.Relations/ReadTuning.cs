using System.Globalization;
using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations;

/// <summary>
/// How much memory SQLite may use to read one connection's file faster: its page cache
/// (<c>PRAGMA cache_size</c>) and its memory map (<c>PRAGMA mmap_size</c>); null keeps SQLite's own
/// default. Applied to every connection the library opens on a file. Neither writes anything.
/// </summary>
/// <param name="CacheSizeKiB">The page cache per connection, in KiB (SQLite's default is 2,000 KiB).</param>
/// <param name="MemoryMapBytes">How many bytes of the file to map into memory (SQLite's default is 0, none).</param>
internal readonly record struct ReadTuning(int? CacheSizeKiB, long? MemoryMapBytes)
{
    /// <summary>Sets the pragmas on an open connection (the guard lets these two through: they only tune reading).</summary>
    public void Apply(SqliteConnection connection)
    {
        if (CacheSizeKiB is null && MemoryMapBytes is null)
        {
            return;
        }

        using var command = connection.CreateCommand();
        var sql = new List<string>(2);
        if (CacheSizeKiB is { } kib)
        {
            // A negative cache_size is in KiB; a positive one would be in pages.
            sql.Add(string.Create(CultureInfo.InvariantCulture, $"PRAGMA cache_size = {-(long)kib}"));
        }

        if (MemoryMapBytes is { } bytes)
        {
            sql.Add(string.Create(CultureInfo.InvariantCulture, $"PRAGMA mmap_size = {bytes}"));
        }

        command.CommandText = string.Join("; ", sql);
        command.ExecuteNonQuery();
    }
}
