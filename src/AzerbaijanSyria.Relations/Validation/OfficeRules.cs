using Dapper;

namespace AzerbaijanSyria.Relations;

/// <summary>
/// Rules about offices as terms, by the kind of office a row is (<c>positions.office_level</c>):
/// the offices whose terms encyclopedia and official pages state are never known from one day
/// alone, and a country's top offices have one holder a day.
/// </summary>
internal static class OfficeRules
{
    /// <summary>The kinds of office whose terms pages state: a one-day window of attested days is never enough for them.</summary>
    internal static readonly IReadOnlyList<string> StatedTermLevels = ["head_of_state", "head_of_government", "foreign_minister", "minister"];

    /// <summary>A country's top offices, which one person holds on any day.</summary>
    internal static readonly IReadOnlyList<string> TopOfficeLevels = ["head_of_state", "head_of_government", "foreign_minister"];

    public static IReadOnlyList<ValidationRule> All { get; } =
    [
        new("office_terms", "No head-of-state, head-of-government, foreign-minister or minister office (positions.office_level) is a one-day window of attested days: pages state such terms.", OfficeTerms),
        new("top_offices", "No two holders of a country's same top office (head of state, head of government, foreign minister) are certainly in office on a common day other than a handover day, unless a discrepancy on one of the two offices records the disagreement.", TopOffices),
    ];

    private static bool HasOfficeLevels(ValidationContext c) =>
        c.Has("positions") && c.Catalog.Find("positions")!.Columns.Any(col => col.Name == "office_level");

    private static string InList(IEnumerable<string> values) => string.Join(", ", values.Select(v => $"'{v}'"));

    private static IEnumerable<string> OfficeTerms(ValidationContext c)
    {
        if (!HasOfficeLevels(c))
        {
            yield break;
        }

        foreach (var (id, level, day) in c.Connection.Rows<string, string, string>($"""
                     SELECT position_id, office_level, start_latest FROM positions
                     WHERE office_level IN ({InList(StatedTermLevels)})
                       AND start_basis = 'attested' AND end_basis IN ('attested', 'ongoing')
                       AND start_latest = end_earliest
                     ORDER BY position_id
                     """))
        {
            yield return $"positions {id}: a {level.Replace('_', ' ')} office known only from one day a page shows it ({day}): set its start and end from a page that states the term (start_basis and end_basis stated or inferred)";
        }
    }

    private static IEnumerable<string> TopOffices(ValidationContext c)
    {
        if (!HasOfficeLevels(c) || !c.Has("discrepancies"))
        {
            yield break;
        }

        foreach (var (first, second, level, country, from, to) in c.Connection.Rows<string, string, string, string?, string, string>($"""
                     WITH top AS MATERIALIZED (
                       SELECT p.position_id, p.office_level, coalesce(p.country_id, o.country_id) AS country_id, p.start_latest, p.end_earliest
                       FROM positions AS p LEFT JOIN organizations AS o ON o.organization_id = p.organization_id
                       WHERE p.office_level IN ({InList(TopOfficeLevels)}) AND p.start_latest IS NOT NULL AND p.end_earliest IS NOT NULL)
                     SELECT a.position_id, b.position_id, a.office_level, a.country_id, max(a.start_latest, b.start_latest), min(a.end_earliest, b.end_earliest)
                     FROM top AS a JOIN top AS b
                       ON b.office_level = a.office_level AND b.country_id IS a.country_id AND b.position_id > a.position_id
                     WHERE a.start_latest < b.end_earliest AND b.start_latest < a.end_earliest
                       AND NOT EXISTS (SELECT 1 FROM discrepancies AS d WHERE d.position_id IN (a.position_id, b.position_id))
                     ORDER BY 1, 2
                     """))
        {
            yield return $"positions {first} and {second}: two holders of the {level.Replace('_', ' ')} of {country ?? "no country"} are both certainly in office from {from} to {to}: correct the term the pages contradict, or record the disagreement as a discrepancy on one of them";
        }
    }
}
