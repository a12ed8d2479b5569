using System.Collections.Concurrent;

namespace AzerbaijanSyria.Relations;

/// <summary>
/// The sessions a dataset's queries run on, so that one instance can be called from many threads at
/// once. A query rents a session, runs on it alone and returns it; sessions are opened when first
/// needed (the first is the connection the dataset was opened with, so a dataset used by one thread
/// at a time opens no other) and kept for reuse with their prepared commands, up to a limit beyond
/// which a query waits for a session to be returned.
/// </summary>
internal sealed class QuerySessions : IDisposable
{
    private readonly ReadOnlyFile file;
    private readonly ConcurrentBag<QuerySession> idle = [];
    private readonly List<QuerySession> opened = [];
    private readonly SemaphoreSlim slots;
    private volatile bool disposed;

    public QuerySessions(ReadOnlyFile file, int limit)
    {
        this.file = file;
        slots = new SemaphoreSlim(limit, limit);
        var first = new QuerySession(file.Connection, ownsConnection: false);
        opened.Add(first);
        idle.Add(first);
    }

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

            var connection = file.OpenAnother(out _);
            session = new QuerySession(connection, ownsConnection: true);
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
