using Dapper;

namespace AzerbaijanSyria.Relations;

/// <summary>Rules about where facts come from: citations, the article's paragraphs, pages without an address, and disagreements.</summary>
internal static class ProvenanceRules
{
    public static IReadOnlyList<ValidationRule> All { get; } =
    [
        new("citations", "Every row of every table a citation can point at (every fact) has at least one citation.", Citations),
        new("paragraphs", "Citations of the article name a paragraph that exists (1 to its paragraph_count), and every paragraph is cited at least once.", Paragraphs),
        new("locators", "Every citation of a web page says where on the page its fact stands (citations.locator: a paragraph, heading, table row or caption).", Locators),
        new("unrecorded_pages", "A source whose address was not kept (kind unrecorded_page) is cited only as one side of a discrepancy.", UnrecordedPages),
        new("discrepancies", "Every discrepancy has two claims, each cited; every disputed fact has a discrepancy, and an event a discrepancy is about is marked disputed.", Discrepancies),
    ];

    /// <summary>The tables a citation can point at: the targets of its foreign keys, except the sources.</summary>
    private static IEnumerable<(string Column, string Table, string Key)> Citable(ValidationContext c) =>
        c.Catalog.Find("citations") is { } citations
            ? citations.ForeignKeys.Where(k => k.Table != "sources").Select(k => (k.Columns[0], k.Table, k.ReferencedColumns[0]))
            : [];

    private static IEnumerable<string> Citations(ValidationContext c)
    {
        foreach (var (column, table, key) in Citable(c).Where(t => c.Has(t.Table)))
        {
            foreach (var id in c.Rows(table, $"{SchemaCatalog.Quote(key)} NOT IN (SELECT {SchemaCatalog.Quote(column)} FROM citations WHERE {SchemaCatalog.Quote(column)} IS NOT NULL)"))
            {
                yield return $"{table} {id} has no citation: add a row to citations with {column} = '{id}' and the source that states it";
            }
        }
    }

    private static IEnumerable<string> Paragraphs(ValidationContext c)
    {
        foreach (var (citation, source, paragraph) in c.Connection.Rows<long, string, long?>(
                     """
                     SELECT ci.citation_id, s.source_id, ci.paragraph FROM citations AS ci JOIN sources AS s USING (source_id)
                     WHERE (s.kind = 'article') <> (ci.paragraph IS NOT NULL)
                        OR ci.paragraph NOT BETWEEN 1 AND coalesce(s.paragraph_count, ci.paragraph)
                     ORDER BY 1
                     """))
        {
            yield return paragraph is null
                ? $"citation {citation} of {source} names no paragraph"
                : $"citation {citation} of {source} names paragraph {paragraph}, which {source} does not have";
        }

        foreach (var (source, count) in c.Connection.Rows<string, long>("SELECT source_id, paragraph_count FROM sources WHERE paragraph_count IS NOT NULL ORDER BY 1"))
        {
            var cited = c.Connection.Query<long>("SELECT DISTINCT paragraph FROM citations WHERE source_id = @source", new { source }).ToHashSet();
            foreach (var missing in Enumerable.Range(1, (int)count).Where(p => !cited.Contains(p)))
            {
                yield return $"paragraph {missing} of {source} is cited by no fact";
            }
        }
    }

    private static IEnumerable<string> Locators(ValidationContext c) =>
        c.Connection.Rows<long, string>(
                "SELECT ci.citation_id, ci.source_id FROM citations AS ci JOIN sources AS s USING (source_id) WHERE s.kind = 'web_page' AND coalesce(trim(ci.locator), '') = '' ORDER BY 1").Select(static ((long Id, string Source) row) => row)
            .Select(r => $"citation {r.Id} of the web page {r.Source} has no locator: set citations.locator to where on the page the fact stands, e.g. 'paragraph 3'");

    private static IEnumerable<string> UnrecordedPages(ValidationContext c) =>
        c.Connection.Rows<long, string>(
                "SELECT ci.citation_id, ci.source_id FROM citations AS ci JOIN sources AS s USING (source_id) WHERE s.kind = 'unrecorded_page' AND ci.claim_id IS NULL ORDER BY 1").Select(static ((long Id, string Source) row) => row)
            .Select(r => $"citation {r.Id} cites {r.Source}, a page whose address was not kept, for something other than a discrepancy's claim");

    private static IEnumerable<string> Discrepancies(ValidationContext c)
    {
        foreach (var id in c.Rows("discrepancies", "discrepancy_id NOT IN (SELECT discrepancy_id FROM discrepancy_claims GROUP BY discrepancy_id HAVING count(DISTINCT side) = 2)"))
        {
            yield return $"discrepancy {id} does not have two claims (sides a and b)";
        }

        // Which columns of discrepancies name the fact it is about, and which of those tables mark a fact disputed.
        var subjects = c.Table("discrepancies").ForeignKeys
            .Where(k => c.Catalog.Find(k.Table)?.Columns.Any(col => col.Name == "evidence_status") == true)
            .Select(k => (Column: k.Columns[0], Table: k.Table, Key: k.ReferencedColumns[0]));
        foreach (var (column, table, key) in subjects)
        {
            var q = SchemaCatalog.Quote(column);
            // An event is also covered by a discrepancy about an agreement signed at it.
            var viaAgreement = table == "events"
                ? " AND event_id NOT IN (SELECT ae.event_id FROM agreement_events AS ae JOIN discrepancies AS d ON d.agreement_id = ae.agreement_id)"
                : string.Empty;
            foreach (var id in c.Rows(table, $"evidence_status = 'disputed' AND {SchemaCatalog.Quote(key)} NOT IN (SELECT {q} FROM discrepancies WHERE {q} IS NOT NULL){viaAgreement}"))
            {
                yield return $"{table} {id} is marked disputed, but no discrepancy records the disagreement";
            }

            foreach (var id in c.Rows(table, $"evidence_status <> 'disputed' AND {SchemaCatalog.Quote(key)} IN (SELECT {q} FROM discrepancies)"))
            {
                yield return $"{table} {id} has a discrepancy but is not marked disputed";
            }
        }
    }
}
