using System.Collections.Concurrent;
using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations.Tests;

/// <summary>
/// One <see cref="RelationsDataset"/> shared by many tasks at once, as a dependency-injection singleton
/// is: every public query returns what the same query returns on one thread (1.x and 2.0 returned 92 of
/// 130 events and 7 of 17 search hits with no error); and the options that tune SQLite's reading.
/// </summary>
public sealed class SharedDatasetTests
{
    /// <summary>Every public query of the library, with arguments that give non-empty answers on the shipped file.</summary>
    private static readonly (string Name, Func<RelationsDataset, Task<object?>> Run)[] Queries =
    [
        ("timeline", async db => await db.GetTimelineAsync()),
        ("timeline of 2025", async db => await db.GetTimelineAsync(new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31))),
        ("timeline certainly in 2025", async db => await db.GetTimelineAsync(new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31), DateRangeMatch.Certain)),
        ("timeline from 2024, energy", async db => await db.GetTimelineAsync(from: new DateOnly(2024, 1, 1), topic: "energy")),
        ("event", async db => await db.GetEventAsync("embassy-resumes-operations")),
        ("a person's events", async db => await db.GetPersonEventsAsync("ilham-aliyev")),
        ("people", async db => await db.FindPeopleAsync("al")),
        ("offices on a day", async db => await db.GetPositionsOnAsync(new DateOnly(2025, 7, 12))),
        ("offices", async db => await db.GetPositionsAsync()),
        ("agreements", async db => await db.GetAgreementsAsync("SYR")),
        ("aid", async db => await db.GetAidDeliveriesAsync()),
        ("aid totals", async db => await db.GetAidTotalsAsync(SourceFilter.Confirmed)),
        ("yearly counts", async db => await db.GetYearlyEventCountsAsync()),
        ("representation", async db => await db.GetRepresentationAsync()),
        ("statements", async db => await db.GetStatementsAsync()),
        ("trade", async db => await db.GetTradeAsync()),
        ("citations", async db => await db.GetCitationsAsync("event", "embassy-resumes-operations")),
        ("sources", async db => await db.GetSourcesAsync()),
        ("discrepancies", async db => await db.GetDiscrepanciesAsync()),
        ("search", async db => await db.SearchAsync("gas OR aid", limit: 50)),
        ("search the article", async db => await db.SearchAsync("embassy", sources: SourceFilter.Article)),
        ("change log", async db => await db.GetFactChangesAsync("events")),
        ("as of 1.0.0", async db => await db.GetEventAsOfAsync("embassy-resumes-operations", "1.0.0")),
        ("row counts", db => Task.FromResult<object?>(db.GetRowCounts())),
    ];

    [Fact]
    public async Task Every_query_returns_what_one_thread_gets_when_many_tasks_share_one_instance()
    {
        await using var db = await RelationsDataset.OpenAsync(Repo.ShippedDatabase);
        var expected = new Dictionary<string, string>();
        foreach (var (name, run) in Queries)
        {
            expected[name] = Json(await run(db));
        }

        // 32 tasks, each running 8 of the queries from its own starting point, so that every query runs on
        // about ten tasks at once, alongside different ones.
        var wrong = new ConcurrentBag<string>();
        var tasks = Enumerable.Range(0, 32).Select(t => Task.Run(async () =>
        {
            for (var k = 0; k < 8; k++)
            {
                var (name, run) = Queries[(t + k) % Queries.Length];
                if (Json(await run(db)) != expected[name])
                {
                    wrong.Add($"task {t}: {name} differs from its single-threaded result");
                }
            }
        })).ToList();
        await Task.WhenAll(tasks);

        Assert.Empty(wrong);
        Assert.InRange(db.QueryConnections, 1, RelationsDatasetOptions.Default.ConnectionLimit);
    }

    [Fact]
    public async Task Queries_wait_for_the_one_connection_when_MaxConnections_is_1()
    {
        await using var db = await RelationsDataset.OpenAsync(Repo.ShippedDatabase, new RelationsDatasetOptions { MaxConnections = 1 });
        var expected = Json(await db.GetTimelineAsync());

        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(async () => Json(await db.GetTimelineAsync()))));

        Assert.All(results, r => Assert.Equal(expected, r));
        Assert.Equal(1, db.QueryConnections);
    }

    [Fact]
    public async Task A_dataset_used_by_one_thread_at_a_time_opens_no_connection_beyond_the_first()
    {
        await using var db = await RelationsDataset.OpenAsync(Repo.ShippedDatabase);

        foreach (var (_, run) in Queries)
        {
            await run(db);
        }

        Assert.Equal(1, db.QueryConnections);
    }

    [Fact]
    public async Task Connection_runs_its_own_SQL_while_typed_queries_run_on_other_threads()
    {
        await using var db = await RelationsDataset.OpenAsync(Repo.ShippedDatabase);
        var count = db.Connection.ExecuteScalar<long>("SELECT count(*) FROM timeline");
        using var stop = new CancellationTokenSource();
        var typed = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            var n = 0;
            while (!stop.IsCancellationRequested || n == 0)
            {
                Assert.Equal(count, (await db.GetTimelineAsync()).Count);
                n++;
            }
        })).ToList();

        for (var i = 0; i < 20; i++)
        {
            Assert.Equal(count, db.Connection.Query<string>("SELECT event_id FROM timeline").Count());
        }

        await stop.CancelAsync();
        await Task.WhenAll(typed);
    }

    [Fact]
    public async Task Connection_asked_for_before_any_query_is_the_files_own_and_queries_open_their_own()
    {
        await using var db = await RelationsDataset.OpenAsync(Repo.ShippedDatabase);
        Assert.Equal(0, db.QueryConnections);

        var events = db.Connection.ExecuteScalar<long>("SELECT count(*) FROM timeline");
        Assert.Equal(0, db.QueryConnections);
        Assert.Equal(events, (await db.GetTimelineAsync()).Count);
        Assert.Equal(1, db.QueryConnections);
        Assert.Equal(events, db.Connection.ExecuteScalar<long>("SELECT count(*) FROM timeline"));
    }

    [Fact]
    public async Task Options_set_the_cache_and_memory_map_of_every_connection()
    {
        var options = new RelationsDatasetOptions { CacheSizeKiB = 32_768, MemoryMapBytes = 64L << 20 };
        await using var db = await RelationsDataset.OpenAsync(Repo.ShippedDatabase, options);

        Assert.Equal(-32_768, db.Connection.ExecuteScalar<long>("PRAGMA cache_size"));
        Assert.Equal(64L << 20, db.Connection.ExecuteScalar<long>("PRAGMA mmap_size"));
        Assert.Equal(Json(await RelationsDatasetTestsOn(Repo.ShippedDatabase)), Json(await db.GetTimelineAsync()));
    }

    [Fact]
    public async Task Connection_may_set_the_cache_and_memory_map_but_no_other_pragma()
    {
        await using var db = await RelationsDataset.OpenAsync(Repo.ShippedDatabase);

        db.Connection.Execute("PRAGMA cache_size = -16384; PRAGMA mmap_size = 1048576");

        Assert.Equal(-16_384, db.Connection.ExecuteScalar<long>("PRAGMA cache_size"));
        Assert.Equal(1_048_576, db.Connection.ExecuteScalar<long>("PRAGMA mmap_size"));
        var refused = Assert.Throws<SqliteException>(() => db.Connection.Execute("PRAGMA query_only = OFF"));
        Assert.Equal(ReadOnlyGuard.NotAuthorized, refused.SqliteErrorCode);
    }

    [Theory]
    [InlineData(-1, null, null, nameof(RelationsDatasetOptions.CacheSizeKiB))]
    [InlineData(null, -1L, null, nameof(RelationsDatasetOptions.MemoryMapBytes))]
    [InlineData(null, null, 0, nameof(RelationsDatasetOptions.MaxConnections))]
    public async Task OpenAsync_refuses_an_option_out_of_range_naming_it(int? cache, long? map, int? connections, string option)
    {
        var options = new RelationsDatasetOptions { CacheSizeKiB = cache, MemoryMapBytes = map, MaxConnections = connections };

        var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => RelationsDataset.OpenAsync(Repo.ShippedDatabase, options));

        Assert.Equal(option, error.ParamName);
        Assert.Contains($"RelationsDatasetOptions.{option} is", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => RelationsDataset.Open(Repo.ShippedDatabase, options));
    }

    [Fact]
    public async Task A_disposed_dataset_refuses_queries_with_ObjectDisposedException()
    {
        var db = await RelationsDataset.OpenAsync(Repo.ShippedDatabase);
        await db.DisposeAsync();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => db.GetTimelineAsync());
        Assert.Throws<ObjectDisposedException>(() => db.GetRowCounts());
    }

    private static async Task<IReadOnlyList<TimelineEvent>> RelationsDatasetTestsOn(string path)
    {
        await using var plain = await RelationsDataset.OpenAsync(path);
        return await plain.GetTimelineAsync();
    }

    private static string Json(object? value) => JsonSerializer.Serialize(value);
}
