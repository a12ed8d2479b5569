using System.Text;

namespace AzerbaijanSyria.Relations.Export.Site;

/// <summary>A page per table with pages, listing every row with a link: dated rows in date order, others by name.</summary>
internal static class IndexPages
{
    /// <summary>The path of the list of rows of <paramref name="kind"/>.</summary>
    public static string PathOf(SiteKind kind) => $"{kind.Folder}/index.html";

    public static SitePage Render(SiteModel model, SiteTable table)
    {
        var kind = table.Kind!;
        var page = new SitePage(PathOf(kind), kind.Plural, kind.Table == SiteKinds.Events ? "timeline" : kind.Table);
        page.Line($"<h1>{Html.Encode(kind.Plural)}</h1>");
        if (table.Description.Length > 0)
        {
            page.Line($"<p class=\"desc\">{Html.Encode(table.Description)}</p>");
        }

        page.Line($"<p>{table.Count} {Html.Encode(kind.Plural.ToLowerInvariant())}. The table's columns, and every row in one table, are on <a href=\"{page.Href(SiteLinks.TablePage(table.Name))}\">{Html.Encode(table.Name)}</a>.</p>");
        page.Append("<ul class=\"entity-list\">\n");
        foreach (var html in Ordered(model, table, row =>
        {
            var html = new StringBuilder();
            html.Append($"<li><a href=\"{page.Href(model.Locate(row))}\">{Html.Encode(SiteModel.Label(row))}</a>");
            if (SiteDates.Describe(row) is { } date)
            {
                html.Append($" <span class=\"meta\">{date}</span>");
            }

            html.Append(Standing(model, row));
            return html.Append($" <code>{Html.Encode(row.Key)}</code></li>\n").ToString();
        }))
        {
            page.Append(html);
        }

        page.Append("</ul>\n");
        return page;
    }

    /// <summary>
    /// Where a row stands, for the lists where a reader asks it: an agreement's status and the latest
    /// step of its life (signature, entry into force, suspension …) with its date; nothing for other rows.
    /// </summary>
    private static string Standing(SiteModel model, SiteRow row)
    {
        if (row.Table.Name != "agreements")
        {
            return string.Empty;
        }

        var html = row.Text("status") is { } status ? $" <span class=\"badge\">{Html.Encode(status.Replace('_', ' '))}</span>" : string.Empty;
        if (model.Table("agreement_actions") is { } actions && actions.Column("agreement_id") is { References: not null } back)
        {
            var latest = model.RowsReferring(row, actions, back).OrderBy(SiteDates.SortKey, StringComparer.Ordinal).ThenBy(a => a.Position).LastOrDefault();
            if (latest is not null)
            {
                html += $" <span class=\"meta\">latest step: {Html.Encode((latest.Text("action") ?? "step").Replace('_', ' '))}, {SiteDates.Describe(latest)}</span>";
            }
        }

        return html;
    }

    /// <summary>
    /// Each row's line, made by <paramref name="render"/> as the rows are read, in the list's order: dated rows by
    /// their earliest possible day (open bounds by their known one), others by name; ties by key. The lines are
    /// sorted in the scratch database, so a list of a million rows is never held.
    /// </summary>
    public static IEnumerable<string> Ordered(SiteModel model, SiteTable table, Func<SiteRow, string> render)
    {
        var dated = SiteDates.IsDated(table);
        var keyed = table.Rows.Select(r => dated
            ? new object?[] { SiteScratch.OrdinalKey(r.Text("date_earliest") ?? r.Text("date_latest") ?? "9999"), SiteScratch.OrdinalKey(r.Text("date_latest") ?? "9999"), SiteScratch.OrdinalKey(r.Key), render(r) }
            : [SiteScratch.OrdinalKey(SiteModel.Label(r).ToLowerInvariant()), SiteScratch.OrdinalKey(r.Key), Array.Empty<byte>(), render(r)]);
        return model.Scratch!.Sort(3, 4, keyed).Select(v => (string)v[0]!);
    }
}
