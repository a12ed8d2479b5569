using System.Diagnostics;
using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations.Tests;

/// <summary>
/// A write-ahead-log file that a writer may start on is read as one snapshot for the whole statement,
/// and the private copy that takes is gone when its reader is: on dispose, on SIGINT and SIGTERM, and,
/// after a kill, at the next copy's sweep.
/// </summary>
public sealed class SnapshotReadTests
{
    private const int Rows = 20_000;

    [Fact]
    public void Connection_reads_one_snapshot_when_a_writer_starts_and_checkpoints_a_wal_database_during_a_statement()
    {
        using var directory = new TempDirectory();
        var db = CheckpointedWalDatabaseWithRows(directory.Path);

        var seen = new List<long>();
        using (var dataset = RelationsDataset.Open(db))
        {
            using var command = dataset.Connection.CreateCommand();
            command.CommandText = "SELECT x FROM big ORDER BY rowid";
            using var reader = command.ExecuteReader();
            while (seen.Count < Rows / 10 && reader.Read())
            {
                seen.Add(reader.GetInt64(0));
            }

            // Another client starts writing the file while the statement is half-way, and checkpoints.
            using (var writer = new SqliteConnection($"Data Source={db};Pooling=False"))
            {
                writer.Open();
                writer.Execute("UPDATE big SET x = x + 1000000");
                writer.Execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }

            while (reader.Read())
            {
                seen.Add(reader.GetInt64(0));
            }
        }

        Assert.Equal(Enumerable.Range(1, Rows).Select(i => (long)i), seen);
    }

    [Fact]
    public void Open_reads_a_checkpointed_wal_database_from_a_private_copy_removed_on_dispose()
    {
        using var directory = new TempDirectory();
        var db = WalDatabase.Create(directory.Path, withWal: false);

        string? held;
        using (var dataset = RelationsDataset.Open(db))
        {
            held = PrivateCopy.Held.SingleOrDefault(d => Directory.Exists(d) && dataset.Connection.DataSource.StartsWith(d, StringComparison.Ordinal));
            Assert.NotNull(held);
            Assert.StartsWith(Path.Combine(Path.GetTempPath(), PrivateCopy.Prefix + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "-"), held, StringComparison.Ordinal);
        }

        Assert.False(Directory.Exists(held));
        Assert.Equal(["wal.db"], WalDatabase.Files(directory.Path));
    }

    [Fact]
    public void Sweep_deletes_copies_whose_process_is_gone_and_keeps_those_of_live_processes()
    {
        using var temp = new TempDirectory();
        int gone;
        using (var finished = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!)
        {
            finished.WaitForExit();
            gone = finished.Id;
        }

        var ofGone = Copy(temp.Path, gone);
        var ofLive = Copy(temp.Path, 1); // the init process, started long before the folder was made
        var ofThisUnheld = Copy(temp.Path, Environment.ProcessId);
        var other = Directory.CreateDirectory(Path.Combine(temp.Path, "azsy-fixture-keep")).FullName;

        PrivateCopy.Sweep(temp.Path);

        Assert.False(Directory.Exists(ofGone));
        Assert.True(Directory.Exists(ofLive));
        Assert.False(Directory.Exists(ofThisUnheld));
        Assert.True(Directory.Exists(other));
    }

    // SIGTERM only: SIGINT (Ctrl-C) takes the same path in the tool (both cancel the command), but a test
    // host's children may inherit SIGINT as ignored, so it cannot be sent to them reliably from here.
    [Theory]
    [Trait("Category", "Slow")]
    [InlineData("TERM")]
    public async Task Query_leaves_no_private_copy_when_the_tool_is_stopped_by_a_signal(string signal)
    {
        using var directory = new TempDirectory();
        using var temp = new TempDirectory();
        var db = WalDatabase.Create(directory.Path, withWal: true);
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "azsy.dll"), "query", "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c", "--time-limit", "0", "--db", db })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["TMPDIR"] = temp.Path;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (!Directory.EnumerateDirectories(temp.Path, PrivateCopy.Prefix + "*").Any())
        {
            if (process.HasExited)
            {
                // Awaited only once the process has ended: stderr ends with it, never before.
                Assert.Fail("the query ended before it made its copy: " + await error);
            }
            Assert.True(DateTime.UtcNow < deadline, "no private copy appeared");
            await Task.Delay(50);
        }

        await Task.Delay(500); // into the statement
        using (var kill = Process.Start(new ProcessStartInfo("kill", ["-" + signal, process.Id.ToString(CultureInfo.InvariantCulture)]) { UseShellExecute = false })!)
        {
            kill.WaitForExit();
        }

        if (!process.WaitForExit(TimeSpan.FromMinutes(1)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("the tool did not stop on SIG" + signal);
        }

        await output;
        Assert.NotEqual(0, process.ExitCode);
        Assert.Empty(Directory.EnumerateFileSystemEntries(temp.Path, PrivateCopy.Prefix + "*"));
        Assert.Equal(["wal.db", "wal.db-wal"], WalDatabase.Files(directory.Path));
    }

    private static string Copy(string temp, int pid)
    {
        var path = Path.Combine(temp, string.Create(CultureInfo.InvariantCulture, $"{PrivateCopy.Prefix}{pid}-{Guid.NewGuid():N}"));
        Directory.CreateDirectory(path);
        File.WriteAllText(Path.Combine(path, "snapshot.db"), "copy");
        return path;
    }

    /// <summary>A copy of the fixture in WAL mode, fully checkpointed and closed (no -wal, no -shm), with a table of <see cref="Rows"/> numbered rows large enough to outgrow the page cache.</summary>
    private static string CheckpointedWalDatabaseWithRows(string directory)
    {
        var path = Path.Combine(directory, "wal.db");
        File.Copy(FixtureDatabase.Path, path);
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            connection.Execute("PRAGMA journal_mode = WAL");
            connection.Execute("CREATE TABLE big (x INTEGER NOT NULL, padding TEXT NOT NULL)");
            connection.Execute("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c LIMIT @rows) INSERT INTO big SELECT x, printf('%.400c', 'p') FROM c", new { rows = Rows });
        }

        Assert.Equal(["wal.db"], WalDatabase.Files(directory));
        return path;
    }
}
