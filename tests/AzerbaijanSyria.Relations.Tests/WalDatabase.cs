using Dapper;
using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations.Tests;

/// <summary>
/// Copies of the fixture in write-ahead-log mode, as another SQLite client leaves them: with a change
/// that is still only in the <c>-wal</c> file (not checkpointed) and no <c>-shm</c> file beside it.
/// </summary>
internal static class WalDatabase
{
    /// <summary>The dataset version the change in the -wal file writes into <c>dataset_metadata</c>.</summary>
    public const string VersionInWal = "9.9.9-wal";

    /// <summary>
    /// Writes <c>name</c> into <paramref name="directory"/>: a WAL database whose newest change (the
    /// dataset version <see cref="VersionInWal"/>) is only in its -wal file, or, when
    /// <paramref name="withWal"/> is false, a WAL database fully checkpointed with no -wal file at all.
    /// </summary>
    public static string Create(string directory, bool withWal, string name = "wal.db")
    {
        using var scratch = new TempDirectory();
        var source = Path.Combine(scratch.Path, name);
        File.Copy(FixtureDatabase.Path, source);
        using (var connection = new SqliteConnection($"Data Source={source};Pooling=False"))
        {
            connection.Open();
            connection.Execute("PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0;");
            connection.Execute("PRAGMA wal_checkpoint(TRUNCATE)");
            var target = Path.Combine(directory, name);
            if (withWal)
            {
                connection.Execute("UPDATE dataset_metadata SET value = @v WHERE key = 'version'", new { v = VersionInWal });
                // Copied while the writer is open: the change is in the -wal file only, as after a crash.
                File.Copy(source, target);
                File.Copy(source + "-wal", target + "-wal");
            }
            else
            {
                File.Copy(source, target);
            }

            return target;
        }
    }

    /// <summary>The names of the files in <paramref name="directory"/>, sorted.</summary>
    public static IReadOnlyList<string> Files(string directory) =>
        Directory.GetFileSystemEntries(directory).Select(p => Path.GetFileName(p)!).Order(StringComparer.Ordinal).ToList();
}
