using System.Text;

namespace AzerbaijanSyria.Relations.Export.Site;

/// <summary>
/// The frame every page shares: head, navigation with the search box, and the footer with version and
/// licence. A page is its <see cref="Head"/>, its body and its <see cref="Foot"/> (see <see cref="SitePage.RenderTo"/>).
/// </summary>
internal static class PageLayout
{
    /// <summary>No script, style or image from anywhere but the site itself; no inline script or style attribute runs.</summary>
    private const string ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'";

    /// <summary>The page up to its body: head, navigation and search box.</summary>
    public static string Head(SiteModel model, SitePage page)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append($"<meta http-equiv=\"Content-Security-Policy\" content=\"{ContentSecurityPolicy}\">\n");
        html.Append("<meta name=\"generator\" content=\"azsy export --format site\">\n");
        html.Append($"<title>{Html.Encode(page.Title == model.Title ? model.Title : $"{page.Title} · {model.Title}")}</title>\n");
        html.Append("<link rel=\"icon\" href=\"data:,\">\n");
        html.Append($"<link rel=\"stylesheet\" href=\"{page.Href(SiteAssets.StyleSheet)}\">\n");
        html.Append("</head>\n<body>\n<a class=\"skip\" href=\"#main\">Skip to the content</a>\n<header class=\"site\">\n");
        html.Append($"<p class=\"site-name\"><a href=\"{page.Href("index.html")}\">{Html.Encode(model.Title)}</a></p>\n");
        html.Append("<nav aria-label=\"Site\"><ul>\n");
        foreach (var (section, target, text) in Sections(model))
        {
            var current = section == page.Section ? " aria-current=\"page\"" : string.Empty;
            html.Append($"<li><a href=\"{page.Href(target)}\"{current}>{Html.Encode(text)}</a></li>\n");
        }

        html.Append("</ul></nav>\n");
        html.Append($"<form class=\"site-search\" role=\"search\" action=\"{page.Href(SearchPage.Path)}\" method=\"get\">");
        html.Append("<label for=\"site-q\">Search events, statements and agreements</label> ");
        html.Append("<input id=\"site-q\" name=\"q\" type=\"search\" autocomplete=\"off\"> <button type=\"submit\">Search</button></form>\n");
        html.Append("</header>\n<main id=\"main\">\n");
        return html.ToString();
    }

    /// <summary>The page after its body: the footer with version and licence, and the page's scripts.</summary>
    public static string Foot(SiteModel model, SitePage page)
    {
        var html = new StringBuilder();
        html.Append("</main>\n<footer class=\"site\">\n");
        var version = model.Metadata.GetValueOrDefault("version");
        var licence = model.Metadata.GetValueOrDefault("licence_data");
        html.Append("<p>");
        html.Append(Html.Encode(model.Title));
        if (version is not null)
        {
            html.Append($", version {Html.Encode(version)}");
        }

        html.Append('.');
        if (licence is not null)
        {
            html.Append($" Data licence {Html.Encode(licence)}: attribute the dataset and, for each fact, the source its page names.");
        }

        html.Append(" Written by <code>azsy export --format site</code>; the same database gives the same files.</p>\n</footer>\n");
        foreach (var script in page.Scripts)
        {
            html.Append($"<script src=\"{page.Href(script)}\"></script>\n");
        }

        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static IEnumerable<(string Section, string Target, string Text)> Sections(SiteModel model)
    {
        yield return ("home", "index.html", "Home");
        yield return ("timeline", TimelinePage.Path, "Timeline");
        foreach (var kind in SiteKinds.Paged.Where(k => k.Table != SiteKinds.Events && model.Table(k.Table) is not null))
        {
            yield return (kind.Table, $"{kind.Folder}/index.html", kind.Plural);
            if (kind.Table == "people" && OfficesPage.Applies(model))
            {
                yield return ("offices", OfficesPage.Path, "Offices");
            }
        }

        yield return ("tables", TablePages.IndexPath, "All tables");
        yield return ("downloads", DownloadsPage.Path, "Downloads");
    }
}
