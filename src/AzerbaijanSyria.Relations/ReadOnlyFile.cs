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
/// and leave them, or fail in a folder it cannot write to. So: when its <c>-shm</c> file exists (a
/// writer may have it open), it is read in place, sharing those files as SQLite does; when there is
/// no <c>-shm</c> and no un-checkpointed <c>-wal</c>, it is opened <c>immutable=1</c>, which creates
/// nothing; when there is no <c>-shm</c> but a <c>-wal</c> with rows not yet in the file, the two are
/// copied into a private folder in the temp folder and read from there (removed on dispose), so those
/// rows are read without touching the original's folder.</item>
/// <item>A hot rollback journal (an interrupted write) cannot be rolled back read-only: it is refused
/// with <see cref="DatasetFileProblem.InterruptedWrite"/>, with what to do.</item>
/// </list>
/// </summary>
internal sealed class ReadOnlyFile : IDisposable, IAsyncDisposable
{
    /// <summary>A function the library's queries use for case-insensitive matching beyond ASCII (SQLite's lower() folds only A-Z).</summary>
    public const string CaseFoldFunction = "azsy_casefold";

    private const int ReadOnlyRollback = 776; // SQLITE_READONLY_ROLLBACK: a hot journal a read-only connection cannot roll back

    private readonly string? snapshotDirectory;

    private readonly ReadTuning tuning;

    private ReadOnlyFile(string path, SqliteConnection connection, string? snapshotDirectory, ReadTuning tuning)
    {
        Path = path;
        Connection = connection;
        this.snapshotDirectory = snapshotDirectory;
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
        string? snapshot = null;
        if (header.WriteAheadLog && !File.Exists(fullPath + "-shm"))
        {
            var wal = new FileInfo(fullPath + "-wal");
            if (wal.Exists && wal.Length > 0)
            {
                snapshot = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"azsy-read-{Guid.NewGuid():N}");
                Directory.CreateDirectory(snapshot);
                var copy = System.IO.Path.Combine(snapshot, "snapshot.db");
                File.Copy(fullPath, copy);
                File.Copy(wal.FullName, copy + "-wal");
                builder.DataSource = copy;
            }
            else
            {
                builder.DataSource = FileUri(fullPath) + "?immutable=1";
            }
        }

        return new ReadOnlyFile(fullPath, new SqliteConnection(builder.ToString()), snapshot, tuning);
    }

    /// <summary>An SQLite URI for a path: every byte but letters, digits and <c>/-._~</c> percent-encoded (a '?' or '#' in a name stays a name).</summary>
    private static string FileUri(string path)
    {
        var uri = new StringBuilder("file:");
        var windows = OperatingSystem.IsWindows();
        foreach (var b in Encoding.UTF8.GetBytes(windows ? "/" + path.Replace('\\', '/') : path))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '/' or '-' or '.' or '_' or '~' || (windows && c == ':'))
            {
                uri.Append(c);
            }
            else
            {
                uri.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return uri.ToString();
    }

    /// <summary>SQLite opens lazily: a first read makes a damaged file or a hot journal fail here, not in a later query.</summary>
    private void Probe() => Connection.ExecuteScalar<long>("SELECT count(*) FROM sqlite_schema");

    private DatasetFileException Refusal(SqliteException ex) => ex.SqliteExtendedErrorCode == ReadOnlyRollback
        ? new DatasetFileException(Path, DatasetFileProblem.InterruptedWrite, LibraryMessages.InterruptedWrite(Path))
        : new DatasetFileException(Path, DatasetFileProblem.NotSqlite, LibraryMessages.Unreadable(Path, ex.Message));

    private void DeleteSnapshot()
    {
        if (snapshotDirectory is not null && Directory.Exists(snapshotDirectory))
        {
            Directory.Delete(snapshotDirectory, recursive: true);
        }
    }
}
