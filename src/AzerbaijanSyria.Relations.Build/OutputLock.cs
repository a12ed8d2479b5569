using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations;

/// <summary>
/// SQLite's own write lock on the database a build is about to replace, held while the new file is
/// renamed over it: a process in the middle of writing to the old file holds that lock, so the build
/// waits for it a moment (<see cref="BusyTimeoutSeconds"/>) and then refuses, rather than rename over a
/// file whose change would then be committed to a file nobody can see any more. Readers are not waited
/// for: they keep reading the old file, and see the new one when they open it again.
/// </summary>
internal sealed class OutputLock : IDisposable
{
    /// <summary>How long a build waits for another writer of the old file to finish, in seconds.</summary>
    public const int BusyTimeoutSeconds = 2;

    private const int Busy = 5; // SQLITE_BUSY
    private const int Locked = 6; // SQLITE_LOCKED

    private readonly SqliteConnection? connection;

    private OutputLock(SqliteConnection? connection)
    {
        this.connection = connection;
    }

    /// <summary>Takes the write lock of the database at <paramref name="path"/> (nothing to take when there is no file, or an empty one).</summary>
    /// <exception cref="DatasetFileException">Another process is writing to the file; it is left as it is.</exception>
    public static OutputLock Take(string path)
    {
        if (!File.Exists(path) || new FileInfo(path).Length == 0)
        {
            return new OutputLock(null);
        }

        var connection = new SqliteConnection(DatasetFormat.WritableConnectionString(path, create: false));
        try
        {
            connection.Open();
            using var begin = connection.CreateCommand();
            begin.CommandText = "BEGIN IMMEDIATE";
            begin.CommandTimeout = BusyTimeoutSeconds;
            begin.ExecuteNonQuery();
            return new OutputLock(connection);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is Busy or Locked)
        {
            connection.Dispose();
            throw new DatasetFileException(path, DatasetFileProblem.InUse, BuildMessages.OutputBeingWritten(path, BusyTimeoutSeconds));
        }
        catch (SqliteException)
        {
            // A file of this dataset SQLite cannot lock as a database (cut off, damaged): nobody can be
            // writing to it through SQLite either, and the build replaces it as before.
            connection.Dispose();
            return new OutputLock(null);
        }
    }

    /// <summary>Ends the empty transaction, which releases the lock on the old file.</summary>
    public void Dispose() => connection?.Dispose();
}
