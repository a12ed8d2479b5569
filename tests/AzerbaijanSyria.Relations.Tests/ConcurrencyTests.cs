using Dapper;

namespace AzerbaijanSyria.Relations.Tests;

/// <summary>Readers while a build replaces the file under them.</summary>
public sealed class ConcurrencyTests
{
    [Fact]
    public async Task Readers_see_the_old_or_the_new_file_and_never_an_error_while_a_build_replaces_it()
    {
        using var directory = new TempDirectory();
        var target = Path.Combine(directory.Path, "live.db");
        File.Copy(FixtureDatabase.Path, target);
        long oldCount, newCount;
        using (var fixture = RelationsDataset.Open(FixtureDatabase.Path))
        using (var shipped = RelationsDataset.Open(Repo.ShippedDatabase))
        {
            oldCount = fixture.Connection.ExecuteScalar<long>("SELECT count(*) FROM events");
            newCount = shipped.Connection.ExecuteScalar<long>("SELECT count(*) FROM events");
        }

        var done = false;
        var seen = new System.Collections.Concurrent.ConcurrentBag<long>();
        var errors = new System.Collections.Concurrent.ConcurrentBag<string>();
        // Each reader on a thread of its own: four loops that never wait, on the thread pool, held up the
        // build queued behind them until the pool grew (the test took seconds more than the build).
        var readers = Enumerable.Range(0, 4).Select(_ => Task.Factory.StartNew(() =>
        {
            var reads = 0;
            while (!Volatile.Read(ref done) || reads == 0)
            {
                try
                {
                    using var db = RelationsDataset.Open(target);
                    seen.Add(db.Connection.ExecuteScalar<long>("SELECT count(*) FROM timeline"));
                }
                catch (Exception ex)
                {
                    errors.Add($"read {reads}: {ex.GetType().Name}: {ex.Message}");
                    return;
                }

                reads++;
                Thread.Sleep(10); // reads at different moments of the build (without it, one error in many runs went unseen)
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToList();

        // The build starts once every reader has read the old file at least once.
        SpinWait.SpinUntil(() => seen.Count >= readers.Count || !errors.IsEmpty);

        await Task.Factory.StartNew(() => DatasetBuilder.Build(target), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        Volatile.Write(ref done, true);
        await Task.WhenAll(readers);

        Assert.True(errors.IsEmpty, string.Join(" | ", errors)); // every message whole: Assert.Empty cuts them
        Assert.All(seen, count => Assert.True(count == oldCount || count == newCount, $"a reader saw {count} events"));
        Assert.Contains(oldCount, seen);
        Assert.Equal(["live.db"], WalDatabase.Files(directory.Path));
    }

    [Fact]
    public void Staged_file_renamed_over_the_output_lets_readers_open_it_before_its_builder_lets_go()
    {
        using var directory = new TempDirectory();
        var output = Path.Combine(directory.Path, "live.db");
        File.Copy(FixtureDatabase.Path, output);
        long expected;
        using (var shipped = RelationsDataset.Open(Repo.ShippedDatabase))
        {
            expected = shipped.Connection.ExecuteScalar<long>("SELECT count(*) FROM events");
        }

        using var staged = StagedFile.Create(output);
        using (var source = File.OpenRead(Repo.ShippedDatabase))
        {
            source.CopyTo(staged.Stream);
        }

        staged.Stream.Flush();
        staged.Replace(output);

        // The builder still holds the staged file (as a build does until its result is computed): a reader of
        // the output was refused with "The process cannot access the file" while that lock was exclusive.
        using var reader = RelationsDataset.Open(output);
        Assert.Equal(expected, reader.Connection.ExecuteScalar<long>("SELECT count(*) FROM events"));
    }
}
