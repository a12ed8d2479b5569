using Dapper;
using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations;

/// <summary>
/// The Azerbaijan–Syria relations dataset, opened read-only. <see cref="OpenAsync(CancellationToken)"/>
/// opens the database that ships with this library; every query can be restricted with a
/// <see cref="SourceFilter"/>, and <see cref="Connection"/> serves ad-hoc SQL with Dapper.
/// </summary>
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
    /// The most different words <see cref="SearchAsync"/> takes. Every word must match, so more words
    /// only narrow a search, while SQLite's full-text engine takes time that grows with the square of
    /// their number (25,000 words took minutes); a longer text is refused rather than left to run.
    /// </summary>
    public const int MaxSearchWords = 64;

    private const int Interrupted = 9; // SQLITE_INTERRUPT

    private const string TimelineOrder = "coalesce(t.date_earliest, t.date_latest), t.date_latest, t.event_id";

    static RelationsDataset() => RowMapping.Register();

    private readonly ReadOnlyFile file;
    private readonly PreparedCommands commands;
    private string? longestEventSpan;

    private RelationsDataset(ReadOnlyFile file, int schemaVersion, string? datasetVersion)
    {
        this.file = file;
        commands = new PreparedCommands(file.Connection);
        SchemaVersion = schemaVersion;
        DatasetVersion = datasetVersion ?? "unknown";
    }

    /// <summary>Where the bundled database is: next to this library's assembly.</summary>
    public static string DefaultDatabasePath => System.IO.Path.Combine(AppContext.BaseDirectory, DatabaseFileName);

    /// <summary>
    /// The open, read-only connection, for ad-hoc SQL (for example with Dapper). Do not close it.
    /// It only reads, whatever the SQL says: a statement that would write, attach or create a file
    /// (<c>ATTACH</c>, <c>VACUUM INTO</c>), or set a pragma, fails with SQLite error 23 ("not
    /// authorized") before it starts. A cancellation token passed to a query on it is seen only
    /// between rows; to stop a long statement, wrap the query in <see cref="InterruptWhenCancelled"/>.
    /// </summary>
    public SqliteConnection Connection => file.Connection;

    /// <summary>The full path of the open file.</summary>
    public string Path => file.Path;

    /// <summary>The schema version of the file (<c>PRAGMA user_version</c>).</summary>
    public int SchemaVersion { get; }

    /// <summary>The dataset's release version recorded in the file, e.g. <c>1.0.0</c>.</summary>
    public string DatasetVersion { get; }

    /// <summary>What the last statement refused on <see cref="Connection"/> would have done, for the tool's message.</summary>
    public string? LastRefusal => file.Guard.LastRefusal;

    /// <summary>How many statements the connection's guard has refused (see <see cref="ReadOnlyGuard.Refusals"/>).</summary>
    public int Refusals => file.Guard.Refusals;

    /// <summary>Called with each command of a typed query just before it runs (the query-plan tests read its SQL and parameters).</summary>
    internal Action<SqliteCommand>? Executing { get; set; }

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
    public static RelationsDataset Open(string path)
    {
        var file = ReadOnlyFile.Open(FullPath(path), requireDataset: true);
        try
        {
            var (schemaVersion, version) = ReadVersions(file.Connection);
            return new RelationsDataset(file, schemaVersion, version);
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
    public static async Task<RelationsDataset> OpenAsync(string path, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var file = await ReadOnlyFile.OpenAsync(FullPath(path), requireDataset: true, cancellationToken).ConfigureAwait(false);
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (schemaVersion, version) = ReadVersions(file.Connection);
            return new RelationsDataset(file, schemaVersion, version);
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
        cancellationToken.Register(static state =>
        {
            var connection = (SqliteConnection)state!;
            if (connection.Handle is { } handle)
            {
                SQLitePCL.raw.sqlite3_interrupt(handle);
            }
        }, Connection);

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
    /// topic. Between two days means that the event may fall in them (<see cref="DateRangeMatch.Possible"/>:
    /// some day its sources leave possible is in the range, an open bound left open); for events
    /// certainly in the range, use the overload that takes a <see cref="DateRangeMatch"/>.
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
        GetTimelineAsync(from, to, DateRangeMatch.Possible, cameoRoot, topic, sources, cancellationToken);

    /// <summary>
    /// The events in date order between two days, read as <paramref name="match"/> says: events that
    /// may fall in the range (<see cref="DateRangeMatch.Possible"/>), or only those certainly in it
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
        // An event from `from` on has its latest day on or after it, so its earliest day is at most the
        // longest event's span before it: that bound makes the dates a range of the index events_start.
        var lowest = from is { } day ? await EarliestStartReachingAsync(day, cancellationToken).ConfigureAwait(false) : null;
        var where = new List<string>(6);
        if (from is not null)
        {
            if (match == DateRangeMatch.Certain)
            {
                where.Add("t.date_earliest >= $from");
                where.Add("coalesce(t.date_earliest, t.date_latest) >= $from");
            }
            else
            {
                where.Add("(t.date_latest IS NULL OR t.date_latest >= $from)");
            }
        }

        if (to is not null)
        {
            if (match == DateRangeMatch.Certain)
            {
                where.Add("t.date_latest <= $to");
                where.Add("coalesce(t.date_earliest, t.date_latest) <= $to");
            }
            else
            {
                where.Add("(t.date_earliest IS NULL OR t.date_earliest <= $to)");
            }
        }

        if (cameoRoot is not null)
        {
            where.Add("t.cameo_code IN (SELECT cameo_code FROM cameo_codes WHERE root_code = $cameoRoot)");
        }

        if (topic is not null)
        {
            where.Add("t.event_id IN (SELECT event_id FROM event_topics WHERE topic_id = $topic)");
        }

        var sourceFilter = SourceFilterSql.For(sources, "event_id", "t.event_id", "t.evidence_status");
        (string, object?)[] parameters = [("$from", Iso(from)), ("$lowest", lowest), ("$to", Iso(to)), ("$cameoRoot", cameoRoot), ("$topic", topic)];
        if (match == DateRangeMatch.Certain || lowest is null)
        {
            var sql = $"SELECT {RowReaders.TimelineEventColumns} FROM timeline AS t WHERE {Conditions(where, sourceFilter)} ORDER BY {TimelineOrder}";
            return await QueryAsync(sql, RowReaders.TimelineEvent, cancellationToken, parameters).ConfigureAwait(false);
        }

        // Two index ranges, in the timeline's order: the events of unknown date (both bounds open, so
        // they may fall anywhere; their key is NULL and sorts first), then the dated ones from the
        // lowest day an event reaching `from` can start on.
        var unknown = $"SELECT {RowReaders.TimelineEventColumns} FROM timeline AS t WHERE {Conditions([.. where, "coalesce(t.date_earliest, t.date_latest) IS NULL"], sourceFilter)} ORDER BY {TimelineOrder}";
        var dated = $"SELECT {RowReaders.TimelineEventColumns} FROM timeline AS t WHERE {Conditions([.. where, "coalesce(t.date_earliest, t.date_latest) >= $lowest"], sourceFilter)} ORDER BY {TimelineOrder}";
        var first = await QueryAsync(unknown, RowReaders.TimelineEvent, cancellationToken, parameters).ConfigureAwait(false);
        var rest = await QueryAsync(dated, RowReaders.TimelineEvent, cancellationToken, parameters).ConfigureAwait(false);
        return [.. first, .. rest];
    }

    /// <summary>One event with its participants, statements, citations and discrepancies.</summary>
    /// <param name="eventId">The event's id.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The event, or null when there is none with that id.</returns>
    public async Task<EventDetails?> GetEventAsync(string eventId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventId);
        var id = ("$eventId", (object?)eventId);
        var events = await QueryAsync($"SELECT {RowReaders.TimelineEventColumns} FROM timeline WHERE event_id = $eventId", RowReaders.TimelineEvent, cancellationToken, id).ConfigureAwait(false);
        if (events.Count == 0)
        {
            return null;
        }

        return new EventDetails
        {
            Event = events[0],
            Participants = await QueryAsync(
                """
                SELECT participant_kind, participant_id_text, name, role, position_id, position
                FROM participant_labels WHERE event_id = $eventId ORDER BY participant_labels.participant_id
                """, RowReaders.EventParticipant, cancellationToken, id).ConfigureAwait(false),
            Statements = await QueryAsync(
                $"SELECT {RowReaders.StatementColumns} FROM statement_details WHERE event_id = $eventId ORDER BY statement_id", RowReaders.Statement, cancellationToken, id).ConfigureAwait(false),
            Citations = await QueryAsync(
                $"SELECT {RowReaders.CitationColumns} FROM citation_details WHERE subject_kind = 'event' AND subject_id = $eventId ORDER BY citation_id", RowReaders.Citation, cancellationToken, id).ConfigureAwait(false),
            Discrepancies = await QueryAsync(
                $"""
                SELECT {RowReaders.DiscrepancyColumns} FROM discrepancy_details
                WHERE (subject_kind = 'event' AND subject_id = $eventId)
                   OR (subject_kind = 'agreement' AND subject_id IN (SELECT agreement_id FROM agreement_events WHERE event_id = $eventId))
                ORDER BY discrepancy_id
                """, RowReaders.Discrepancy, cancellationToken, id).ConfigureAwait(false),
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
            SELECT {RowReaders.TimelineEventColumns} FROM timeline AS t
            WHERE t.event_id IN (SELECT event_id FROM event_participants WHERE person_id = $personId
                                 UNION SELECT event_id FROM statements WHERE speaker_person_id = $personId)
              AND {SourceFilterSql.For(sources, "event_id", "t.event_id", "t.evidence_status")}
            ORDER BY {TimelineOrder}
            """;
        return await QueryAsync(sql, RowReaders.TimelineEvent, cancellationToken, ("$personId", personId)).ConfigureAwait(false);
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
        return await QueryAsync(sql, RowReaders.Person, cancellationToken, ("$folded", ReadOnlyFile.CaseFold(name))).ConfigureAwait(false);
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
        var sql = $"""
            SELECT {RowReaders.PersonPositionSelect(SchemaVersion)} FROM person_positions AS pp
            WHERE pp.start_latest <= $date
              AND pp.end_earliest >= $date
              AND {SourceFilterSql.For(sources, "position_id", "pp.position_id", "pp.evidence_status")}
            ORDER BY pp.person_name, pp.position
            """;
        return await QueryAsync(sql, RowReaders.PersonPosition, cancellationToken, ("$date", Iso(date))).ConfigureAwait(false);
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
            SELECT {RowReaders.PersonPositionSelect(SchemaVersion)} FROM person_positions AS pp
            WHERE {Conditions(personId is null ? [] : ["pp.person_id = $personId"], SourceFilterSql.For(sources, "position_id", "pp.position_id", "pp.evidence_status"))}
            ORDER BY pp.person_name, coalesce(pp.start_latest, pp.start_earliest), pp.position_id
            """;
        return await QueryAsync(sql, RowReaders.PersonPosition, cancellationToken, ("$personId", personId)).ConfigureAwait(false);
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

        var sql = $"""
            SELECT {RowReaders.AgreementColumns} FROM agreement_details AS a
            WHERE {Conditions(where, SourceFilterSql.For(sources, "agreement_id", "a.agreement_id", "a.evidence_status"))}
            ORDER BY coalesce(a.date_earliest, a.date_latest), a.agreement_id
            """;
        return await QueryAsync(sql, RowReaders.Agreement, cancellationToken, ("$party", party), ("$kind", kind), ("$topic", topic)).ConfigureAwait(false);
    }

    /// <summary>The aid deliveries, in date order.</summary>
    /// <param name="sources">Which facts to include.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The deliveries.</returns>
    public async Task<IReadOnlyList<AidDelivery>> GetAidDeliveriesAsync(
        SourceFilter sources = SourceFilter.All, CancellationToken cancellationToken = default)
    {
        var sql = $"""
            SELECT {RowReaders.AidDeliveryColumns} FROM aid_delivery_details AS a
            WHERE {SourceFilterSql.For(sources, "aid_delivery_id", "a.aid_delivery_id", "a.evidence_status")}
            ORDER BY coalesce(a.date_earliest, a.date_latest), a.aid_delivery_id
            """;
        return await QueryAsync(sql, RowReaders.AidDelivery, cancellationToken).ConfigureAwait(false);
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
        var rows = await QueryAsync(sql, RowReaders.AidTotals, cancellationToken).ConfigureAwait(false);
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
        var filter = SourceFilterSql.For(sources, "event_id", "e.event_id", "e.evidence_status");
        var sql = $"""
            WITH coded AS (
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
        return await QueryAsync(sql, RowReaders.YearlyEventCount, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Each country's diplomatic presence in the other, year by year from 1992: the mission's status
    /// at the end of the year, the head of mission's rank and its Correlates of War code.
    /// </summary>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The rows of the <c>representation_by_year</c> view, by year and sending country.</returns>
    public async Task<IReadOnlyList<RepresentationYear>> GetRepresentationAsync(CancellationToken cancellationToken = default) =>
        await QueryAsync(
            $"SELECT {RowReaders.RepresentationYearColumns} FROM representation_by_year ORDER BY year, sending_country_id", RowReaders.RepresentationYear, cancellationToken).ConfigureAwait(false);

    /// <summary>Statements, optionally by one speaker (a person or organization id), in date order.</summary>
    /// <param name="speakerId">A person or organization id, or null for all.</param>
    /// <param name="sources">Which facts to include.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The statements.</returns>
    public async Task<IReadOnlyList<Statement>> GetStatementsAsync(
        string? speakerId = null, SourceFilter sources = SourceFilter.All, CancellationToken cancellationToken = default)
    {
        var sql = $"""
            SELECT {RowReaders.StatementColumns} FROM statement_details AS s
            WHERE {Conditions(speakerId is null ? [] : ["s.speaker_id = $speakerId"], SourceFilterSql.For(sources, "statement_id", "s.statement_id", "s.evidence_status"))}
            ORDER BY coalesce(s.date_earliest, s.date_latest), s.event_id, s.statement_id
            """;
        return await QueryAsync(sql, RowReaders.Statement, cancellationToken, ("$speakerId", speakerId)).ConfigureAwait(false);
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
            SELECT {RowReaders.TradeFlowColumns} FROM trade_flows AS tf
            WHERE {Conditions(year is null ? [] : ["tf.year = $year"], SourceFilterSql.For(sources, "trade_flow_id", "tf.trade_flow_id", null))}
            ORDER BY tf.year, coalesce(tf.commodity, ''), tf.flow
            """;
        return await QueryAsync(sql, RowReaders.TradeFlow, cancellationToken, ("$year", year)).ConfigureAwait(false);
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
            $"SELECT {RowReaders.CitationColumns} FROM citation_details WHERE subject_kind = $subjectKind AND subject_id = $subjectId ORDER BY citation_id",
            RowReaders.Citation, cancellationToken, ("$subjectKind", subjectKind), ("$subjectId", subjectId)).ConfigureAwait(false);
    }

    /// <summary>Every source of the dataset.</summary>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The sources, the article first, then by id.</returns>
    public async Task<IReadOnlyList<Source>> GetSourcesAsync(CancellationToken cancellationToken = default) =>
        await QueryAsync($"SELECT {RowReaders.SourceColumns} FROM sources ORDER BY kind <> 'article', source_id", RowReaders.Source, cancellationToken).ConfigureAwait(false);

    /// <summary>Every recorded disagreement between sources.</summary>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The discrepancies, by id.</returns>
    public async Task<IReadOnlyList<Discrepancy>> GetDiscrepanciesAsync(CancellationToken cancellationToken = default) =>
        await QueryAsync($"SELECT {RowReaders.DiscrepancyColumns} FROM discrepancy_details ORDER BY discrepancy_id", RowReaders.Discrepancy, cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// Full-text search over the titles and summaries of events, statements and agreements, best
    /// matches first (BM25). Every word must match; accents are ignored ("Turkiye" finds "Türkiye").
    /// The text may use what FTS5 users type: <c>"exact phrases"</c>, prefixes (<c>energ*</c>), and
    /// <c>OR</c>, <c>AND</c>, <c>NOT</c> (in capitals) between terms, with parentheses to group
    /// (<c>gas OR aid</c>, <c>"gas supply" NOT Israel</c>); punctuation inside a word is part of the word.
    /// </summary>
    /// <param name="text">The words to look for.</param>
    /// <param name="limit">The most results to return.</param>
    /// <param name="sources">Which facts to include.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The matches, best first; empty when <paramref name="text"/> has no words.</returns>
    /// <exception cref="ArgumentException"><paramref name="text"/> has more than <see cref="MaxSearchWords"/> different words, or is not a query FTS5 can read (an open quote or parenthesis, an operator with nothing on one side); the message says which.</exception>
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
        var sql = $"""
            WITH
              event_hits AS (
                SELECT events_fts.rowid AS hit, bm25(events_fts) AS rank, e.event_id AS id FROM events_fts JOIN events AS e ON e.rowid = events_fts.rowid
                WHERE events_fts MATCH $query AND {SourceFilterSql.For(sources, "event_id", "e.event_id", "e.evidence_status")}
                ORDER BY rank, id LIMIT $limit),
              statement_hits AS (
                SELECT statements_fts.rowid AS hit, bm25(statements_fts) AS rank, s.statement_id AS id FROM statements_fts JOIN statements AS s ON s.rowid = statements_fts.rowid
                  JOIN events AS se ON se.event_id = s.event_id
                WHERE statements_fts MATCH $query AND {SourceFilterSql.For(sources, "statement_id", "s.statement_id", "se.evidence_status")}
                ORDER BY rank, id LIMIT $limit),
              agreement_hits AS (
                SELECT agreements_fts.rowid AS hit, bm25(agreements_fts) AS rank, a.agreement_id AS id FROM agreements_fts JOIN agreements AS a ON a.rowid = agreements_fts.rowid
                WHERE agreements_fts MATCH $query AND {SourceFilterSql.For(sources, "agreement_id", "a.agreement_id", "a.evidence_status")}
                ORDER BY rank, id LIMIT $limit),
              best AS (
                SELECT 'event' AS kind, hit, rank, id FROM event_hits
                UNION ALL SELECT 'statement', hit, rank, id FROM statement_hits
                UNION ALL SELECT 'agreement', hit, rank, id FROM agreement_hits
                ORDER BY rank, kind, id LIMIT $limit)
            SELECT b.kind AS kind, b.id AS id, e.title AS title, snippet(events_fts, -1, '[', ']', '…', 16) AS snippet, b.rank AS rank
            FROM best AS b JOIN events_fts ON events_fts.rowid = b.hit JOIN events AS e ON e.rowid = b.hit
            WHERE b.kind = 'event' AND events_fts MATCH $query
            UNION ALL
            SELECT b.kind, b.id, coalesce(p.name, o.name), snippet(statements_fts, 0, '[', ']', '…', 16), b.rank
            FROM best AS b JOIN statements_fts ON statements_fts.rowid = b.hit JOIN statements AS s ON s.rowid = b.hit
              LEFT JOIN people AS p ON p.person_id = s.speaker_person_id
              LEFT JOIN organizations AS o ON o.organization_id = s.speaker_organization_id
            WHERE b.kind = 'statement' AND statements_fts MATCH $query
            UNION ALL
            SELECT b.kind, b.id, a.title, snippet(agreements_fts, -1, '[', ']', '…', 16), b.rank
            FROM best AS b JOIN agreements_fts ON agreements_fts.rowid = b.hit JOIN agreements AS a ON a.rowid = b.hit
            WHERE b.kind = 'agreement' AND agreements_fts MATCH $query
            ORDER BY 5, 1, 2
            """;
        return await QueryAsync(sql, RowReaders.SearchHit, cancellationToken, ("$query", query), ("$limit", limit)).ConfigureAwait(false);
    }

    /// <summary>Rows per table of the dataset, by table name (SQLite's own tables, search indexes and the migration journal left out).</summary>
    /// <returns>The counts, ordered by table name.</returns>
    public IReadOnlyDictionary<string, long> GetRowCounts()
    {
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in SchemaCatalog.Read(Connection).Tables)
        {
            counts[table.Name] = Connection.ExecuteScalar<long>($"SELECT count(*) FROM {SchemaCatalog.Quote(table.Name)}");
        }

        return counts;
    }

    /// <summary>Closes the connection.</summary>
    public void Dispose()
    {
        commands.Dispose();
        file.Dispose();
    }

    /// <summary>Closes the connection.</summary>
    /// <returns>A task that completes when the connection is closed.</returns>
    public ValueTask DisposeAsync()
    {
        commands.Dispose();
        return file.DisposeAsync();
    }

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The conditions of a WHERE clause, joined with AND (the source filter always among them).</summary>
    private static string Conditions(IEnumerable<string> conditions, string sourceFilter) =>
        string.Join("\n  AND ", conditions.Append(sourceFilter));

    /// <summary>
    /// The earliest first day an event can have and still reach <paramref name="from"/>: <paramref name="from"/>
    /// less the longest span of any event (read once per open file, from the index events_span); null
    /// when no bound helps (a file without that index, or no dated event).
    /// </summary>
    private async Task<string?> EarliestStartReachingAsync(DateOnly from, CancellationToken cancellationToken)
    {
        if (longestEventSpan is null)
        {
            var hasIndex = await QueryAsync("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name = 'events_span'", r => r.GetInt64(0), cancellationToken).ConfigureAwait(false);
            var span = hasIndex[0] == 0 ? [null] : await QueryAsync(
                // An event open at its end (no latest day) may reach any later day, so no bound is safe then.
                "SELECT CASE WHEN EXISTS (SELECT 1 FROM events WHERE date_latest IS NULL AND date_earliest IS NOT NULL) THEN NULL ELSE max(julianday(date_latest) - julianday(date_earliest)) END FROM events",
                r => r.IsDBNull(0) ? (double?)null : r.GetDouble(0), cancellationToken).ConfigureAwait(false);
            longestEventSpan = span[0] is { } days ? ((long)Math.Ceiling(days)).ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty;
        }

        if (longestEventSpan.Length == 0)
        {
            return null;
        }

        var lowest = from.DayNumber - long.Parse(longestEventSpan, System.Globalization.CultureInfo.InvariantCulture);
        return lowest <= DateOnly.MinValue.DayNumber ? null : Iso(DateOnly.FromDayNumber((int)lowest));
    }

    /// <summary>
    /// Runs one of the library's queries on its prepared command (kept per connection, so SQLite
    /// prepares the statement, with every view it expands, once per open file rather than per call),
    /// reading each row with <paramref name="read"/>. Parameters the SQL does not name are not bound.
    /// </summary>
    private async Task<IReadOnlyList<T>> QueryAsync<T>(string sql, Func<SqliteDataReader, T> read, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var command = commands.Get(sql, parameters);
        Executing?.Invoke(command);
        using var interrupt = InterruptWhenCancelled(cancellationToken);
        try
        {
            var rows = new List<T>();
            using (var reader = command.ExecuteReader())
            {
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
}
