using System.Text;
using Dapper;
using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations;

/// <summary>
/// A database file opened for reading only, the one way this library opens a file to read it. It
/// creates and changes no file beside the database, reads what SQLite itself would read, and cannot
/// be made to write by any SQL:
/// <list type="bullet">
/// <item>The connection is <c>Mode=ReadOnly</c>, unpooled, and guarded by <see cref="ReadOnlyGuard"/>.</item>
/// <item>A file in rollback-journal mode (as built) needs nothing else: SQLite creates no file to read it.</item>
/// <item>A write-ahead-log file is where a read-only open would create <c>-wal</c> and <c>-shm</c> files
/// and leave them, or fail in a folder it cannot write to; and where a writer may start at any time,
/// changing the file under a reader that does not take SQLite's locks (as <c>immutable=1</c> does not).
/// So: when its <c>-shm</c> file exists (a writer may have it open), it is read in place, sharing those
/// files and locks as SQLite does, each statement on one snapshot; otherwise the file and its
/// <c>-wal</c> are copied, consistently, into a private folder in the temp folder and read from there
/// (see <see cref="PrivateCopy"/>: removed on dispose and at exit, swept when a killed process left it),
/// so the rows still in the <c>-wal</c> are read, and nothing is created beside the original.</item>
/// <item>A hot rollback journal (an interrupted write) cannot be rolled back read-only: it is refused
/// with <see cref="DatasetFileProblem.InterruptedWrite"/>, with what to do.</item>
/// </list>
/// </summary>
internal sealed class ReadOnlyFile : IDisposable, IAsyncDisposable
{
    /// <summary>A function the library's queries use for case-insensitive matching beyond ASCII (SQLite's lower() folds only A-Z).</summary>
    public const string CaseFoldFunction = "azsy_casefold";

    private const int ReadOnlyRollback = 776; // SQLITE_READONLY_ROLLBACK: a hot journal a read-only connection cannot roll back

    private readonly PrivateCopy? copy;

    private readonly ReadTuning tuning;

    private ReadOnlyFile(string path, SqliteConnection connection, PrivateCopy? copy, ReadTuning tuning)
    {
        Path = path;
        Connection = connection;
        this.copy = copy;
        this.tuning = tuning;
        Guard = Prepare(connection);
    }

    /// <summary>The full path of the file as given (not of a private copy).</summary>
    public string Path { get; }

    /// <summary>The guarded connection; opened by <see cref="Open"/> or <see cref="OpenAsync"/>.</summary>
    public SqliteConnection Connection { get; }

    /// <summary>The authorizer on <see cref="Connection"/>, which says what a refused statement would have done.</summary>
    public ReadOnlyGuard Guard { get; }

    /// <summary>Checks the file (see <see cref="DatasetFile.Check"/>) and opens it.</summary>
    public static ReadOnlyFile Open(string fullPath, bool requireDataset, ReadTuning tuning = default)
    {
        var file = Prepare(fullPath, requireDataset, tuning);
        try
        {
            file.Connection.Open();
            tuning.Apply(file.Connection);
            file.Probe();
            return file;
        }
        catch (SqliteException ex)
        {
            file.Dispose();
            throw file.Refusal(ex);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>Checks the file (see <see cref="DatasetFile.Check"/>) and opens it asynchronously.</summary>
    public static async Task<ReadOnlyFile> OpenAsync(string fullPath, bool requireDataset, CancellationToken cancellationToken, ReadTuning tuning = default)
    {
        var file = Prepare(fullPath, requireDataset, tuning);
        try
        {
            await file.Connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            tuning.Apply(file.Connection);
            file.Probe();
            return file;
        }
        catch (SqliteException ex)
        {
            await file.DisposeAsync().ConfigureAwait(false);
            throw file.Refusal(ex);
        }
        catch
        {
            await file.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Opens one more connection to the same file, read the same way as <see cref="Connection"/> (the same
    /// private copy of a write-ahead log, if one was made), guarded and tuned the same: for a caller that
    /// must not share <see cref="Connection"/>, since one connection serves one statement at a time.
    /// Dispose it before this file.
    /// </summary>
    /// <param name="guard">The new connection's own guard.</param>
    /// <returns>The open connection.</returns>
    public SqliteConnection OpenAnother(out ReadOnlyGuard guard)
    {
        var connection = new SqliteConnection(Connection.ConnectionString);
        try
        {
            guard = Prepare(connection);
            connection.Open();
            tuning.Apply(connection);
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Text folded for case-insensitive comparison in any script: NFC, then lower case by the invariant
    /// culture, and the capital dotted İ of Azerbaijani and Turkish (which .NET's invariant casing leaves
    /// as it is) as i.
    /// </summary>
    public static string? CaseFold(string? text) => text?.Normalize(NormalizationForm.FormC).ToLowerInvariant().Replace('\u0130', 'i');

    public void Dispose()
    {
        Connection.Dispose();
        DeleteSnapshot();
    }

    public async ValueTask DisposeAsync()
    {
        await Connection.DisposeAsync().ConfigureAwait(false);
        DeleteSnapshot();
    }

    /// <summary>Guards a connection that is not open yet, and gives it the library's functions.</summary>
    private static ReadOnlyGuard Prepare(SqliteConnection connection)
    {
        var guard = ReadOnlyGuard.Install(connection);
        connection.CreateFunction<string?, string?>(CaseFoldFunction, CaseFold, isDeterministic: true);
        return guard;
    }

    private static ReadOnlyFile Prepare(string fullPath, bool requireDataset, ReadTuning tuning)
    {
        var header = DatasetFile.Check(fullPath, requireDataset);
        var builder = new SqliteConnectionStringBuilder { DataSource = fullPath, Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        PrivateCopy? copy = null;
        if (header.WriteAheadLog && !File.Exists(fullPath + "-shm"))
        {
            copy = PrivateCopy.Take(fullPath);
            if (copy is not null)
            {
                builder.DataSource = copy.DatabasePath;
            }
        }

        try
        {
            return new ReadOnlyFile(fullPath, new SqliteConnection(builder.ToString()), copy, tuning);
        }
        catch
        {
            copy?.Dispose();
            throw;
        }
    }

    /// <summary>SQLite opens lazily: a first read makes a damaged file or a hot journal fail here, not in a later query.</summary>
    private void Probe() => Connection.ExecuteScalar<long>("SELECT count(*) FROM sqlite_schema");

    private DatasetFileException Refusal(SqliteException ex) => ex.SqliteExtendedErrorCode == ReadOnlyRollback
        ? new DatasetFileException(Path, DatasetFileProblem.InterruptedWrite, LibraryMessages.InterruptedWrite(Path))
        : new DatasetFileException(Path, DatasetFileProblem.NotSqlite, LibraryMessages.Unreadable(Path, ex.Message));

    private void DeleteSnapshot() => copy?.Dispose();
}
