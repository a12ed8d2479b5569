using System.Text.RegularExpressions;

namespace AzerbaijanSyria.Relations.Export.Site;

/// <summary>
/// Search over the rows the database's full-text indexes cover (events, statements, agreements),
/// in the browser: the page carries an index of each row's indexed text, its name, date and
/// address, and a small script matches every word of the query (accents and case ignored, a word
/// matching any word it begins). The form on every page sends its query here.
/// </summary>
internal static partial class SearchPage
{
    public const string Path = "search.html";

    public static SitePage Render(SiteModel model)
    {
        var page = new SitePage(Path, "Search", "search");
        var indexed = model.FullText
            .Select(f => (Index: f, Table: model.Table(f.ContentTable)))
            .Where(f => f.Table is not null)
            .ToList();
        var names = indexed.Select(f => Plural(f.Table!)).ToList();
        page.Line("<h1>Search</h1>");
        page.Line("<form class=\"search\" role=\"search\" action=\"search.html\" method=\"get\">");
        page.Line($"<p><label for=\"q\">Words to find in {Html.Encode(Join(names))}</label></p>");
        page.Line("<p><input id=\"q\" name=\"q\" type=\"search\" autocomplete=\"off\"> <button type=\"submit\">Search</button></p>");
        page.Line("</form>");
        page.Line("<p id=\"search-status\" class=\"status\" role=\"status\" aria-live=\"polite\"></p>");
        page.Line("<ol id=\"results\" class=\"results\"></ol>");
        page.Line($"<noscript><p>Search needs JavaScript. Without it, browse the <a href=\"{TimelinePage.Path}\">timeline</a> or the lists of each kind.</p></noscript>");
        page.Append(SiteJson.Island("search-index", json =>
        {
            json.WriteStartObject();
            json.WriteStartArray("entries");
            foreach (var (index, table) in indexed)
            {
                foreach (var row in table!.Rows)
                {
                    var location = model.Locate(row);
                    json.WriteStartObject();
                    json.WriteString("kind", table.Kind?.Singular ?? Singular(table.Name));
                    // The name is the title; the text is every other indexed column (the name too, when it was shortened).
                    var title = SiteModel.Label(row);
                    var shortened = table.LabelColumn is { } labelColumn && row.Text(labelColumn) != title;
                    var text = index.Columns
                        .Where(c => table.HasColumn(c) && (shortened || c != table.LabelColumn))
                        .Select(c => row.Text(c))
                        .Where(t => !string.IsNullOrEmpty(t));
                    json.WriteString("title", title);
                    json.WriteString("text", string.Join(" ", text));
                    if (DateOf(model, row) is { } date)
                    {
                        json.WriteString("date", date);
                    }

                    json.WriteString("url", location.Page + (location.Anchor is null ? string.Empty : "#" + location.Anchor));
                    json.WriteEndObject();
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }));
        page.Scripts.Add(SiteAssets.SearchScript);
        return page;
    }

    /// <summary>A row's date in words, or that of the first dated row it refers to (a statement's event).</summary>
    private static string? DateOf(SiteModel model, SiteRow row)
    {
        var dated = SiteDates.IsDated(row.Table)
            ? row
            : row.Table.Columns.Select(c => model.Referenced(row, c)).FirstOrDefault(r => r is not null && SiteDates.IsDated(r.Table));
        return dated is null ? null : Tags().Replace(SiteDates.Describe(dated)!, string.Empty);
    }

    private static string Plural(SiteTable table) => (table.Kind?.Plural ?? Html.Humanize(table.Name)).ToLowerInvariant();

    private static string Singular(string table) => Html.Humanize(table.EndsWith('s') ? table[..^1] : table);

    private static string Join(IReadOnlyList<string> names) => names.Count switch
    {
        0 => "the dataset",
        1 => names[0],
        _ => string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1],
    };

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();
}
