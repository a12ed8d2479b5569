using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations.Export;

/// <summary>
/// The values other queries take, as tables: the topics and CAMEO root codes (with how many events
/// each has), the countries and people with their ids, and the public views with what they hold. What
/// <c>azsy list</c> prints, and what <c>azsy timeline</c> checks <c>--topic</c> and <c>--cameo</c> against.
/// </summary>
public static class DatasetLists
{
    /// <summary>What can be listed, and the query that lists it.</summary>
    private static readonly (string Name, string Sql)[] Lists =
    [
        ("topics", """
            SELECT t.topic_id, t.name, (SELECT count(*) FROM event_topics AS et WHERE et.topic_id = t.topic_id) AS events, t.description
            FROM topics AS t ORDER BY t.topic_id
            """),
        ("cameo", """
            SELECT r.root_code, r.name, r.quad_name,
                   (SELECT count(*) FROM events AS e JOIN cameo_codes AS c ON c.cameo_code = e.cameo_code WHERE c.root_code = r.root_code) AS events
            FROM cameo_roots AS r ORDER BY r.root_code
            """),
        ("countries", """
            SELECT c.country_id, c.name, c.iso_alpha2, c.wikidata_id FROM countries AS c ORDER BY c.country_id
            """),
        ("people", """
            SELECT p.person_id, p.name, p.country_id,
                   (SELECT count(DISTINCT ep.event_id) FROM event_participants AS ep WHERE ep.person_id = p.person_id) AS events
            FROM people AS p ORDER BY p.person_id
            """),
        ("organizations", """
            SELECT o.organization_id, o.name, o.kind, o.country_id,
                   (SELECT count(DISTINCT ep.event_id) FROM event_participants AS ep WHERE ep.organization_id = o.organization_id) AS events
            FROM organizations AS o ORDER BY o.organization_id
            """),
        ("places", """
            SELECT p.place_id, p.name, p.kind, p.country_id,
                   (SELECT count(*) FROM events AS e WHERE e.place_id = p.place_id) AS events
            FROM places AS p ORDER BY p.place_id
            """),
        ("sources", """
            SELECT s.source_id, s.publisher, s.kind, s.language, s.publisher_kind, s.publisher_country_id,
                   (SELECT count(*) FROM citations AS ci WHERE ci.source_id = s.source_id) AS citations
            FROM sources AS s ORDER BY s.source_id
            """),
        ("discrepancies", """
            SELECT d.discrepancy_id, d.title, dd.subject_kind, dd.subject_id
            FROM discrepancies AS d JOIN discrepancy_details AS dd ON dd.discrepancy_id = d.discrepancy_id ORDER BY d.discrepancy_id
            """),
        ("views", """
            SELECT td.table_name AS view, td.description FROM table_docs AS td
            JOIN sqlite_schema AS m ON m.name = td.table_name AND m.type = 'view'
            ORDER BY td.table_name
            """),
    ];

    /// <summary>The ids alone of each list, in the same order, without the counts that make a list slow on a large file.</summary>
    private static readonly Dictionary<string, string> Ids = new(StringComparer.Ordinal)
    {
        ["topics"] = "SELECT topic_id FROM topics ORDER BY topic_id",
        ["cameo"] = "SELECT root_code FROM cameo_roots ORDER BY root_code",
        ["countries"] = "SELECT country_id FROM countries ORDER BY country_id",
        ["people"] = "SELECT person_id FROM people ORDER BY person_id",
        ["organizations"] = "SELECT organization_id FROM organizations ORDER BY organization_id",
        ["places"] = "SELECT place_id FROM places ORDER BY place_id",
        ["sources"] = "SELECT source_id FROM sources ORDER BY source_id",
        ["discrepancies"] = "SELECT discrepancy_id FROM discrepancies ORDER BY discrepancy_id",
        ["views"] = "SELECT td.table_name FROM table_docs AS td JOIN sqlite_schema AS m ON m.name = td.table_name AND m.type = 'view' ORDER BY td.table_name",
    };

    /// <summary>What can be listed: topics, cameo, countries, people, organizations, places, sources, discrepancies, views.</summary>
    public static IReadOnlyList<string> Names { get; } = Lists.Select(l => l.Name).ToArray();

    /// <summary>The list called <paramref name="name"/>, its first column the ids or codes, in their order.</summary>
    /// <param name="dataset">The open dataset.</param>
    /// <param name="name">One of <see cref="Names"/>.</param>
    /// <param name="cancellationToken">Stops the query, also while it runs.</param>
    /// <returns>The rows.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not one of <see cref="Names"/>.</exception>
    public static Task<ResultTable> ReadAsync(RelationsDataset dataset, string name, CancellationToken cancellationToken = default) =>
        QueryAsync(dataset, Lists.FirstOrDefault(l => l.Name == name).Sql, name, cancellationToken);

    /// <summary>The ids or codes of the list called <paramref name="name"/> (its first column), in order: the values an option such as <c>--topic</c> takes.</summary>
    /// <param name="dataset">The open dataset.</param>
    /// <param name="name">One of <see cref="Names"/>.</param>
    /// <param name="cancellationToken">Stops the query, also while it runs.</param>
    /// <returns>The ids.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not one of <see cref="Names"/>.</exception>
    public static async Task<IReadOnlyList<string>> ReadIdsAsync(RelationsDataset dataset, string name, CancellationToken cancellationToken = default) =>
        (await QueryAsync(dataset, Ids.GetValueOrDefault(name), name, cancellationToken).ConfigureAwait(false)).Rows.Select(r => ResultWriter.Text(r[0])).ToList();

    private static async Task<ResultTable> QueryAsync(RelationsDataset dataset, string? sql, string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        if (sql is null)
        {
            throw new ArgumentException(ExportMessages.UnknownList(name, Names), nameof(name));
        }

        using var interrupt = dataset.InterruptWhenCancelled(cancellationToken);
        try
        {
            await using var query = dataset.Connection.CreateCommand();
            query.CommandText = sql;
            await using var reader = await query.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            return ResultTable.Read(reader);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == DatasetExporter.Interrupted && cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException(cancellationToken);
        }
    }
}
