using System.Collections.Concurrent;

namespace AzerbaijanSyria.Relations;

/// <summary>
/// The sessions a dataset's queries run on, so that one instance can be called from many threads at
/// once. A query rents a session, runs on it alone and returns it; sessions are opened when first
/// needed (the first is the connection the dataset was opened with, unless <see cref="ClaimFirst"/> gave
/// that one to the dataset's user first, so a dataset used by one thread at a time opens no other) and
/// kept for reuse with their prepared commands, up to a limit beyond which a query waits for a session
/// to be returned.
/// </summary>
internal sealed class QuerySessions : IDisposable
{
    private readonly ReadOnlyFile file;
    private readonly ConcurrentBag<QuerySession> idle = [];
    private readonly List<QuerySession> opened = [];
    private readonly SemaphoreSlim slots;
    private volatile bool disposed;

    // The file's own connection: not yet used (0), a session of the queries (1), or claimed for the user (2).
    private int first;

    public QuerySessions(ReadOnlyFile file, int limit)
    {
        this.file = file;
        slots = new SemaphoreSlim(limit, limit);
    }

    /// <summary>
    /// The file's own connection for the dataset's user (<see cref="RelationsDataset.Connection"/>) if no
    /// query has used it yet, so that a dataset used only for its own SQL opens no second connection; null
    /// when the queries have it (the user then gets a connection of its own).
    /// </summary>
    public Microsoft.Data.Sqlite.SqliteConnection? ClaimFirst() =>
        Interlocked.CompareExchange(ref first, 2, 0) == 0 ? file.Connection : null;

    /// <summary>How many sessions have been opened (the first included): at most the limit.</summary>
    public int Count
    {
        get
        {
            lock (opened)
            {
                return opened.Count;
            }
        }
    }

    /// <summary>A session for one query, waiting while every allowed session is in use; return it with <see cref="Return"/>.</summary>
    public async ValueTask<QuerySession> RentAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(disposed, typeof(RelationsDataset));
        await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        return TakeOrOpen();
    }

    /// <summary>A session for one query, for the synchronous methods; see <see cref="RentAsync"/>.</summary>
    public QuerySession Rent()
    {
        ObjectDisposedException.ThrowIf(disposed, typeof(RelationsDataset));
        slots.Wait();
        return TakeOrOpen();
    }

    /// <summary>Gives a session back for the next query.</summary>
    public void Return(QuerySession session)
    {
        idle.Add(session);
        slots.Release();
    }

    /// <summary>Closes every session; the dataset's queries must have finished.</summary>
    public void Dispose()
    {
        disposed = true;
        lock (opened)
        {
            foreach (var session in opened)
            {
                session.Dispose();
            }

            opened.Clear();
        }
    }

    private QuerySession TakeOrOpen()
    {
        try
        {
            if (idle.TryTake(out var session))
            {
                return session;
            }

            session = Interlocked.CompareExchange(ref first, 1, 0) == 0
                ? new QuerySession(file.Connection, ownsConnection: false)
                : new QuerySession(file.OpenAnother(out _), ownsConnection: true);
            lock (opened)
            {
                if (disposed)
                {
                    session.Dispose();
                    throw new ObjectDisposedException(nameof(RelationsDataset));
                }

                opened.Add(session);
            }

            return session;
        }
        catch
        {
            slots.Release();
            throw;
        }
    }
}
