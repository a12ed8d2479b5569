using Dapper;
using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations;

/// <summary>
/// The Azerbaijan–Syria relations dataset, opened read-only. <see cref="OpenAsync(CancellationToken)"/>
/// opens the database that ships with this library; every query can be restricted with a
/// <see cref="SourceFilter"/>, and <see cref="Connection"/> serves ad-hoc SQL with Dapper.
/// </summary>
/// <remarks>
/// <para><b>Safe to share.</b> Every public method may be called from many threads at once on one
/// instance (register it once, as a dependency-injection singleton, and call it from every request):
/// each query runs on a connection of its own, rented for that query from the instance's connections,
/// which are opened when first needed (the first is the one the file was opened with, so a dataset used
/// by one thread at a time opens no other) and kept with their prepared statements, up to
/// <see cref="RelationsDatasetOptions.MaxConnections"/>; a query beyond that waits for one to be free.
/// Results are the same as one thread would get.</para>
/// <para>The exception is <see cref="Connection"/>, a single <see cref="SqliteConnection"/> for your own
/// SQL, apart from the connections of the typed queries: like any ADO.NET connection it runs one statement
/// at a time, so do not use it from several threads at once. Dispose the dataset once no query runs.</para>
/// </remarks>
/// <example>
/// <code>
/// await using var db = await RelationsDataset.OpenAsync();
/// foreach (var e in await db.GetTimelineAsync(from: new DateOnly(2025, 1, 1)))
///     Console.WriteLine($"{e.DateEdtf}  {e.Title}");
/// </code>
/// </example>
public sealed partial class RelationsDataset : IDisposable, IAsyncDisposable
{
    /// <summary>The file name of the bundled database.</summary>
    public const string DatabaseFileName = "azerbaijan-syria.db";

    /// <summary>
    /// The most words <see cref="SearchAsync"/> takes, a repeated word counted each time (FTS5 reads each
    /// repeat as one more term). Every word must match, so more words only narrow a search, while SQLite's
    /// full-text engine takes time that grows with the square of their number (25,000 words took
    /// minutes); a longer text is refused rather than left to run.
    /// </summary>
    public const int MaxSearchWords = 64;

    private const int Interrupted = 9; // SQLITE_INTERRUPT

    private const string TimelineOrder = "coalesce(t.date_earliest, t.date_latest), t.date_latest, t.event_id";

    static RelationsDataset() => RowMapping.Register();

    private readonly ReadOnlyFile file;
    private readonly QuerySessions sessions;
    private readonly Lock connectionLock = new();
    private readonly SemaphoreSlim layoutLock = new(1, 1);
    private SqliteConnection? connection;
    private ReadOnlyGuard? connectionGuard;
    private volatile FileLayout? layout;

    private RelationsDataset(ReadOnlyFile file, int schemaVersion, string? datasetVersion, RelationsDatasetOptions options)
    {
        this.file = file;
        sessions = new QuerySessions(file, options.ConnectionLimit);
        SchemaVersion = schemaVersion;
        DatasetVersion = datasetVersion ?? "unknown";
    }

    /// <summary>Where the bundled database is: next to this library's assembly.</summary>
    public static string DefaultDatabasePath => System.IO.Path.Combine(AppContext.BaseDirectory, DatabaseFileName);

    /// <summary>
    /// The open, read-only connection, for ad-hoc SQL (for example with Dapper). Do not close it.
    /// It only reads, whatever the SQL says: a statement that would write, attach or create a file
    /// (<c>ATTACH</c>, <c>VACUUM INTO</c>), or set a pragma (other than <c>cache_size</c> and
    /// <c>mmap_size</c>, which only tune reading), fails with SQLite error 23 ("not authorized") before it
    /// starts. A cancellation token passed to a query on it is seen only between rows; to stop a long
    /// statement, wrap the query in <see cref="InterruptWhenCancelled"/>. It is apart from the connections
    /// the typed queries run on, so your SQL never waits for theirs (it is the one the file was opened with
    /// if you ask for it before any typed query has run, and one opened for you otherwise); but
    /// it is one connection: use it from one thread at a time (see the remarks on <see cref="RelationsDataset"/>).
    /// </summary>
    public SqliteConnection Connection
    {
        get
        {
            if (Volatile.Read(ref connection) is { } open)
            {
                return open;
            }

            lock (connectionLock)
            {
                if (connection is null)
                {
                    ObjectDisposedException.ThrowIf(disposed, this);
                    SqliteConnection opened;
                    if (sessions.ClaimFirst() is { } own)
                    {
                        opened = own;
                        connectionGuard = file.Guard;
                    }
                    else
                    {
                        opened = file.OpenAnother(out var guard);
                        connectionGuard = guard;
                    }

                    Volatile.Write(ref connection, opened);
                }

                return connection;
            }
        }
    }

    /// <summary>The full path of the open file.</summary>
    public string Path => file.Path;

    /// <summary>The schema version of the file (<c>PRAGMA user_version</c>).</summary>
    public int SchemaVersion { get; }

    /// <summary>The dataset's release version recorded in the file, e.g. <c>1.0.0</c>.</summary>
    public string DatasetVersion { get; }

    /// <summary>What the last statement refused on <see cref="Connection"/> would have done, for the tool's message.</summary>
    public string? LastRefusal => connectionGuard?.LastRefusal;

    /// <summary>How many statements the connection's guard has refused (see <see cref="ReadOnlyGuard.Refusals"/>).</summary>
    public int Refusals => connectionGuard?.Refusals ?? 0;

    /// <summary>Called with each command of a typed query just before it runs (the query-plan tests read its SQL and parameters).</summary>
    internal Action<SqliteCommand>? Executing { get; set; }

    /// <summary>How many connections the typed queries have opened so far (the first included).</summary>
    internal int QueryConnections => sessions.Count;

    private volatile bool disposed;

    /// <summary>Opens the bundled database read-only.</summary>
    /// <returns>The open dataset.</returns>
    /// <exception cref="DatasetFileException">The bundled file is missing (the message says how to keep it beside the app, also one published as a single file) or damaged.</exception>
    public static RelationsDataset Open() => Open(CheckBundled());

    /// <summary>
    /// Opens the database at <paramref name="path"/> read-only, after checking that it is a whole file of
    /// this dataset that this library can read. Reading creates and changes no file: not beside the
    /// database (no <c>-wal</c> or <c>-shm</c> files, also for a database in write-ahead-log mode, whose
    /// un-checkpointed rows are read), and not elsewhere, whatever SQL is run on <see cref="Connection"/>.
    /// </summary>
    /// <param name="path">A database file built from this dataset's migrations.</param>
    /// <returns>The open dataset.</returns>
    /// <exception cref="DatasetFileException">The file is missing, not a file, not SQLite, truncated, not this dataset, of a newer schema, or holds an interrupted write.</exception>
    public static RelationsDataset Open(string path) => Open(path, RelationsDatasetOptions.Default);

    /// <summary>
    /// Opens the database at <paramref name="path"/> read-only (see <see cref="Open(string)"/>), read as
    /// <paramref name="options"/> say: SQLite's cache and memory-map sizes, and how many connections the
    /// queries may use at once.
    /// </summary>
    /// <param name="path">A database file built from this dataset's migrations.</param>
    /// <param name="options">How to read it; <see cref="RelationsDatasetOptions.Default"/> for the defaults.</param>
    /// <returns>The open dataset.</returns>
    /// <exception cref="DatasetFileException">The file is missing, not a file, not SQLite, truncated, not this dataset, of a newer schema, or holds an interrupted write.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range (a negative size, fewer than one connection); the message says which.</exception>
    public static RelationsDataset Open(string path, RelationsDatasetOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options = options.Checked();
        var file = ReadOnlyFile.Open(FullPath(path), requireDataset: true, options.Tuning);
        try
        {
            var (schemaVersion, version) = ReadVersions(file.Connection);
            return new RelationsDataset(file, schemaVersion, version, options);
        }
        catch (SqliteException ex)
        {
            file.Dispose();
            throw Unreadable(file.Path, ex);
        }
    }

    /// <summary>Opens the bundled database read-only.</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The open dataset.</returns>
    /// <exception cref="DatasetFileException">The bundled file is missing (the message says how to keep it beside the app, also one published as a single file) or damaged.</exception>
    public static Task<RelationsDataset> OpenAsync(CancellationToken cancellationToken = default) =>
        OpenAsync(CheckBundled(), cancellationToken);

    /// <summary>
    /// Opens the database at <paramref name="path"/> read-only, after checking it (see <see cref="Open(string)"/>).
    /// The connection is opened and first read asynchronously; the check of the file's 100-byte header is a short synchronous read.
    /// </summary>
    /// <param name="path">A database file built from this dataset's migrations.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The open dataset.</returns>
    /// <exception cref="DatasetFileException">The file is missing, not a file, not SQLite, truncated, not this dataset, of a newer schema, or holds an interrupted write.</exception>
    public static Task<RelationsDataset> OpenAsync(string path, CancellationToken cancellationToken = default) =>
        OpenAsync(path, RelationsDatasetOptions.Default, cancellationToken);

    /// <summary>
    /// Opens the bundled database read-only, read as <paramref name="options"/> say (see <see cref="Open(string, RelationsDatasetOptions)"/>).
    /// </summary>
    /// <param name="options">How to read it; <see cref="RelationsDatasetOptions.Default"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The open dataset.</returns>
    /// <exception cref="DatasetFileException">The bundled file is missing (the message says how to keep it beside the app, also one published as a single file) or damaged.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range; the message says which.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "Chosen only when options are given; the overloads without them shipped in 1.0.0.")]
    public static Task<RelationsDataset> OpenAsync(RelationsDatasetOptions options, CancellationToken cancellationToken = default) =>
        OpenAsync(CheckBundled(), options, cancellationToken);

    /// <summary>
    /// Opens the database at <paramref name="path"/> read-only, read as <paramref name="options"/> say
    /// (see <see cref="Open(string, RelationsDatasetOptions)"/>), after checking it (see <see cref="Open(string)"/>).
    /// </summary>
    /// <param name="path">A database file built from this dataset's migrations.</param>
    /// <param name="options">How to read it; <see cref="RelationsDatasetOptions.Default"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The open dataset.</returns>
    /// <exception cref="DatasetFileException">The file is missing, not a file, not SQLite, truncated, not this dataset, of a newer schema, or holds an interrupted write.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range (a negative size, fewer than one connection); the message says which.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "Chosen only when options are given; the overloads without them shipped in 1.0.0.")]
    public static async Task<RelationsDataset> OpenAsync(string path, RelationsDatasetOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        options = options.Checked();
        cancellationToken.ThrowIfCancellationRequested();
        var file = await ReadOnlyFile.OpenAsync(FullPath(path), requireDataset: true, cancellationToken, options.Tuning).ConfigureAwait(false);
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (schemaVersion, version) = ReadVersions(file.Connection);
            return new RelationsDataset(file, schemaVersion, version, options);
        }
        catch (SqliteException ex)
        {
            await file.DisposeAsync().ConfigureAwait(false);
            throw Unreadable(file.Path, ex);
        }
        catch (OperationCanceledException)
        {
            await file.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// The connection string this library uses to open <paramref name="path"/> read-only. A connection
    /// opened with it alone refuses writes to the file, but not <c>ATTACH</c> or <c>VACUUM INTO</c>, and
    /// creates <c>-wal</c>/<c>-shm</c> files beside a database in write-ahead-log mode: prefer
    /// <see cref="Open(string)"/> and its <see cref="Connection"/>.
    /// </summary>
    /// <param name="path">The database file.</param>
    /// <returns>A Microsoft.Data.Sqlite connection string.</returns>
    public static string ReadOnlyConnectionString(string path) => DatasetFormat.ReadOnlyConnectionString(path);

    /// <summary>
    /// Interrupts the statement running on <see cref="Connection"/> when <paramref name="cancellationToken"/>
    /// is cancelled, until the returned registration is disposed. Microsoft.Data.Sqlite checks a token
    /// only between rows, so without this a long statement (a big aggregate, a slow join) runs to its
    /// end. The interrupted statement fails with a <see cref="SqliteException"/> whose
    /// <see cref="SqliteException.SqliteErrorCode"/> is 9 (<c>SQLITE_INTERRUPT</c>). This library's own
    /// queries do this themselves and throw <see cref="OperationCanceledException"/> instead.
    /// </summary>
    /// <example>
    /// <code>
    /// using (db.InterruptWhenCancelled(cancellationToken))
    /// {
    ///     var n = await db.Connection.ExecuteScalarAsync&lt;long&gt;(new CommandDefinition(sql, cancellationToken: cancellationToken));
    /// }
    /// </code>
    /// </example>
    /// <param name="cancellationToken">The token whose cancellation interrupts the running statement.</param>
    /// <returns>The registration: dispose it when the query is done.</returns>
    public CancellationTokenRegistration InterruptWhenCancelled(CancellationToken cancellationToken) =>
        Interrupt(Connection, cancellationToken);

    /// <summary>Interrupts the statement running on <paramref name="connection"/> when the token is cancelled.</summary>
    private static CancellationTokenRegistration Interrupt(SqliteConnection connection, CancellationToken cancellationToken) =>
        cancellationToken.Register(static state =>
        {
            var connection = (SqliteConnection)state!;
            if (connection.Handle is { } handle)
            {
                SQLitePCL.raw.sqlite3_interrupt(handle);
            }
        }, connection);

    /// <summary>The bundled database's path, or a refusal that says how to keep the file with the app.</summary>
    private static string CheckBundled()
    {
        var path = DefaultDatabasePath;
        return File.Exists(path) || Directory.Exists(path)
            ? path
            : throw new DatasetFileException(path, DatasetFileProblem.Missing, LibraryMessages.BundledMissing(path));
    }

    private static string FullPath(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return System.IO.Path.GetFullPath(path);
    }

    /// <summary>The schema version and the dataset's release version, in one statement (Microsoft.Data.Sqlite reads it synchronously anyway).</summary>
    private static (int SchemaVersion, string? Version) ReadVersions(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT (SELECT user_version FROM pragma_user_version), (SELECT value FROM dataset_metadata WHERE key = 'version')";
        using var reader = command.ExecuteReader();
        reader.Read();
        return (reader.GetInt32(0), reader.IsDBNull(1) ? null : reader.GetString(1));
    }

    private static DatasetFileException Unreadable(string fullPath, SqliteException ex) =>
        new(fullPath, DatasetFileProblem.NotSqlite, LibraryMessages.Unreadable(fullPath, ex.Message));

    /// <summary>
    /// The events in date order, optionally between two days, of one CAMEO root class, or on one
    /// topic. Between two days is read as <see cref="DateRangeMatch.Plausible"/>: the events whose known
    /// dates do not put them outside the range, an open bound closed at a year's distance (see
    /// <see cref="DateReading"/>); <see cref="DateReading.IsCertain"/> says which of them are certainly in
    /// it. For another reading, use the overload that takes a <see cref="DateRangeMatch"/>.
    /// </summary>
    /// <param name="from">The first day, or null for no lower bound.</param>
    /// <param name="to">The last day, or null for no upper bound.</param>
    /// <param name="cameoRoot">A CAMEO root code such as <c>04</c> (consult) or <c>07</c> (provide aid), or null.</param>
    /// <param name="topic">A topic id such as <c>energy</c>, or null.</param>
    /// <param name="sources">Which facts to include.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The events, earliest first.</returns>
    public Task<IReadOnlyList<TimelineEvent>> GetTimelineAsync(
        DateOnly? from = null,
        DateOnly? to = null,
        string? cameoRoot = null,
        string? topic = null,
        SourceFilter sources = SourceFilter.All,
        CancellationToken cancellationToken = default) =>
        GetTimelineAsync(from, to, DateRangeMatch.Plausible, cameoRoot, topic, sources, cancellationToken);

    /// <summary>
    /// The events in date order between two days, read as <paramref name="match"/> says (the rule is
    /// <see cref="DateReading"/>'s): the events whose known dates do not put them outside the range
    /// (<see cref="DateRangeMatch.Plausible"/>, the default elsewhere), every event that may fall in it
    /// (<see cref="DateRangeMatch.Possible"/>), or only those certainly in it
    /// (<see cref="DateRangeMatch.Certain"/>); optionally of one CAMEO root class, or on one topic.
    /// </summary>
    /// <param name="from">The first day, or null for no lower bound.</param>
    /// <param name="to">The last day, or null for no upper bound.</param>
    /// <param name="match">How an event's own range of possible days is held against <paramref name="from"/> and <paramref name="to"/>.</param>
    /// <param name="cameoRoot">A CAMEO root code such as <c>04</c> (consult) or <c>07</c> (provide aid), or null.</param>
    /// <param name="topic">A topic id such as <c>energy</c>, or null.</param>
    /// <param name="sources">Which facts to include.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The events, earliest first.</returns>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overload without a DateRangeMatch shipped in 1.0.0 and stays for compiled callers; this one is chosen only when match is given.")]
    public async Task<IReadOnlyList<TimelineEvent>> GetTimelineAsync(
        DateOnly? from,
        DateOnly? to,
        DateRangeMatch match,
        string? cameoRoot = null,
        string? topic = null,
        SourceFilter sources = SourceFilter.All,
        CancellationToken cancellationToken = default)
    {
        // Only the filters given are in the SQL: "(@x IS NULL OR col = @x)" would keep SQLite from using an index.
        var where = new List<string>(6);
        if (cameoRoot is not null)
        {
            where.Add("t.cameo_code IN (SELECT cameo_code FROM cameo_codes WHERE root_code = $cameoRoot)");
        }

        if (topic is not null)
        {
            where.Add("t.event_id IN (SELECT event_id FROM event_topics WHERE topic_id = $topic)");
        }

        if (!Enum.IsDefined(match))
        {
            throw new ArgumentOutOfRangeException(nameof(match), match, LibraryMessages.UnknownDateRangeMatch(match));
        }

        var sourceFilter = SourceFilterSql.For(sources, "event_id", "t.event_id", "t.evidence_status");
        if ((from is not null || to is not null) && await LayoutAsync(cancellationToken).ConfigureAwait(false) is { HasTimelineRows: true } stored)
        {
            return await StoredTimelineRangeAsync(from, to, match, where, sourceFilter, stored, cameoRoot, topic, cancellationToken).ConfigureAwait(false);
        }

        if (match == DateRangeMatch.Certain || (from is null && to is null))
        {
            // Certainly in the range: both bounds known and inside it, so the timeline's order key
            // (the earliest day) is itself between the two days: one range of the index events_start.
            if (from is not null)
            {
                where.Add("t.date_earliest >= $from");
                where.Add("coalesce(t.date_earliest, t.date_latest) >= $from");
            }

            if (to is not null)
            {
                where.Add("t.date_latest <= $to");
                where.Add("coalesce(t.date_earliest, t.date_latest) <= $to");
            }

            var sql = $"SELECT t.* FROM timeline AS t WHERE {Conditions(where, sourceFilter)} ORDER BY {TimelineOrder}";
            return await QueryAsync(sql, RowParsers.TimelineEvent, cancellationToken, ("$from", Iso(from)), ("$to", Iso(to)), ("$cameoRoot", cameoRoot), ("$topic", topic)).ConfigureAwait(false);
        }

        // Plausibly or possibly in the range: an event whose days, its open bounds closed as DateReading
        // says, meet it. Each kind of event is its own index range, bounded on every side the range gives:
        // the dated ones by their first day, from the longest dated event's span before `from` up to `to`
        // (events_start); those open at the start by their last day (events_date); those open at the end
        // by their first day (events_open_end); and those of unknown date (Possible only).
        var (openStartLatest, openEndEarliest, undated) = DateReading.SqlBounds(from, to, match);
        var lowest = from is { } day ? await EarliestStartReachingAsync(day, cancellationToken).ConfigureAwait(false) : null;
        var dated = new List<string> { "date_earliest IS NOT NULL", "date_latest IS NOT NULL" };
        var openStart = new List<string> { "date_earliest IS NULL", "date_latest IS NOT NULL" };
        var openEnd = new List<string> { "date_latest IS NULL", "date_earliest IS NOT NULL" };
        if (from is not null)
        {
            if (lowest is not null)
            {
                dated.Add("coalesce(date_earliest, date_latest) >= $lowest");
            }

            dated.Add("date_latest >= $from");
            openStart.Add("date_latest >= $from");
        }

        if (to is not null)
        {
            dated.Add("coalesce(date_earliest, date_latest) <= $to");
            openEnd.Add("date_earliest <= $to");
        }

        if (openStartLatest is not null)
        {
            openStart.Add("date_latest <= $openStartLatest");
        }

        if (openEndEarliest is not null)
        {
            openEnd.Add("date_earliest >= $openEndEarliest");
        }

        var undatedBranch = undated ? "\n  UNION ALL SELECT event_id FROM events WHERE date_earliest IS NULL AND date_latest IS NULL" : string.Empty;
        where.Insert(0, $"""
            t.event_id IN (
              SELECT event_id FROM events WHERE {string.Join(" AND ", dated)}
              UNION ALL SELECT event_id FROM events WHERE {string.Join(" AND ", openStart)}
              UNION ALL SELECT event_id FROM events WHERE {string.Join(" AND ", openEnd)}{undatedBranch})
            """);
        var overlapping = $"SELECT t.* FROM timeline AS t WHERE {Conditions(where, sourceFilter)} ORDER BY {TimelineOrder}";
        return await QueryAsync(
            overlapping, RowParsers.TimelineEvent, cancellationToken, ("$from", Iso(from)), ("$lowest", lowest), ("$to", Iso(to)),
            ("$openStartLatest", Iso(openStartLatest)), ("$openEndEarliest", Iso(openEndEarliest)), ("$cameoRoot", cameoRoot), ("$topic", topic)).ConfigureAwait(false);
    }

    /// <summary>
    /// A range of the timeline read from <c>timeline_rows</c> (script 0056), the timeline's rows stored in
    /// date order by band (the kind of date an event has; for an event known at both ends, its span up to
    /// a power of two): each band is one range of the table's key, bounded on every side the range gives
    /// (an event of band k reaching <paramref name="from"/> starts at most 2^k - 1 days before it), read
    /// in the timeline's order, and the bands' ranges are merged without a sort.
    /// </summary>
    private async Task<IReadOnlyList<TimelineEvent>> StoredTimelineRangeAsync(
        DateOnly? from, DateOnly? to, DateRangeMatch match, List<string> filters, string sourceFilter, FileLayout layout,
        string? cameoRoot, string? topic, CancellationToken cancellationToken)
    {
        var parameters = new List<(string Name, object? Value)> { ("$from", Iso(from)), ("$to", Iso(to)), ("$cameoRoot", cameoRoot), ("$topic", topic) };
        var arms = new List<List<string>>();

        // Known at both ends: the bands whose shortest span is no longer than the file's longest (the
        // others are empty). Band 0 is a span of 0 days, band k (1 to 14) of 2^(k-1) to 2^k - 1, band 15
        // longer (its longest is the file's).
        var longest = layout.LongestEventSpan ?? long.MaxValue;
        for (var band = 0; band <= 15 && (band == 0 || 1L << (band - 1) <= longest); band++)
        {
            var arm = new List<string> { string.Create(System.Globalization.CultureInfo.InvariantCulture, $"t.band = {band}") };
            if (match == DateRangeMatch.Certain)
            {
                if (from is not null)
                {
                    arm.Add("t.order_key >= $from");
                }

                if (to is not null)
                {
                    arm.Add("t.order_key <= $to");
                    arm.Add("t.latest_key <= $to");
                }
            }
            else
            {
                if (from is { } day)
                {
                    var span = band < 15 ? Math.Min((1L << band) - 1, longest) : longest;
                    if (span != long.MaxValue && day.DayNumber - span > DateOnly.MinValue.DayNumber)
                    {
                        var name = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"$lowest{band}");
                        arm.Add($"t.order_key >= {name}");
                        parameters.Add((name, Iso(DateOnly.FromDayNumber((int)(day.DayNumber - span)))));
                    }

                    arm.Add("t.latest_key >= $from");
                }

                if (to is not null)
                {
                    arm.Add("t.order_key <= $to");
                }
            }

            arms.Add(arm);
        }

        // Open at one end, or of unknown date: order_key is the one known day (band 16: the latest, 17:
        // the earliest), read as DateReading says.
        var (openStartLatest, openEndEarliest, undated) = DateReading.SqlBounds(from, to, match);
        parameters.Add(("$openStartLatest", Iso(openStartLatest)));
        parameters.Add(("$openEndEarliest", Iso(openEndEarliest)));
        if (match == DateRangeMatch.Certain)
        {
            if (from is null)
            {
                arms.Add(["t.band = 16", "t.order_key <= $to"]);
            }

            if (to is null)
            {
                arms.Add(["t.band = 17", "t.order_key >= $from"]);
            }
        }
        else
        {
            var openStart = new List<string> { "t.band = 16" };
            if (from is not null)
            {
                openStart.Add("t.order_key >= $from");
            }

            if (openStartLatest is not null)
            {
                openStart.Add("t.order_key <= $openStartLatest");
            }

            var openEnd = new List<string> { "t.band = 17" };
            if (openEndEarliest is not null)
            {
                openEnd.Add("t.order_key >= $openEndEarliest");
            }

            if (to is not null)
            {
                openEnd.Add("t.order_key <= $to");
            }

            arms.Add(openStart);
            arms.Add(openEnd);
            if (undated)
            {
                arms.Add(["t.band = 18"]);
            }
        }

        var sql = string.Join(
            "\nUNION ALL\n",
            arms.Select(arm => $"SELECT t.* FROM timeline_rows AS t WHERE {Conditions(arm.Concat(filters), sourceFilter)}"))
            + "\nORDER BY order_key, latest_key, event_id";
        return await QueryAsync(sql, RowParsers.TimelineEvent, cancellationToken, [.. parameters]).ConfigureAwait(false);
    }

    /// <summary>One event with its participants, statements, citations and discrepancies.</summary>
    /// <param name="eventId">The event's id.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The event, or null when there is none with that id.</returns>
    public async Task<EventDetails?> GetEventAsync(string eventId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventId);
        var id = ("$eventId", (object?)eventId);
        var events = await QueryAsync("SELECT * FROM timeline WHERE event_id = $eventId", RowParsers.TimelineEvent, cancellationToken, id).ConfigureAwait(false);
        if (events.Count == 0)
        {
            return null;
        }

        return new EventDetails
        {
            Event = events[0],
            Participants = await QueryAsync(
                """
                SELECT participant_kind, participant_id_text AS participant_id, name, role, position_id, position
                FROM participant_labels WHERE event_id = $eventId ORDER BY participant_labels.participant_id
                """, RowParsers.EventParticipant, cancellationToken, id).ConfigureAwait(false),
            Statements = await QueryAsync(
                "SELECT * FROM statement_details WHERE event_id = $eventId ORDER BY statement_id", RowParsers.Statement, cancellationToken, id).ConfigureAwait(false),
            Citations = await QueryAsync(
                "SELECT * FROM citation_details WHERE subject_kind = 'event' AND subject_id = $eventId ORDER BY citation_id", RowParsers.Citation, cancellationToken, id).ConfigureAwait(false),
            Discrepancies = await QueryAsync(
                """
                SELECT * FROM discrepancy_details
                WHERE (subject_kind = 'event' AND subject_id = $eventId)
                   OR (subject_kind = 'agreement' AND subject_id IN (SELECT agreement_id FROM agreement_events WHERE event_id = $eventId))
                ORDER BY discrepancy_id
                """, RowParsers.Discrepancy, cancellationToken, id).ConfigureAwait(false),
        };
    }

    /// <summary>The events a person took part in or spoke at, in date order.</summary>
    /// <param name="personId">The person's id, e.g. <c>ilham-aliyev</c>.</param>
    /// <param name="sources">Which facts to include.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The events, earliest first.</returns>
    public async Task<IReadOnlyList<TimelineEvent>> GetPersonEventsAsync(
        string personId, SourceFilter sources = SourceFilter.All, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(personId);
        var sql = $"""
            SELECT t.* FROM timeline AS t
            WHERE t.event_id IN (SELECT event_id FROM event_participants WHERE person_id = $personId
                                 UNION SELECT event_id FROM statements WHERE speaker_person_id = $personId)
              AND {SourceFilterSql.For(sources, "event_id", "t.event_id", "t.evidence_status")}
            ORDER BY {TimelineOrder}
            """;
        return await QueryAsync(sql, RowParsers.TimelineEvent, cancellationToken, ("$personId", personId)).ConfigureAwait(false);
    }

    /// <summary>People whose name or any recorded spelling of it contains <paramref name="name"/> (ignoring case, in any script: "AKGÜN" finds "Akgün").</summary>
    /// <param name="name">Part of a name, e.g. <c>Shibani</c>.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The people, by name.</returns>
    public async Task<IReadOnlyList<Person>> FindPeopleAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        const string sql = """
            SELECT p.person_id, p.name, c.name AS country,
                   (SELECT group_concat(n.name, '; ') FROM (SELECT name FROM person_names WHERE person_id = p.person_id ORDER BY name) AS n) AS other_names
            FROM people AS p LEFT JOIN countries AS c ON c.country_id = p.country_id
            WHERE instr(azsy_casefold(p.name), $folded) > 0
               OR EXISTS (SELECT 1 FROM person_names AS pn WHERE pn.person_id = p.person_id AND instr(azsy_casefold(pn.name), $folded) > 0)
            ORDER BY p.name, p.person_id
            """;
        return await QueryAsync(sql, RowParsers.Person, cancellationToken, ("$folded", ReadOnlyFile.CaseFold(name))).ConfigureAwait(false);
    }

    /// <summary>
    /// The offices the sources show held on <paramref name="date"/>: those whose term certainly
    /// covers that day (started no later, ended no earlier, by the sources' bounds).
    /// </summary>
    /// <param name="date">The day.</param>
    /// <param name="sources">Which facts to include.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The offices, by person and title.</returns>
    public async Task<IReadOnlyList<PersonPosition>> GetPositionsOnAsync(
        DateOnly date, SourceFilter sources = SourceFilter.All, CancellationToken cancellationToken = default)
    {
        // A term covering the day started at most its length before it: the terms of each length in
        // whole years (k, as the index positions_span_start groups them) are one range of that index,
        // from the day less k + 1 years to the day, bounded on both sides.
        var sql = $"""
            SELECT pp.* FROM person_positions AS pp
            WHERE pp.position_id IN (
                WITH RECURSIVE spans (k) AS (
                  SELECT 0 UNION ALL SELECT k + 1 FROM spans
                  WHERE k < (SELECT max(CAST((julianday(end_earliest) - julianday(start_latest)) / 365 AS INTEGER)) FROM positions))
                SELECT p.position_id FROM spans AS s JOIN positions AS p
                  ON CAST((julianday(p.end_earliest) - julianday(p.start_latest)) / 365 AS INTEGER) = s.k
                 AND p.start_latest >= date($date, printf('-%d days', (s.k + 1) * 365))
                 AND p.start_latest <= $date
                WHERE p.end_earliest >= $date)
              AND pp.start_latest <= $date
              AND pp.end_earliest >= $date
              AND {SourceFilterSql.For(sources, "position_id", "pp.position_id", "pp.evidence_status")}
            ORDER BY pp.person_name, pp.position
            """;
        return await QueryAsync(sql, RowParsers.PersonPosition, cancellationToken, ("$date", Iso(date))).ConfigureAwait(false);
    }

    /// <summary>A person's offices, or everyone's when <paramref name="personId"/> is null.</summary>
    /// <param name="personId">The person's id, or null.</param>
    /// <param name="sources">Which facts to include.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The offices, by person and start.</returns>
    public async Task<IReadOnlyList<PersonPosition>> GetPositionsAsync(
        string? personId = null, SourceFilter sources = SourceFilter.All, CancellationToken cancellationToken = default)
    {
        var sql = $"""
            SELECT pp.* FROM person_positions AS pp
            WHERE {Conditions(personId is null ? [] : ["pp.person_id = $personId"], SourceFilterSql.For(sources, "position_id", "pp.position_id", "pp.evidence_status"))}
            ORDER BY pp.person_name, coalesce(pp.start_latest, pp.start_earliest), pp.position_id
            """;
        return await QueryAsync(sql, RowParsers.PersonPosition, cancellationToken, ("$personId", personId)).ConfigureAwait(false);
    }

    /// <summary>
    /// Agreements, optionally by party (a country code such as <c>SYR</c>, which also matches that
    /// country's ministries, governments and companies, or an organization id such as <c>socar</c>),
    /// kind, or topic.
    /// </summary>
    /// <param name="party">A country code or organization id, or null.</param>
    /// <param name="kind">A kind such as <c>memorandum_of_understanding</c>, or null.</param>
    /// <param name="topic">A topic id, or null.</param>
    /// <param name="sources">Which facts to include.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The agreements, by signing date.</returns>
    public async Task<IReadOnlyList<Agreement>> GetAgreementsAsync(
        string? party = null,
        string? kind = null,
        string? topic = null,
        SourceFilter sources = SourceFilter.All,
        CancellationToken cancellationToken = default)
    {
        var where = new List<string>(3);
        if (party is not null)
        {
            where.Add("""
                a.agreement_id IN (
                  SELECT agreement_id FROM agreement_parties WHERE country_id = $party
                  UNION SELECT agreement_id FROM agreement_parties WHERE organization_id = $party
                  UNION SELECT ap.agreement_id FROM organizations AS o JOIN agreement_parties AS ap ON ap.organization_id = o.organization_id WHERE o.country_id = $party)
                """);
        }

        if (kind is not null)
        {
            where.Add("a.kind = $kind");
        }

        if (topic is not null)
        {
            where.Add("a.agreement_id IN (SELECT agreement_id FROM agreement_topics WHERE topic_id = $topic)");
        }

        // A file that stores the agreements with their lists (0091) reads each row as it is stored; an
        // older file builds the lists of each from the view.
        var stored = (await LayoutAsync(cancellationToken).ConfigureAwait(false)).HasAgreementRows;
        var sql = $"""
            SELECT a.* FROM {(stored ? "agreement_rows" : "agreement_details")} AS a
            WHERE {Conditions(where, SourceFilterSql.For(sources, "agreement_id", "a.agreement_id", "a.evidence_status"))}
            ORDER BY {(stored ? "a.order_key" : "coalesce(a.date_earliest, a.date_latest)")}, a.agreement_id
            """;
        return await QueryAsync(sql, RowParsers.Agreement, cancellationToken, ("$party", party), ("$kind", kind), ("$topic", topic)).ConfigureAwait(false);
    }

    /// <summary>The aid deliveries, in date order.</summary>
    /// <param name="sources">Which facts to include.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The deliveries.</returns>
    public async Task<IReadOnlyList<AidDelivery>> GetAidDeliveriesAsync(
        SourceFilter sources = SourceFilter.All, CancellationToken cancellationToken = default)
    {
        var sql = $"""
            SELECT a.* FROM aid_delivery_details AS a
            WHERE {SourceFilterSql.For(sources, "aid_delivery_id", "a.aid_delivery_id", "a.evidence_status")}
            ORDER BY coalesce(a.date_earliest, a.date_latest), a.aid_delivery_id
            """;
        return await QueryAsync(sql, RowParsers.AidDelivery, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Totals over the aid deliveries: lorries and tonnes where given, and how many deliveries give them.</summary>
    /// <param name="sources">Which facts to include.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The totals.</returns>
    public async Task<AidTotals> GetAidTotalsAsync(
        SourceFilter sources = SourceFilter.All, CancellationToken cancellationToken = default)
    {
        var sql = $"""
            SELECT count(*) AS deliveries,
                   coalesce(sum(a.trucks), 0) AS trucks, count(a.trucks) AS deliveries_with_trucks,
                   coalesce(sum(a.tonnes), 0.0) AS tonnes, count(a.tonnes) AS deliveries_with_tonnes,
                   coalesce(sum(CASE WHEN a.tonnes_approximate = 1 THEN a.tonnes END), 0.0) AS approximate_tonnes,
                   count(CASE WHEN a.tonnes_approximate = 1 AND a.tonnes IS NOT NULL THEN 1 END) AS deliveries_with_approximate_tonnes
            FROM aid_delivery_details AS a
            WHERE {SourceFilterSql.For(sources, "aid_delivery_id", "a.aid_delivery_id", "a.evidence_status")}
            """;
        var rows = await QueryAsync(sql, RowParsers.AidTotals, cancellationToken).ConfigureAwait(false);
        return rows[0];
    }

    /// <summary>
    /// Events per calendar year and CAMEO quad class, each as a pair (certain, possible) that is
    /// honest about uncertain dates; see <see cref="YearlyEventCount"/>. Every year from 1991 to the
    /// year of the newest source is listed, with all five quad classes (0 for events without a code).
    /// </summary>
    /// <param name="sources">Which facts to include.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The counts, by year and then quad class.</returns>
    public async Task<IReadOnlyList<YearlyEventCount>> GetYearlyEventCountsAsync(
        SourceFilter sources = SourceFilter.All, CancellationToken cancellationToken = default)
    {
        if ((await LayoutAsync(cancellationToken).ConfigureAwait(false)).HasYearTallies)
        {
            // The tallies stored by the build (0050): events counted by quad class, first and last
            // possible year (0 and 9999 when open), evidence and article citation. A cell reads the
            // tallies of its class that reach its year: a few hundred rows, whatever the events.
            var tallyFilter = sources switch
            {
                SourceFilter.All => string.Empty,
                SourceFilter.Confirmed => " AND t.reported = 0",
                SourceFilter.Article => " AND t.article_cited = 1",
                _ => throw new ArgumentOutOfRangeException(nameof(sources), sources, "Unknown source filter."),
            };
            var tallied = $"""
                SELECT y.year, q.quad_class,
                  coalesce(sum(CASE WHEN t.year_earliest = y.year AND t.year_latest = y.year THEN t.events END), 0) AS certain,
                  coalesce(sum(t.events), 0) AS possible,
                  coalesce(sum(CASE WHEN t.year_earliest = 0 OR t.year_latest = 9999 THEN t.events END), 0) AS open_ended
                FROM dataset_years AS y
                CROSS JOIN (SELECT 0 AS quad_class UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4) AS q
                LEFT JOIN event_year_tallies AS t ON t.quad_class = q.quad_class AND t.year_earliest <= y.year AND t.year_latest >= y.year{tallyFilter}
                GROUP BY y.year, q.quad_class
                ORDER BY y.year, q.quad_class
                """;
            return await QueryAsync(tallied, RowParsers.YearlyEventCount, cancellationToken).ConfigureAwait(false);
        }

        // A file built before 0050: every event, coded once (MATERIALIZED, or SQLite 3.53 computes the
        // CTE again in each correlated sub-query), then counted per cell.
        var filter = SourceFilterSql.For(sources, "event_id", "e.event_id", "e.evidence_status");
        var sql = $"""
            WITH coded AS MATERIALIZED (
              SELECT e.event_id, e.date_earliest, e.date_latest, coalesce(cr.quad_class, 0) AS quad_class
              FROM events AS e
              LEFT JOIN cameo_codes AS cc ON cc.cameo_code = e.cameo_code
              LEFT JOIN cameo_roots AS cr ON cr.root_code = cc.root_code
              WHERE {filter})
            SELECT y.year, q.quad_class,
              (SELECT count(*) FROM coded AS c WHERE c.quad_class = q.quad_class
                 AND c.date_earliest >= y.first_day AND c.date_latest <= y.last_day) AS certain,
              (SELECT count(*) FROM coded AS c WHERE c.quad_class = q.quad_class
                 AND coalesce(c.date_earliest, '0000-01-01') <= y.last_day AND coalesce(c.date_latest, '9999-12-31') >= y.first_day) AS possible,
              (SELECT count(*) FROM coded AS c WHERE c.quad_class = q.quad_class AND (c.date_earliest IS NULL OR c.date_latest IS NULL)
                 AND coalesce(c.date_earliest, '0000-01-01') <= y.last_day AND coalesce(c.date_latest, '9999-12-31') >= y.first_day) AS open_ended
            FROM dataset_years AS y
            CROSS JOIN (SELECT 0 AS quad_class UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4) AS q
            ORDER BY y.year, q.quad_class
            """;
        return await QueryAsync(sql, RowParsers.YearlyEventCount, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Each country's diplomatic presence in the other, year by year from 1992: the mission's status
    /// at the end of the year, the head of mission's rank and its Correlates of War code.
    /// </summary>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The rows of the <c>representation_by_year</c> view, by year and sending country.</returns>
    public async Task<IReadOnlyList<RepresentationYear>> GetRepresentationAsync(CancellationToken cancellationToken = default) =>
        await QueryAsync(
            "SELECT * FROM representation_by_year ORDER BY year, sending_country_id", RowParsers.RepresentationYear, cancellationToken).ConfigureAwait(false);

    /// <summary>Statements, optionally by one speaker (a person or organization id), in date order.</summary>
    /// <param name="speakerId">A person or organization id, or null for all.</param>
    /// <param name="sources">Which facts to include.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The statements.</returns>
    public async Task<IReadOnlyList<Statement>> GetStatementsAsync(
        string? speakerId = null, SourceFilter sources = SourceFilter.All, CancellationToken cancellationToken = default)
    {
        // A file that stores the statements by speaker and date (0091) reads one speaker's as one range of
        // that table's key, already in order; an older file builds each row from the view.
        var stored = (await LayoutAsync(cancellationToken).ConfigureAwait(false)).HasStatementRows;
        string[] speaker = speakerId is null ? [] : stored ? ["s.speaker_key = $speakerId", "s.speaker_id = $speakerId"] : ["s.speaker_id = $speakerId"];
        var sql = $"""
            SELECT s.* FROM {(stored ? "statement_rows" : "statement_details")} AS s
            WHERE {Conditions(speaker, SourceFilterSql.For(sources, "statement_id", "s.statement_id", "s.evidence_status"))}
            ORDER BY {(stored ? "s.order_key" : "coalesce(s.date_earliest, s.date_latest)")}, s.event_id, s.statement_id
            """;
        return await QueryAsync(sql, RowParsers.Statement, cancellationToken, ("$speakerId", speakerId)).ConfigureAwait(false);
    }

    /// <summary>Trade flows, optionally of one year, by year, flow and commodity.</summary>
    /// <param name="year">A calendar year, or null for all.</param>
    /// <param name="sources">Which facts to include.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The flows.</returns>
    public async Task<IReadOnlyList<TradeFlow>> GetTradeAsync(
        int? year = null, SourceFilter sources = SourceFilter.All, CancellationToken cancellationToken = default)
    {
        var sql = $"""
            SELECT tf.* FROM trade_flows AS tf
            WHERE {Conditions(year is null ? [] : ["tf.year = $year"], SourceFilterSql.For(sources, "trade_flow_id", "tf.trade_flow_id", null))}
            ORDER BY tf.year, coalesce(tf.commodity, ''), tf.flow
            """;
        return await QueryAsync(sql, RowParsers.TradeFlow, cancellationToken, ("$year", year)).ConfigureAwait(false);
    }

    /// <summary>The sources cited for one fact.</summary>
    /// <param name="subjectKind">The fact's kind, e.g. <c>event</c>, <c>agreement</c>, <c>position</c>.</param>
    /// <param name="subjectId">The fact's id.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The citations, in the order recorded.</returns>
    public async Task<IReadOnlyList<Citation>> GetCitationsAsync(
        string subjectKind, string subjectId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subjectKind);
        ArgumentNullException.ThrowIfNull(subjectId);
        return await QueryAsync(
            "SELECT * FROM citation_details WHERE subject_kind = $subjectKind AND subject_id = $subjectId ORDER BY citation_id",
            RowParsers.Citation, cancellationToken, ("$subjectKind", subjectKind), ("$subjectId", subjectId)).ConfigureAwait(false);
    }

    /// <summary>Every source of the dataset.</summary>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The sources, the article first, then by id.</returns>
    public async Task<IReadOnlyList<Source>> GetSourcesAsync(CancellationToken cancellationToken = default) =>
        await QueryAsync("SELECT * FROM sources ORDER BY kind <> 'article', source_id", RowParsers.Source, cancellationToken).ConfigureAwait(false);

    /// <summary>Every recorded disagreement between sources.</summary>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The discrepancies, by id.</returns>
    public async Task<IReadOnlyList<Discrepancy>> GetDiscrepanciesAsync(CancellationToken cancellationToken = default) =>
        await QueryAsync("SELECT * FROM discrepancy_details ORDER BY discrepancy_id", RowParsers.Discrepancy, cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// Full-text search over the titles and summaries of events, statements and agreements and every
    /// recorded spelling of the people, organizations, places and countries they name (an event's
    /// participants, speakers and places; a statement's speaker; an agreement's parties, signatories and
    /// place), so that any spelling the dataset records finds the same rows ("Miqdad" finds the events of
    /// the minister the titles call al-Mikdad). Best matches first (BM25, a title counting most, then the
    /// summary, then the names). Every word must match; accents are ignored ("Turkiye" finds "Türkiye").
    /// The text may use what FTS5 users type: <c>"exact phrases"</c>, prefixes (<c>energ*</c>), and
    /// <c>OR</c>, <c>AND</c>, <c>NOT</c> (in capitals) between terms, with parentheses to group
    /// (<c>gas OR aid</c>, <c>"gas supply" NOT Israel</c>); punctuation inside a word is part of the word.
    /// </summary>
    /// <param name="text">The words to look for.</param>
    /// <param name="limit">The most results to return.</param>
    /// <param name="sources">Which facts to include.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The matches, best first; empty when <paramref name="text"/> has no words.</returns>
    /// <exception cref="ArgumentException"><paramref name="text"/> has more than <see cref="MaxSearchWords"/> words (a repeated word counted each time), or is not a query FTS5 can read (an open quote or parenthesis, an operator with nothing on one side); the message says which.</exception>
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(
        string text, int limit = 20, SourceFilter sources = SourceFilter.All, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var parsed = FullTextQuery.Parse(text);
        if (parsed.Words.Count > MaxSearchWords)
        {
            throw new ArgumentException(LibraryMessages.TooManySearchWords(parsed.Words.Count), nameof(text));
        }

        if (parsed.Problem is not null)
        {
            throw new ArgumentException(LibraryMessages.BadSearch(parsed.Problem), nameof(text));
        }

        var query = parsed.Query;
        if (query.Length == 0)
        {
            return [];
        }

        // Each index's best $limit matches are ranked first, with the filter applied; only those get a
        // snippet, which is far dearer than the rank (computed for every match, it made a common word slow).
        // A file built with 0053 has indexes that also hold every recorded spelling of the names a row
        // names (event_search, …; title weighs most, then summary, then names); an older file has only
        // the indexes of the rows' own text. The snippet is from the row's own text when that matches the
        // whole query (events_fts, …), else from what matched, names included: it shows why a row was found.
        var spellings = (await LayoutAsync(cancellationToken).ConfigureAwait(false)).HasSpellingSearch;
        var (events, statements, agreements) = spellings ? ("event_search", "statement_search", "agreement_search") : ("events_fts", "statements_fts", "agreements_fts");
        var (eventRank, statementRank, agreementRank) = spellings
            ? ("bm25(event_search, 10.0, 5.0, 1.0)", "bm25(statement_search, 5.0, 1.0)", "bm25(agreement_search, 10.0, 5.0, 1.0)")
            : ("bm25(events_fts)", "bm25(statements_fts)", "bm25(agreements_fts)");
        var sql = $"""
            WITH
              event_hits AS (
                SELECT {events}.rowid AS hit, {eventRank} AS rank, e.event_id AS id FROM {events} JOIN events AS e ON e.rowid = {events}.rowid
                WHERE {events} MATCH $query AND {SourceFilterSql.For(sources, "event_id", "e.event_id", "e.evidence_status")}
                ORDER BY rank, id LIMIT $limit),
              statement_hits AS (
                SELECT {statements}.rowid AS hit, {statementRank} AS rank, s.statement_id AS id FROM {statements} JOIN statements AS s ON s.rowid = {statements}.rowid
                  JOIN events AS se ON se.event_id = s.event_id
                WHERE {statements} MATCH $query AND {SourceFilterSql.For(sources, "statement_id", "s.statement_id", "se.evidence_status")}
                ORDER BY rank, id LIMIT $limit),
              agreement_hits AS (
                SELECT {agreements}.rowid AS hit, {agreementRank} AS rank, a.agreement_id AS id FROM {agreements} JOIN agreements AS a ON a.rowid = {agreements}.rowid
                WHERE {agreements} MATCH $query AND {SourceFilterSql.For(sources, "agreement_id", "a.agreement_id", "a.evidence_status")}
                ORDER BY rank, id LIMIT $limit),
              best AS (
                SELECT 'event' AS kind, hit, rank, id FROM event_hits
                UNION ALL SELECT 'statement', hit, rank, id FROM statement_hits
                UNION ALL SELECT 'agreement', hit, rank, id FROM agreement_hits
                ORDER BY rank, kind, id LIMIT $limit)
            SELECT b.kind AS kind, b.id AS id, e.title AS title,
              coalesce((SELECT snippet(events_fts, -1, '[', ']', '…', 16) FROM events_fts WHERE events_fts MATCH $query AND events_fts.rowid = b.hit),
                snippet({events}, -1, '[', ']', '…', 16)) AS snippet,
              b.rank AS rank
            FROM best AS b JOIN {events} ON {events}.rowid = b.hit JOIN events AS e ON e.rowid = b.hit
            WHERE b.kind = 'event' AND {events} MATCH $query
            UNION ALL
            SELECT b.kind, b.id, coalesce(p.name, o.name),
              coalesce((SELECT snippet(statements_fts, 0, '[', ']', '…', 16) FROM statements_fts WHERE statements_fts MATCH $query AND statements_fts.rowid = b.hit),
                snippet({statements}, -1, '[', ']', '…', 16)),
              b.rank
            FROM best AS b JOIN {statements} ON {statements}.rowid = b.hit JOIN statements AS s ON s.rowid = b.hit
              LEFT JOIN people AS p ON p.person_id = s.speaker_person_id
              LEFT JOIN organizations AS o ON o.organization_id = s.speaker_organization_id
            WHERE b.kind = 'statement' AND {statements} MATCH $query
            UNION ALL
            SELECT b.kind, b.id, a.title,
              coalesce((SELECT snippet(agreements_fts, -1, '[', ']', '…', 16) FROM agreements_fts WHERE agreements_fts MATCH $query AND agreements_fts.rowid = b.hit),
                snippet({agreements}, -1, '[', ']', '…', 16)),
              b.rank
            FROM best AS b JOIN {agreements} ON {agreements}.rowid = b.hit JOIN agreements AS a ON a.rowid = b.hit
            WHERE b.kind = 'agreement' AND {agreements} MATCH $query
            ORDER BY 5, 1, 2
            """;
        return await QueryAsync(sql, RowParsers.SearchHit, cancellationToken, ("$query", query), ("$limit", limit)).ConfigureAwait(false);
    }

    /// <summary>Rows per table of the dataset, by table name (SQLite's own tables, search indexes and the migration journal left out).</summary>
    /// <returns>The counts, ordered by table name.</returns>
    public IReadOnlyDictionary<string, long> GetRowCounts()
    {
        var session = sessions.Rent();
        try
        {
            var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
            foreach (var table in SchemaCatalog.Read(session.Connection).Tables)
            {
                counts[table.Name] = session.Connection.ExecuteScalar<long>($"SELECT count(*) FROM {SchemaCatalog.Quote(table.Name)}");
            }

            return counts;
        }
        finally
        {
            sessions.Return(session);
        }
    }

    /// <summary>Closes the connections. Call it once no query runs on the dataset.</summary>
    public void Dispose()
    {
        CloseConnections();
        file.Dispose();
    }

    /// <summary>Closes the connections. Call it once no query runs on the dataset.</summary>
    /// <returns>A task that completes when the connections are closed.</returns>
    public ValueTask DisposeAsync()
    {
        CloseConnections();
        return file.DisposeAsync();
    }

    private void CloseConnections()
    {
        disposed = true;
        sessions.Dispose();
        layoutLock.Dispose();
        lock (connectionLock)
        {
            if (connection != file.Connection)
            {
                connection?.Dispose();
            }
        }
    }

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The conditions of a WHERE clause, joined with AND (the source filter always among them).</summary>
    private static string Conditions(IEnumerable<string> conditions, string sourceFilter) =>
        string.Join("\n  AND ", conditions.Append(sourceFilter));

    /// <summary>
    /// The earliest first day an event known at both ends can have and still reach <paramref name="from"/>:
    /// <paramref name="from"/> less the longest span of any such event (read once per open file, from the
    /// index events_span); null when no bound helps (a file without that index, or no such event).
    /// </summary>
    private async Task<string?> EarliestStartReachingAsync(DateOnly from, CancellationToken cancellationToken)
    {
        if ((await LayoutAsync(cancellationToken).ConfigureAwait(false)).LongestEventSpan is not { } span)
        {
            return null;
        }

        var lowest = from.DayNumber - span;
        return lowest <= DateOnly.MinValue.DayNumber ? null : Iso(DateOnly.FromDayNumber((int)lowest));
    }

    /// <summary>
    /// What the typed queries need to know of the open file beyond its rows, read by the first query
    /// that needs it and then kept: read under <see cref="layoutLock"/>, so that queries starting together
    /// on many threads read it once, and published whole through a volatile field, so that every thread
    /// sees either nothing or all of it.
    /// </summary>
    private async Task<FileLayout> LayoutAsync(CancellationToken cancellationToken)
    {
        if (layout is { } known)
        {
            return known;
        }

        await layoutLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (layout is { } read)
            {
                return read;
            }

            // Whether the file stores the tallies per year (0050; an older file does not), and the
            // longest span of an event known at both ends (the span is NULL for an event open at either
            // end: those are ranges of their own), read from the index events_span when the file has it.
            var rows = await QueryAsync<FileLayout>(
                """
                SELECT EXISTS (SELECT 1 FROM sqlite_schema WHERE name = 'event_year_tallies'),
                  EXISTS (SELECT 1 FROM sqlite_schema WHERE name = 'event_search') AND EXISTS (SELECT 1 FROM sqlite_schema WHERE name = 'statement_search')
                    AND EXISTS (SELECT 1 FROM sqlite_schema WHERE name = 'agreement_search'),
                  CASE WHEN EXISTS (SELECT 1 FROM sqlite_schema WHERE type = 'index' AND name = 'events_span')
                    THEN (SELECT max(julianday(date_latest) - julianday(date_earliest)) FROM events) END,
                  EXISTS (SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'timeline_rows'),
                  EXISTS (SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'statement_rows'),
                  EXISTS (SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'agreement_rows')
                """,
                static _ => static r => new FileLayout
                {
                    HasYearTallies = r.GetInt64(0) != 0,
                    HasSpellingSearch = r.GetInt64(1) != 0,
                    LongestEventSpan = r.IsDBNull(2) ? null : (long)Math.Ceiling(r.GetDouble(2)),
                    HasTimelineRows = r.GetInt64(3) != 0,
                    HasStatementRows = r.GetInt64(4) != 0,
                    HasAgreementRows = r.GetInt64(5) != 0,
                },
                cancellationToken).ConfigureAwait(false);
            layout = rows[0];
            return rows[0];
        }
        finally
        {
            layoutLock.Release();
        }
    }

    /// <summary>
    /// Runs one of the library's queries on a connection of its own (rented for the query, so that
    /// queries from many threads never share one), on that connection's prepared command for the SQL
    /// (SQLite prepares the statement, with every view it expands, once per connection rather than per
    /// call), reading each row with the parser <paramref name="parser"/> gives for the query's columns
    /// (see <see cref="RowParsers"/>). Parameters the SQL does not name are not bound.
    /// </summary>
    private async Task<IReadOnlyList<T>> QueryAsync<T>(string sql, Func<System.Data.Common.DbDataReader, Func<System.Data.Common.DbDataReader, T>> parser, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var session = await sessions.RentAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var command = session.Commands.Get(sql, parameters);
            Executing?.Invoke(command);
            using var interrupt = Interrupt(session.Connection, cancellationToken);
            try
            {
                var rows = new List<T>();
                using (var reader = command.ExecuteReader())
                {
                    var read = parser(reader);
                    while (reader.Read())
                    {
                        rows.Add(read(reader));
                        if (cancellationToken.IsCancellationRequested)
                        {
                            break;
                        }
                    }
                }

                cancellationToken.ThrowIfCancellationRequested();
                return rows;
            }
            catch (SqliteException ex) when (ex.SqliteErrorCode == Interrupted && cancellationToken.IsCancellationRequested)
            {
                throw new OperationCanceledException(cancellationToken);
            }
        }
        catch (SqliteException ex) when (OlderRelease(ex) is { } older)
        {
            throw older;
        }
        finally
        {
            sessions.Return(session);
        }
    }

    /// <summary>
    /// For a query that failed because the file lacks a table, view or column this library reads, and the
    /// file is of an older schema: a refusal that names the file's release and what to do, instead of
    /// SQLite's "no such column". Null for any other failure.
    /// </summary>
    private DatasetFileException? OlderRelease(SqliteException ex) =>
        ex.SqliteErrorCode == 1 && SchemaVersion < DatasetFormat.SchemaVersion
        && (ex.Message.Contains("no such table", StringComparison.Ordinal) || ex.Message.Contains("no such column", StringComparison.Ordinal))
            ? new DatasetFileException(Path, DatasetFileProblem.OlderSchema, LibraryMessages.OlderRelease(Path, DatasetVersion, SchemaVersion))
            : null;

    /// <summary>What <see cref="LayoutAsync"/> reads of the open file once.</summary>
    private sealed record FileLayout
    {
        /// <summary>Whether the file stores event_year_tallies (built with script 0050 or later).</summary>
        public required bool HasYearTallies { get; init; }

        /// <summary>Whether the file has the search indexes of every recorded spelling (event_search, statement_search, agreement_search; script 0053).</summary>
        public required bool HasSpellingSearch { get; init; }

        /// <summary>The longest span in days of an event known at both ends, or null when no bound helps.</summary>
        public required long? LongestEventSpan { get; init; }

        /// <summary>Whether the file stores the timeline's rows in date order (timeline_rows; script 0056).</summary>
        public required bool HasTimelineRows { get; init; }

        /// <summary>Whether the file stores the statements by speaker and date (statement_rows; script 0091).</summary>
        public required bool HasStatementRows { get; init; }

        /// <summary>Whether the file stores the agreements with their lists (agreement_rows; script 0091).</summary>
        public required bool HasAgreementRows { get; init; }
    }
}
