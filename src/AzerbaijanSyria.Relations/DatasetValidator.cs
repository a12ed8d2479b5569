using Dapper;
using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations;

/// <summary>One problem found by <see cref="DatasetValidator"/>.</summary>
public sealed record ValidationProblem
{
    /// <summary>The check that failed, e.g. <c>citations</c> or <c>dates</c>.</summary>
    public required string Check { get; init; }

    /// <summary>What is wrong, naming the row.</summary>
    public required string Message { get; init; }
}

/// <summary>
/// Checks a dataset file the way its tests check the shipped one: SQLite integrity, foreign keys,
/// every fact cited, article paragraphs in range, well-formed and ordered dates, closed
/// vocabularies, and rows that nothing refers to. Read-only: the file is never changed.
/// </summary>
public static class DatasetValidator
{
    /// <summary>The names of the checks, in the order they run.</summary>
    public static IReadOnlyList<string> Checks { get; } =
        ["integrity", "foreign_keys", "header", "citations", "paragraphs", "dates", "vocabulary", "orphans", "discrepancies"];

    private static readonly (string Table, string Key)[] CitedTables =
    [
        ("events", "event_id"), ("statements", "statement_id"), ("positions", "position_id"), ("agreements", "agreement_id"),
        ("aid_deliveries", "aid_delivery_id"), ("trade_flows", "trade_flow_id"), ("assessments", "assessment_id"),
        ("people", "person_id"), ("organizations", "organization_id"), ("places", "place_id"), ("discrepancy_claims", "claim_id"),
    ];

    private static readonly (string Table, string Column)[] DateColumns =
    [
        ("events", "date_earliest"), ("events", "date_latest"), ("agreements", "date_earliest"), ("agreements", "date_latest"),
        ("agreements", "valid_until"), ("positions", "start_earliest"), ("positions", "start_latest"), ("positions", "end_earliest"),
        ("positions", "end_latest"), ("trade_flows", "period_start"), ("trade_flows", "period_end"), ("sources", "date_published"),
        ("sources", "date_accessed"),
    ];

    private static readonly (string Table, string Key, string Earliest, string Latest)[] DateBounds =
    [
        ("events", "event_id", "date_earliest", "date_latest"), ("agreements", "agreement_id", "date_earliest", "date_latest"),
        ("positions", "position_id", "start_earliest", "start_latest"), ("positions", "position_id", "end_earliest", "end_latest"),
        ("positions", "position_id", "start_earliest", "end_latest"), ("positions", "position_id", "start_latest", "end_earliest"),
        ("trade_flows", "trade_flow_id", "period_start", "period_end"),
    ];

    private static readonly (string Table, string Column, string[] Values)[] Vocabularies =
    [
        ("events", "date_precision", ["day", "month", "year", "range", "unknown"]),
        ("events", "date_basis", ["stated", "inferred", "derived", "reported"]),
        ("events", "evidence_status", ["confirmed", "reported", "disputed"]),
        ("agreements", "evidence_status", ["confirmed", "reported", "disputed"]),
        ("positions", "evidence_status", ["confirmed", "reported", "disputed"]),
        ("citations", "link_basis", ["stated", "derived"]),
        ("sources", "kind", ["article", "web_page", "unrecorded_page"]),
    ];

    private static readonly (string Table, string Key, string Referenced)[] OrphanChecks =
    [
        ("people", "person_id",
         "SELECT person_id AS v FROM positions UNION SELECT person_id FROM event_participants UNION SELECT speaker_person_id FROM statements UNION SELECT person_id FROM agreement_signatories"),
        ("organizations", "organization_id",
         "SELECT organization_id AS v FROM positions UNION SELECT organization_id FROM event_participants UNION SELECT speaker_organization_id FROM statements UNION SELECT organization_id FROM agreement_parties UNION SELECT parent_organization_id FROM organizations UNION SELECT organization_id FROM assessments UNION SELECT donor_organization_id FROM aid_deliveries UNION SELECT distributor_organization_id FROM aid_deliveries"),
        ("places", "place_id",
         "SELECT place_id AS v FROM events UNION SELECT place_id FROM event_places UNION SELECT place_id FROM agreements UNION SELECT parent_place_id FROM places UNION SELECT place_id FROM organizations"),
        ("sources", "source_id", "SELECT source_id AS v FROM citations"),
        ("topics", "topic_id",
         "SELECT topic_id AS v FROM event_topics UNION SELECT topic_id FROM statement_topics UNION SELECT topic_id FROM agreement_topics UNION SELECT topic_id FROM assessment_topics"),
    ];

    /// <summary>Validates the database at <paramref name="path"/>, opened read-only.</summary>
    /// <param name="path">The database file.</param>
    /// <returns>The problems found; empty when the file is sound.</returns>
    /// <exception cref="DatasetFileException">The file is missing, not SQLite, truncated, not this dataset, or newer.</exception>
    public static IReadOnlyList<ValidationProblem> Validate(string path)
    {
        using var dataset = RelationsDataset.Open(path);
        return Validate(dataset.Connection);
    }

    /// <summary>Validates the database behind an open connection.</summary>
    /// <param name="connection">An open connection to a dataset file.</param>
    /// <returns>The problems found; empty when the database is sound.</returns>
    public static IReadOnlyList<ValidationProblem> Validate(SqliteConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var problems = new List<ValidationProblem>();
        void Add(string check, string message) => problems.Add(new ValidationProblem { Check = check, Message = message });

        foreach (var line in connection.Query<string>("PRAGMA integrity_check").Where(l => l != "ok"))
        {
            Add("integrity", line);
        }

        foreach (var row in connection.Query("PRAGMA foreign_key_check"))
        {
            var fields = (IDictionary<string, object?>)row;
            Add("foreign_keys", $"{fields["table"]} row {fields["rowid"]} points at a missing {fields["parent"]} row");
        }

        var applicationId = connection.ExecuteScalar<int>("PRAGMA application_id");
        if (applicationId != DatasetBuilder.ApplicationId)
        {
            Add("header", $"application_id is {applicationId}, expected {DatasetBuilder.ApplicationId}");
        }

        foreach (var (table, key) in CitedTables)
        {
            foreach (var id in connection.Query<string>($"SELECT {key} FROM {table} WHERE {key} NOT IN (SELECT {key} FROM citations WHERE {key} IS NOT NULL) ORDER BY {key}"))
            {
                Add("citations", $"{table} {id} has no citation");
            }
        }

        foreach (var id in connection.Query<long>(
                     "SELECT c.citation_id FROM citations AS c JOIN sources AS s USING (source_id) WHERE s.kind = 'article' AND (c.paragraph IS NULL OR c.paragraph NOT BETWEEN 1 AND 17) ORDER BY 1"))
        {
            Add("paragraphs", $"citation {id} names no article paragraph between 1 and 17");
        }

        foreach (var (table, column) in DateColumns)
        {
            foreach (var value in connection.Query<string>($"SELECT {column} FROM {table} WHERE {column} IS NOT NULL AND (date({column}) IS NULL OR date({column}) <> {column})"))
            {
                Add("dates", $"{table}.{column} '{value}' is not an ISO date");
            }
        }

        foreach (var (table, key, earliest, latest) in DateBounds)
        {
            foreach (var id in connection.Query<string>($"SELECT {key} FROM {table} WHERE {earliest} > {latest} ORDER BY {key}"))
            {
                Add("dates", $"{table} {id}: {earliest} is after {latest}");
            }
        }

        foreach (var (table, column, values) in Vocabularies)
        {
            foreach (var value in connection.Query<string>($"SELECT DISTINCT {column} FROM {table} WHERE {column} NOT IN @values", new { values }))
            {
                Add("vocabulary", $"{table}.{column} has '{value}', not one of {string.Join(", ", values)}");
            }
        }

        foreach (var (table, key, referenced) in OrphanChecks)
        {
            foreach (var id in connection.Query<string>($"SELECT {key} FROM {table} WHERE {key} NOT IN (SELECT v FROM ({referenced}) WHERE v IS NOT NULL) ORDER BY {key}"))
            {
                Add("orphans", $"{table} {id} is not referred to by any row");
            }
        }

        foreach (var id in connection.Query<string>(
                     "SELECT discrepancy_id FROM discrepancies WHERE discrepancy_id NOT IN (SELECT discrepancy_id FROM discrepancy_claims GROUP BY discrepancy_id HAVING count(*) = 2)"))
        {
            Add("discrepancies", $"discrepancy {id} does not have two claims");
        }

        return problems;
    }
}
