using System.Text;
using AzerbaijanSyria.Relations.Export;

namespace AzerbaijanSyria.Relations.Export.Site;

/// <summary>
/// Citations as lists: each names its source (linked to the source's page), the source's web
/// address as a link, and every other field the citation gives: the article's paragraph, a locator,
/// a note, a derived link. Fields left at their declared default (a stated link) are not repeated.
/// On a source's own page each citation names what it cites instead.
/// </summary>
internal static class CitationHtml
{
    public static string List(SiteModel model, SitePage page, IReadOnlyList<SiteRow> citations, bool showSubject, string emptyText)
    {
        if (citations.Count == 0)
        {
            return emptyText;
        }

        var html = new StringBuilder("<ol class=\"citations\">\n");
        foreach (var citation in citations)
        {
            html.Append(Item(model, page, citation, showSubject));
        }

        return html.Append("</ol>").ToString();
    }

    /// <summary>
    /// The same list as <see cref="List"/> (for a list that is not empty), appended to <paramref name="page"/> a citation at a
    /// time as <paramref name="citations"/> are read: a source's "Cited for" list may name tens of thousands of rows.
    /// </summary>
    public static void Append(SiteModel model, SitePage page, IEnumerable<SiteRow> citations, bool showSubject)
    {
        page.Append("<ol class=\"citations\">\n");
        foreach (var citation in citations)
        {
            page.Append(Item(model, page, citation, showSubject));
        }

        page.Append("</ol>");
    }

    private static string Item(SiteModel model, SitePage page, SiteRow citation, bool showSubject)
    {
        var table = citation.Table;
        var sourceColumn = SiteModel.SourceColumn(table);
        var subjectColumns = SiteModel.SubjectColumns(table).Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        var parts = new List<string>();
        if (showSubject && model.CitedRow(citation) is { } subject)
        {
            var kind = subject.Table.Kind?.Singular ?? Html.Humanize(subject.Table.Name);
            parts.Add($"{RowHtml.Link(model, page, subject)} <span class=\"kind\">({Html.Encode(kind.ToLowerInvariant())})</span>");
        }

        // Listed on the source's own page (showSubject), a citation need not name its source again.
        var source = showSubject ? null : model.SourceOf(citation);
        if (source is not null)
        {
            parts.Add(RowHtml.Link(model, page, source));
        }

        foreach (var column in table.Columns)
        {
            if (column.PrimaryKeyPosition > 0 || column.Name == sourceColumn?.Name || subjectColumns.Contains(column.Name)
                || citation[column.Name] is not { } value || IsDefault(column, value))
            {
                continue;
            }

            parts.Add($"<span class=\"field\"><span class=\"name\">{Html.Encode(column.Name)}</span> {RowHtml.Value(model, page, citation, column, withKey: false)}</span>");
        }

        if (source is not null && source.Table.Columns.Select(c => source.Text(c.Name)).FirstOrDefault(Html.IsWebAddress) is { } address)
        {
            parts.Add(Html.ExternalLink(address));
        }

        return $"<li{page.IdAttribute(SiteLinks.Anchor(citation))} data-citation=\"{Html.Encode(citation.Key)}\">{string.Join(" · ", parts)}</li>\n";
    }

    private static bool IsDefault(SiteColumn column, object value)
    {
        if (column.DefaultSql is not { Length: > 0 } sql)
        {
            return false;
        }

        var literal = sql.Length >= 2 && sql[0] == '\'' && sql[^1] == '\'' ? sql[1..^1].Replace("''", "'", StringComparison.Ordinal) : sql;
        return literal == ResultWriter.Text(value);
    }
}
