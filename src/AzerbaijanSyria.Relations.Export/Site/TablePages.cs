using System.Text;

namespace AzerbaijanSyria.Relations.Export.Site;

/// <summary>
/// The data as tables, the way Datasette shows a database: a page listing every table and view
/// with its description, and a page per table with its columns described and every row. Rows that
/// have no page of their own (trade flows, assessments, countries …) are shown here, with their sources.
/// </summary>
internal static class TablePages
{
    public const string IndexPath = "tables/index.html";

    public static SitePage RenderIndex(SiteModel model)
    {
        var page = new SitePage(IndexPath, "All tables", "tables");
        page.Line("<h1>All tables</h1>");
        page.Line("<p>Every table of the database, with every row; the views join the tables for reading and are in the downloads. Each column is described on its table's page.</p>");
        var html = new StringBuilder("<div class=\"scroll\" role=\"region\" aria-label=\"Tables\" tabindex=\"0\">\n<table>\n<thead><tr><th scope=\"col\">table</th><th scope=\"col\">rows</th><th scope=\"col\">description</th></tr></thead>\n<tbody>\n");
        foreach (var table in model.Tables)
        {
            html.Append($"<tr><td><a href=\"{page.Href(SiteLinks.TablePage(table.Name))}\">{Html.Encode(table.Name)}</a></td><td class=\"number\">{table.Count}</td><td>{Html.Encode(table.Description)}</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</div>\n");
        page.Line("<h2>Tables</h2>").Append(html.ToString());
        if (model.Views.Count > 0)
        {
            page.Line("<h2>Views</h2>");
            var views = new StringBuilder("<ul class=\"entity-list\">\n");
            foreach (var (name, description) in model.Views)
            {
                views.Append($"<li><code>{Html.Encode(name)}</code> ({DownloadsPage.CsvLink(page, name)}): {Html.Encode(description)}</li>\n");
            }

            page.Append(views.Append("</ul>\n").ToString());
        }

        return page;
    }

    public static SitePage Render(SiteModel model, SiteTable table)
    {
        var page = new SitePage(SiteLinks.TablePage(table.Name), table.Name, "tables");
        page.Line($"<h1><code>{Html.Encode(table.Name)}</code></h1>");
        if (table.Description.Length > 0)
        {
            page.Line($"<p class=\"desc\">{Html.Encode(table.Description)}</p>");
        }

        var where = table.Kind is { } kind ? $" Each row has its own page, listed under <a href=\"{page.Href(kind.Table == SiteKinds.Events ? TimelinePage.Path : $"{kind.Folder}/index.html")}\">{Html.Encode(kind.Plural)}</a>." : string.Empty;
        page.Line($"<p>{table.Count} rows; download them as {DownloadsPage.CsvLink(page, table.Name)}.{where}</p>");
        page.Line("<h2>Columns</h2>");
        var columns = new StringBuilder("<dl class=\"fields\">\n");
        foreach (var column in table.Columns)
        {
            var facts = new List<string>();
            if (column.Type.Length > 0)
            {
                facts.Add(Html.Encode(column.Type));
            }

            if (column.PrimaryKeyPosition > 0)
            {
                facts.Add("key");
            }

            if (column.References is { } reference && model.Table(reference.Table) is not null)
            {
                facts.Add($"refers to <a href=\"{page.Href(SiteLinks.TablePage(reference.Table))}\">{Html.Encode(reference.Table)}</a>.<code>{Html.Encode(reference.Column)}</code>");
            }

            columns.Append($"<div><dt><code>{Html.Encode(column.Name)}</code> <span class=\"desc\">{string.Join(", ", facts)}</span></dt><dd>{(column.Description.Length > 0 ? Html.Encode(column.Description) : RowHtml.NotGiven)}</dd></div>\n");
        }

        page.Append(columns.Append("</dl>\n").ToString());
        page.Line("<h2>Rows</h2>");
        if (table.Count == 0)
        {
            page.Append("<p>No rows.</p>\n");
        }
        else
        {
            RowHtml.AppendTable(model, page, table, table.Rows, table.Name, omit: null, given: null, withCitations: table.Kind is null && model.IsCitable(table));
        }
        return page;
    }
}
