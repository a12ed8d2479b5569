using System.Text;
using AzerbaijanSyria.Relations.Export;

namespace AzerbaijanSyria.Relations.Export.Site;

/// <summary>
/// Rows and their values as HTML, for any table: a reference becomes a link to the row it names
/// (labelled with that row's name), a web address a link, NULL "not given"; every other value is
/// encoded text. Nothing here knows a column by name.
/// </summary>
internal static class RowHtml
{
    public const string NotGiven = "<span class=\"null\">not given</span>";

    /// <summary>One value of <paramref name="row"/>; <paramref name="withKey"/> adds the id after a link's label.</summary>
    public static string Value(SiteModel model, SitePage page, SiteRow row, SiteColumn column, bool withKey)
    {
        var value = row[column.Name];
        if (value is null)
        {
            return NotGiven;
        }

        var text = ResultWriter.Text(value);
        if (model.Referenced(row, column) is { } target)
        {
            return Link(model, page, target, withKey);
        }

        if (row.Table.Kind is not null && row.Table.IsPrimaryKey(column) && model.Locate(row).Page != page.Path)
        {
            return $"<a href=\"{page.Href(model.Locate(row))}\"><code>{Html.Encode(text)}</code></a>";
        }

        if (Html.IsWebAddress(text))
        {
            return Html.ExternalLink(text);
        }

        return column.PrimaryKeyPosition > 0 || column.References is not null ? $"<code>{Html.Encode(text)}</code>" : Html.Encode(text);
    }

    /// <summary>A link to where <paramref name="target"/> is shown, with its name as text.</summary>
    public static string Link(SiteModel model, SitePage page, SiteRow target, bool withKey = false)
    {
        var label = SiteModel.Label(target);
        var link = $"<a href=\"{page.Href(model.Locate(target))}\">{Html.Encode(label)}</a>";
        return withKey && label != target.Key ? $"{link} <code>{Html.Encode(target.Key)}</code>" : link;
    }

    /// <summary>Every column of one row as a description list, each with its description from the data dictionary.</summary>
    public static string Fields(SiteModel model, SitePage page, SiteRow row)
    {
        var html = new StringBuilder("<dl class=\"fields\">\n");
        foreach (var column in row.Table.Columns)
        {
            html.Append("<div><dt><code>").Append(Html.Encode(column.Name)).Append("</code>");
            if (column.Description.Length > 0)
            {
                html.Append(" <span class=\"desc\">").Append(Html.Encode(column.Description)).Append("</span>");
            }

            html.Append("</dt><dd>").Append(Value(model, page, row, column, withKey: true)).Append("</dd></div>\n");
        }

        return html.Append("</dl>\n").ToString();
    }

    /// <summary>
    /// Rows of one table as an HTML table in a scrolling region. <paramref name="omit"/> leaves out
    /// a column (the one that points back at the page's row); <paramref name="dropEmpty"/> leaves out
    /// columns that are NULL in every row shown; <paramref name="withCitations"/> adds each row's sources.
    /// </summary>
    public static string Table(SiteModel model, SitePage page, SiteTable table, IReadOnlyList<SiteRow> rows, string label, string? omit, bool dropEmpty, bool withCitations)
    {
        var html = new StringBuilder();
        Table(model, page, table, rows, label, omit, dropEmpty, withCitations, part => html.Append(part));
        return html.ToString();
    }

    /// <summary>
    /// The same table as <see cref="Table(SiteModel, SitePage, SiteTable, IReadOnlyList{SiteRow}, string, string?, bool, bool)"/>, appended to
    /// <paramref name="page"/> a row at a time as <paramref name="rows"/> are read once. Only the columns in <paramref name="given"/>
    /// are shown (those that hold a value in some row, found by a query: see <see cref="SiteModel.ColumnsGiven"/>; null: every
    /// column), less <paramref name="omit"/>.
    /// </summary>
    public static void AppendTable(
        SiteModel model, SitePage page, SiteTable table, IEnumerable<SiteRow> rows, string label, string? omit, IReadOnlySet<string>? given, bool withCitations)
    {
        var columns = table.Columns.Where(c => c.Name != omit && (given is null || given.Contains(c.Name))).ToList();
        Table(model, page, columns, rows, label, withCitations, part => page.Append(part));
    }

    private static void Table(
        SiteModel model, SitePage page, SiteTable table, IEnumerable<SiteRow> rows, string label, string? omit, bool dropEmpty, bool withCitations, Action<string> emit)
    {
        var columns = table.Columns
            .Where(c => c.Name != omit)
            .Where(c => !dropEmpty || rows.Any(r => r[c.Name] is not null))
            .ToList();
        Table(model, page, columns, rows, label, withCitations, emit);
    }

    private static void Table(
        SiteModel model, SitePage page, IReadOnlyList<SiteColumn> columns, IEnumerable<SiteRow> rows, string label, bool withCitations, Action<string> emit)
    {
        var html = new StringBuilder();
        html.Append($"<div class=\"scroll\" role=\"region\" aria-label=\"{Html.Encode(label)}\" tabindex=\"0\">\n<table>\n<thead><tr>");
        foreach (var column in columns)
        {
            var title = column.Description.Length > 0 ? $" title=\"{Html.Encode(column.Description)}\"" : string.Empty;
            html.Append($"<th scope=\"col\"{title}>{Html.Encode(column.Name)}</th>");
        }

        if (withCitations)
        {
            html.Append("<th scope=\"col\">sources</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in rows)
        {
            html.Append($"<tr{page.IdAttribute(SiteLinks.Anchor(row))} data-row=\"{Html.Encode(row.Table.Name + ":" + row.Key)}\">");
            foreach (var column in columns)
            {
                html.Append("<td>").Append(Value(model, page, row, column, withKey: false)).Append("</td>");
            }

            if (withCitations)
            {
                html.Append("<td>").Append(CitationHtml.List(model, page, model.CitationsOf(row), showSubject: false, emptyText: NotGiven)).Append("</td>");
            }

            html.Append("</tr>\n");
            if (html.Length >= 16 * 1024)
            {
                emit(html.ToString());
                html.Clear();
            }
        }

        emit(html.Append("</tbody>\n</table>\n</div>\n").ToString());
    }
}
