using Dapper;
using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations.Tests;

/// <summary>
/// Cancellation reaches a statement that is running. The token is cancelled from inside the query,
/// by an SQL function it calls after its first thousand rows, so nothing here depends on timing.
/// </summary>
public sealed class CancellationTests
{
    private const string LongCount = "WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r LIMIT 50000000) SELECT count(*) FROM r WHERE cancel_at(x, 1000)";

    private static void CancelAt(SqliteConnection connection, CancellationTokenSource source) =>
        connection.CreateFunction("cancel_at", (long x, long at) =>
        {
            if (x == at)
            {
                source.Cancel();
            }

            return true;
        });

    [Fact]
    public async Task InterruptWhenCancelled_stops_an_ad_hoc_statement_on_the_connection()
    {
        await using var db = await RelationsDataset.OpenAsync(FixtureDatabase.Path);
        using var source = new CancellationTokenSource();
        CancelAt(db.Connection, source);

        using (db.InterruptWhenCancelled(source.Token))
        {
            var error = await Assert.ThrowsAsync<SqliteException>(() => db.Connection.ExecuteScalarAsync<long>(new CommandDefinition(LongCount, cancellationToken: source.Token)));
            Assert.Equal(9, error.SqliteErrorCode); // SQLITE_INTERRUPT
        }

        // The connection works on afterwards.
        Assert.Equal(6L, await db.Connection.ExecuteScalarAsync<long>("SELECT count(*) FROM events"));
    }

    [Fact]
    public async Task InterruptWhenCancelled_does_nothing_once_disposed()
    {
        await using var db = await RelationsDataset.OpenAsync(FixtureDatabase.Path);
        using var source = new CancellationTokenSource();
        db.InterruptWhenCancelled(source.Token).Dispose();
        CancelAt(db.Connection, source);

        Assert.Equal(50_000L, await db.Connection.ExecuteScalarAsync<long>(LongCount.Replace("50000000", "50000", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Typed_queries_throw_operation_cancelled_when_the_token_is_cancelled_before_they_run()
    {
        await using var db = await RelationsDataset.OpenAsync(FixtureDatabase.Path);
        using var source = new CancellationTokenSource();
        await source.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => db.GetTimelineAsync(cancellationToken: source.Token));
        Assert.Equal(6, (await db.GetTimelineAsync()).Count);
    }

    [Fact]
    public async Task Azsy_query_stops_a_running_statement_and_exits_130_when_cancelled()
    {
        // Counting an endless recursion never ends on its own: only the interrupt stops it.
        const string endless = "WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r) SELECT count(*) FROM r";
        using var source = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));
        var output = new StringWriter();
        var error = new StringWriter();

        var run = Task.Run(() => Cli.AzsyApp.RunAsync(["query", endless, "--db", FixtureDatabase.Path], output, error, source.Token));
        var exit = await run.WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(Cli.AzsyApp.Cancelled, exit);
        Assert.Equal(Cli.Messages.Usage(Cli.Messages.Cancelled) + Environment.NewLine, error.ToString());
        Assert.Empty(output.ToString());
    }
}
