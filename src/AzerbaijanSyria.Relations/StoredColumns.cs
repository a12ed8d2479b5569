using Dapper;
using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations;

/// <summary>
/// The values the build stores per event (migration 0050): <c>event_facets</c>, one row per event,
/// defined by the view <c>event_facets_expected</c>, and <c>event_year_tallies</c>, the events counted
/// by what the counts per year group them by. Triggers named <c>event_facets_…</c> keep both exact
/// row by row (the builder's bulk load drops them and recomputes both whole), and the validator calls
/// <see cref="Differences"/>.
/// </summary>
internal static class StoredColumns
{
    /// <summary>The stored per-event table.</summary>
    public const string Facets = "event_facets";

    /// <summary>The view that defines it.</summary>
    public const string FacetsExpected = "event_facets_expected";

    /// <summary>The stored counts.</summary>
    public const string Tallies = "event_year_tallies";

    private const string TallyKey = "quad_class, year_earliest, year_latest, reported, article_cited";

    /// <summary>
    /// What differs between the stored tables and their definitions, a message per event (or tally)
    /// that differs, at most <paramref name="limit"/> of each; empty when they agree (or the file has neither).
    /// </summary>
    public static IEnumerable<string> Differences(SqliteConnection connection, int limit = 20)
    {
        if (connection.ExecuteScalar<long>("SELECT count(*) FROM sqlite_schema WHERE name IN (@Facets, @FacetsExpected, @Tallies)", new { Facets, FacetsExpected, Tallies }) != 3)
        {
            yield break;
        }

        var stale = connection.Query<string>(
            $"""
            SELECT event_id FROM (SELECT * FROM {FacetsExpected} EXCEPT SELECT * FROM {Facets})
            UNION SELECT event_id FROM (SELECT * FROM {Facets} EXCEPT SELECT * FROM {FacetsExpected})
            ORDER BY 1 LIMIT @limit
            """, new { limit });
        foreach (var id in stale)
        {
            yield return $"{Facets} row of event {id} differs from {FacetsExpected} (missing, stale or of no event): rebuild the file, or run the change with the triggers {Facets}_* in place";
        }

        var tallies = connection.Query<string>(
            $"""
            WITH expected AS (SELECT {TallyKey}, count(*) AS events FROM {Facets} GROUP BY {TallyKey}),
                 wrong AS (SELECT * FROM (SELECT * FROM expected EXCEPT SELECT {TallyKey}, events FROM {Tallies})
                           UNION SELECT * FROM (SELECT {TallyKey}, events FROM {Tallies} EXCEPT SELECT * FROM expected))
            SELECT DISTINCT printf('quad class %d, years %d-%d, reported %d, article %d', quad_class, year_earliest, year_latest, reported, article_cited)
            FROM wrong ORDER BY 1 LIMIT @limit
            """, new { limit });
        foreach (var tally in tallies)
        {
            yield return $"{Tallies} row ({tally}) does not count the {Facets} rows with those values: rebuild the file";
        }
    }
}
