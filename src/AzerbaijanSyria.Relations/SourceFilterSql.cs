namespace AzerbaijanSyria.Relations;

/// <summary>The SQL condition a <see cref="SourceFilter"/> adds to a query.</summary>
internal static class SourceFilterSql
{
    /// <summary>
    /// A condition over one fact: <paramref name="citationColumn"/> is its column in <c>citations</c>,
    /// <paramref name="idExpression"/> its id in the query, and <paramref name="evidenceExpression"/> its
    /// evidence status (null where the fact has none of its own).
    /// </summary>
    public static string For(SourceFilter filter, string citationColumn, string idExpression, string? evidenceExpression) => filter switch
    {
        SourceFilter.All => "1 = 1",
        SourceFilter.Confirmed => evidenceExpression is null ? "1 = 1" : $"{evidenceExpression} <> 'reported'",
        SourceFilter.Article =>
            $"EXISTS (SELECT 1 FROM citations AS fc JOIN sources AS fs ON fs.source_id = fc.source_id WHERE fc.{citationColumn} = {idExpression} AND fs.kind = 'article')",
        _ => throw new ArgumentOutOfRangeException(nameof(filter), filter, "Unknown source filter."),
    };

    /// <summary>Parses <c>all</c>, <c>confirmed</c> or <c>article</c> (any case).</summary>
    public static bool TryParse(string? text, out SourceFilter filter)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "all": filter = SourceFilter.All; return true;
            case "confirmed": filter = SourceFilter.Confirmed; return true;
            case "article": filter = SourceFilter.Article; return true;
            default: filter = SourceFilter.All; return false;
        }
    }
}
