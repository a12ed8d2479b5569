using System.Text;

namespace AzerbaijanSyria.Relations.Export.Site;

/// <summary>A page per table with pages, listing every row with a link: dated rows in date order, others by name.</summary>
internal static class IndexPages
{
    public static SitePage Render(SiteModel model, SiteTable table)
    {
        var kind = table.Kind!;
        var page = new SitePage($"{kind.Folder}/index.html", kind.Plural, kind.Table == SiteKinds.Events ? "timeline" : kind.Table);
        page.Line($"<h1>{Html.Encode(kind.Plural)}</h1>");
        if (table.Description.Length > 0)
        {
            page.Line($"<p class=\"desc\">{Html.Encode(table.Description)}</p>");
        }

        page.Line($"<p>{table.Rows.Count} {Html.Encode(kind.Plural.ToLowerInvariant())}. The table's columns, and every row in one table, are on <a href=\"{page.Href(SiteLinks.TablePage(table.Name))}\">{Html.Encode(table.Name)}</a>.</p>");
        var html = new StringBuilder("<ul class=\"entity-list\">\n");
        foreach (var row in Ordered(table))
        {
            html.Append($"<li><a href=\"{page.Href(model.Locate(row))}\">{Html.Encode(SiteModel.Label(row))}</a>");
            if (SiteDates.Describe(row) is { } date)
            {
                html.Append($" <span class=\"meta\">{date}</span>");
            }

            html.Append($" <code>{Html.Encode(row.Key)}</code></li>\n");
        }

        page.Append(html.Append("</ul>\n").ToString());
        return page;
    }

    /// <summary>Dated rows by their earliest possible day (open bounds by their known one), others by name; ties by key.</summary>
    public static IEnumerable<SiteRow> Ordered(SiteTable table) => SiteDates.IsDated(table)
        ? table.Rows.OrderBy(r => r.Text("date_earliest") ?? r.Text("date_latest") ?? "9999", StringComparer.Ordinal)
            .ThenBy(r => r.Text("date_latest") ?? "9999", StringComparer.Ordinal)
            .ThenBy(r => r.Key, StringComparer.Ordinal)
        : table.Rows.OrderBy(r => SiteModel.Label(r).ToLowerInvariant(), StringComparer.Ordinal).ThenBy(r => r.Key, StringComparer.Ordinal);
}
