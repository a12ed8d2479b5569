using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations;

/// <summary>The dataset's history: its change log, and facts as they stood in an earlier release.</summary>
public sealed partial class RelationsDataset
{
    private const string ChangeLogTable = "fact_changes";

    private const string UnloggedTable = "fact_changes_unlogged";

    /// <summary>
    /// The newest release whose facts this file holds: its <see cref="DatasetVersion"/>, or the release
    /// its change log records (<c>change_context</c>, <c>fact_changes</c>), whichever is later.
    /// </summary>
    public string NewestRelease => newestRelease ??= ReadNewestRelease().ToString();

    private string? newestRelease;

    /// <summary>
    /// The dataset's change log: every fact a release added or withdrew and every field it corrected,
    /// with the old and new value, the reason and its source, in the order the changes were made.
    /// The log starts with release 2.0.0 (a file of 1.0.0 has none, and gives an empty list).
    /// </summary>
    /// <param name="tableName">Only the changes to this table, e.g. <c>events</c>; null for every table.</param>
    /// <param name="rowKey">Only the changes to this row (its primary key as text, composite keys joined by <c>/</c>); null for every row.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The changes, oldest first.</returns>
    public async Task<IReadOnlyList<FactChange>> GetFactChangesAsync(
        string? tableName = null, string? rowKey = null, CancellationToken cancellationToken = default)
    {
        if (!HasTable(ChangeLogTable))
        {
            return [];
        }

        var filters = new List<string>();
        if (tableName is not null)
        {
            filters.Add("table_name = $tableName");
        }

        if (rowKey is not null)
        {
            filters.Add("row_key = $rowKey");
        }

        var sql = $"SELECT * FROM fact_changes{(filters.Count == 0 ? string.Empty : " WHERE " + string.Join(" AND ", filters))} ORDER BY change_id";
        return await QueryAsync(sql, RowParsers.FactChange, cancellationToken, ("$tableName", tableName), ("$rowKey", rowKey)).ConfigureAwait(false);
    }

    /// <summary>
    /// Where a fact lives: every migration script that added, changed or removed one row of a fact
    /// table, oldest first, each change field by field. The change log (<c>fact_changes</c>, with the
    /// script of each change) gives the changes from release 2.0.0 on, with their reasons; what it does
    /// not hold is given too (<c>fact_changes_unlogged</c>, which a build fills by comparing the facts
    /// before and after each script: everything the scripts before the log did, and the corrections a
    /// release makes to a row it added itself). A set-based correction (<c>UPDATE … WHERE …</c> naming no
    /// row) is listed for exactly the rows it changed.
    /// </summary>
    /// <remarks>
    /// A file built before 3.0.0 has no scripts in its log and no record of the scripts before the log:
    /// only its logged changes are given, with a null <see cref="FactHistoryEntry.Script"/>. A file
    /// upgraded in place from such a file lacks them the same way; build it afresh.
    /// </remarks>
    /// <param name="tableName">A fact table, e.g. <c>events</c>.</param>
    /// <param name="rowKey">The row's primary key as text (a composite key's columns joined by <c>/</c>, as in <c>fact_changes.row_key</c>).</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The changes, in the order the scripts ran (a change made outside a build last); empty for a row no script touched.</returns>
    public async Task<IReadOnlyList<FactHistoryEntry>> GetFactHistoryAsync(string tableName, string rowKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tableName);
        ArgumentNullException.ThrowIfNull(rowKey);
        var parts = new List<string>();
        if (HasTable(ChangeLogTable))
        {
            var script = HasColumn(ChangeLogTable, "script") ? "script" : "NULL";
            parts.Add($"SELECT {script} AS script, release, action, field, old_value, new_value, reason, source_id, 1 AS logged, change_id FROM fact_changes WHERE table_name = $tableName AND row_key = $rowKey");
        }

        if (HasTable(UnloggedTable))
        {
            parts.Add($"SELECT script, NULL, action, field, old_value, new_value, NULL, NULL, 0, change_id FROM {UnloggedTable} WHERE table_name = $tableName AND row_key = $rowKey");
        }

        if (parts.Count == 0)
        {
            return [];
        }

        // Script names start with their number, so their order is the order they ran in.
        var sql = $"SELECT * FROM ({string.Join("\nUNION ALL\n", parts)})\nORDER BY script IS NULL, script, logged, change_id";
        return await QueryAsync(sql, RowParsers.FactHistoryEntry, cancellationToken, ("$tableName", tableName), ("$rowKey", rowKey)).ConfigureAwait(false);
    }

    /// <summary>
    /// An event's row of the <c>events</c> table as it stood in <paramref name="release"/>; see
    /// <see cref="GetFactAsOfAsync"/>.
    /// </summary>
    /// <param name="eventId">The event's id.</param>
    /// <param name="release">A release such as <c>1.0.0</c>, no newer than the file's own.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The event's fields in that release, or null when it did not exist then (it was added later, or withdrawn before) or does not exist at all.</returns>
    /// <exception cref="ArgumentException"><paramref name="release"/> is not <c>MAJOR.MINOR.PATCH</c>, is before 1.0.0, or is newer than the file.</exception>
    public Task<FactAsOf?> GetEventAsOfAsync(string eventId, string release, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventId);
        return GetFactAsOfAsync("events", eventId, release, cancellationToken);
    }

    /// <summary>
    /// A row of a fact table as it stood in <paramref name="release"/>: today's row with every change
    /// the change log records after that release undone, newest first (a correction puts back its old
    /// value, a withdrawal brings back the row the log kept, an addition means the row did not exist).
    /// </summary>
    /// <remarks>
    /// <para>What it can answer: any row of a table the change log watches, in any release from 1.0.0 to
    /// the file's own. Releases before 2.0.0 kept no log; the facts of 1.0.0 are the log's baseline,
    /// so "as of 1.0.0" is today's row with every change of 2.0.0 and later undone, and a row that 2.0.0
    /// (or later) added did not exist in 1.0.0. A release that was never published (1.5.0, say) is
    /// answered as the last release before it.</para>
    /// <para>What it cannot answer: a change made without the log (the four scripts of release 2.0.0
    /// that ran before the log was created: they rebuilt tables, added empty columns and loaded the
    /// CAMEO reference files and their sources, which therefore read as if 1.0.0 had them); which
    /// columns a table had in a release (a column added later is reported with its value before the
    /// log's first correction, NULL for a column added empty); the views (they are computed from the
    /// tables); and a release newer than the file. Compare with the file of that release for those.</para>
    /// </remarks>
    /// <param name="tableName">A fact table, e.g. <c>events</c>, <c>statements</c> or <c>citations</c>.</param>
    /// <param name="rowKey">The row's primary key as text (a composite key's columns joined by <c>/</c>, as in <c>fact_changes.row_key</c>).</param>
    /// <param name="release">A release such as <c>1.0.0</c>, no newer than the file's own.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The row's fields in that release, or null when it did not exist then or does not exist at all.</returns>
    /// <exception cref="ArgumentException"><paramref name="release"/> is not <c>MAJOR.MINOR.PATCH</c>, is before 1.0.0, or is newer than the file; or <paramref name="tableName"/> is not a table with a primary key.</exception>
    public async Task<FactAsOf?> GetFactAsOfAsync(string tableName, string rowKey, string release, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tableName);
        ArgumentNullException.ThrowIfNull(rowKey);
        var asOf = CheckRelease(release);
        var table = WithSession(c => SchemaCatalog.Read(c)).Tables.FirstOrDefault(t => t.Name == tableName && t.PrimaryKey.Count > 0)
            ?? throw new ArgumentException(LibraryMessages.NoFactTable(tableName), nameof(tableName));

        var keySql = string.Join(" || '/' || ", table.PrimaryKey.Select(c => $"CAST({SchemaCatalog.Quote(c)} AS TEXT)"));
        var rows = await QueryRowsAsync($"SELECT * FROM {SchemaCatalog.Quote(table.Name)} WHERE {keySql} = $rowKey", rowKey, cancellationToken);
        var state = rows.Count == 0 ? null : new Dictionary<string, object?>(rows[0], StringComparer.Ordinal);

        var since = (await GetFactChangesAsync(tableName, rowKey, cancellationToken))
            .Where(c => !ReleaseVersion.TryParse(c.Release, out var made) || made > asOf)
            .ToList();
        for (var i = since.Count - 1; i >= 0; i--)
        {
            var change = since[i];
            switch (change.Action)
            {
                case "add":
                    state = null; // before it was added, the row did not exist
                    break;
                case "withdraw":
                    state = change.OldValue is string json ? ReadRow(json) : null;
                    break;
                default:
                    if (state is not null && change.Field is not null)
                    {
                        state[change.Field] = change.OldValue;
                    }

                    break;
            }
        }

        return state is null
            ? null
            : new FactAsOf { TableName = tableName, RowKey = rowKey, Release = asOf.ToString(), Fields = state, ChangesSince = since };
    }

    private ReleaseVersion CheckRelease(string release)
    {
        ArgumentNullException.ThrowIfNull(release);
        if (!ReleaseVersion.TryParse(release, out var asOf))
        {
            throw new ArgumentException(LibraryMessages.NotARelease(release), nameof(release));
        }

        if (asOf < ReleaseVersion.First)
        {
            throw new ArgumentException(LibraryMessages.ReleaseBeforeFirst(release), nameof(release));
        }

        if (ReleaseVersion.TryParse(NewestRelease, out var newest) && asOf > newest)
        {
            throw new ArgumentException(LibraryMessages.ReleaseAfterFile(release, NewestRelease, Path), nameof(release));
        }

        return asOf;
    }

    private ReleaseVersion ReadNewestRelease()
    {
        var releases = new List<string?> { DatasetVersion };
        if (HasTable("change_context"))
        {
            releases.AddRange(WithSession(c => c.Query<string?>("SELECT release FROM change_context").ToList()));
        }

        if (HasTable(ChangeLogTable))
        {
            releases.AddRange(WithSession(c => c.Query<string?>("SELECT DISTINCT release FROM fact_changes").ToList()));
        }

        return ReleaseVersion.Newest(releases) ?? ReleaseVersion.First;
    }

    private bool HasTable(string name) => WithSession(c =>
        c.ExecuteScalar<long>("SELECT count(*) FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name = @name", new { name }) > 0);

    private bool HasColumn(string table, string column) => WithSession(c =>
        c.ExecuteScalar<long>("SELECT count(*) FROM pragma_table_info(@table) WHERE name = @column", new { table, column }) > 0);

    /// <summary>Runs <paramref name="work"/> on a connection of the dataset's own, rented for it alone (see <see cref="QuerySessions"/>).</summary>
    private TResult WithSession<TResult>(Func<SqliteConnection, TResult> work)
    {
        var session = sessions.Rent();
        try
        {
            return work(session.Connection);
        }
        finally
        {
            sessions.Return(session);
        }
    }

    /// <summary>A row the log kept as a JSON object (<c>json_object</c> of every column), with SQLite's types: integers as long, other numbers as double.</summary>
    private static Dictionary<string, object?> ReadRow(string json)
    {
        using var document = JsonDocument.Parse(json);
        var row = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            row[property.Name] = property.Value.ValueKind switch
            {
                JsonValueKind.Null => null,
                JsonValueKind.String => property.Value.GetString(),
                JsonValueKind.Number => property.Value.TryGetInt64(out var l) ? l : property.Value.GetDouble(),
                JsonValueKind.True => 1L,
                JsonValueKind.False => 0L,
                _ => property.Value.GetRawText(),
            };
        }

        return row;
    }

    // Rows of any table as name/value pairs: read by hand, as the columns are known only at run time
    // (Dapper's dynamic rows are built with code emitted at run time, which NativeAOT does not allow).
    private async Task<IReadOnlyList<IDictionary<string, object?>>> QueryRowsAsync(string sql, string rowKey, CancellationToken cancellationToken)
    {
        var session = await sessions.RentAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var interrupt = Interrupt(session.Connection, cancellationToken);
            await using var command = session.Connection.CreateCommand();
            command.CommandText = sql;
            command.Parameters.AddWithValue("$rowKey", rowKey);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            var rows = new List<IDictionary<string, object?>>();
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var row = new Dictionary<string, object?>(reader.FieldCount, StringComparer.Ordinal);
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    row[reader.GetName(i)] = reader.IsDBNull(i) ? null : reader.GetValue(i);
                }

                rows.Add(row);
            }

            return rows;
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == Interrupted && cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException(cancellationToken);
        }
        finally
        {
            sessions.Return(session);
        }
    }
}
