using System.Text;

namespace AzerbaijanSyria.Relations.Export.Site;

/// <summary>The front page: what the dataset is, its version and licence, what it holds, the timeline picture, and the downloads.</summary>
internal static class HomePage
{
    public const string Path = "index.html";

    public const string TimelinePicture = "timeline.svg";

    public static SitePage Render(SiteModel model, long databaseBytes)
    {
        var page = new SitePage(Path, model.Title, "home");
        page.Line($"<h1>{Html.Encode(model.Title)}</h1>");
        if (model.Metadata.GetValueOrDefault("description") is { } description)
        {
            page.Line($"<p class=\"lead\">{Html.Encode(description)}</p>");
        }

        page.Line("<dl class=\"facts\">");
        Fact(page, "Version", model.Metadata.GetValueOrDefault("version"));
        if (model.Metadata.GetValueOrDefault("licence_data") is { } data)
        {
            page.Line($"<div><dt>Data licence</dt><dd><a href=\"https://spdx.org/licenses/{Html.Encode(Uri.EscapeDataString(data))}.html\" rel=\"external noopener\">{Html.Encode(data)}</a>: attribute the dataset and, for any fact, the source its page names</dd></div>");
        }

        Fact(page, "Code licence", model.Metadata.GetValueOrDefault("licence_code"));
        if (model.Table(SiteKinds.Sources) is { } sources && sources.HasColumn("kind") && sources.Where("kind", "article").FirstOrDefault() is { } article)
        {
            page.Line($"<div><dt>Primary source</dt><dd>{RowHtml.Link(model, page, article)}</dd></div>");
        }

        page.Line("</dl>");

        page.Line("<h2>Questions it answers</h2>");
        var questions = new StringBuilder("<ul class=\"questions\">\n");
        void Ask(string target, string text) => questions.Append($"<li><a href=\"{page.Href(target)}\">{Html.Encode(text)}</a></li>\n");
        Ask(TimelinePage.Path, "What happened, and when? Every event in date order, to filter by year, topic, country or kind");
        if (OfficesPage.Applies(model))
        {
            Ask(OfficesPage.Path, "Who held an office on a given day? Every term of office, by country");
        }

        if (model.Table("agreements") is not null)
        {
            Ask("agreements/index.html", "Which agreements were signed, and where do they stand? Each with its status and the steps of its life");
        }

        if (model.Table(SiteKinds.Discrepancies) is not null)
        {
            Ask($"{SiteKinds.Discrepancies}/index.html", "Where do the sources disagree? Each disagreement with both claims and their sources");
        }

        if (model.Views.Any(v => v.Name == "fact_support"))
        {
            Ask(OneSidedPage.Path, "What does only one side report? The facts whose every source is one government's own voice");
        }

        Ask(SearchPage.Path, "Who is this? Search by any spelling of a name, or any words");
        page.Append(questions.Append("</ul>\n").ToString());

        page.Line("<h2>What it holds</h2>");
        var counts = new StringBuilder("<ul class=\"counts\">\n");
        foreach (var kind in SiteKinds.Paged)
        {
            if (model.Table(kind.Table) is { } table)
            {
                var target = kind.Table == SiteKinds.Events ? TimelinePage.Path : $"{kind.Folder}/index.html";
                counts.Append($"<li><a href=\"{page.Href(target)}\"><strong>{table.Count}</strong> {Html.Encode(kind.Plural.ToLowerInvariant())}</a></li>\n");
            }
        }

        if (model.CitationTable is { } citations)
        {
            counts.Append($"<li><a href=\"{page.Href(SiteLinks.TablePage(citations.Name))}\"><strong>{citations.Count}</strong> citations</a></li>\n");
        }

        counts.Append($"<li><a href=\"{page.Href(TablePages.IndexPath)}\"><strong>{model.Tables.Count}</strong> tables in all</a></li>\n");
        page.Append(counts.Append("</ul>\n").ToString());
        page.Line("<p>Every fact is cited: each page lists its sources, the primary article by paragraph and each web page by its address. Where the sources disagree, both claims are kept and shown side by side.</p>");

        page.Line("<h2 id=\"timeline-picture\">The timeline</h2>");
        page.Line("<figure class=\"picture\">");
        page.Line($"<a href=\"{page.Href(TimelinePicture)}\"><img src=\"{page.Href(TimelinePicture)}\" alt=\"The events on a time axis by year, each labelled with its date and title; the same events are listed on the timeline page.\"></a>");
        page.Line($"<figcaption>Every event on one axis: a dot is a known day, a bar a range of possible days, a dashed bar an open bound; colours are CAMEO quad classes. The <a href=\"{page.Href(TimelinePage.Path)}\">timeline page</a> lists them with filters.</figcaption>");
        page.Line("</figure>");

        page.Line("<h2>Downloads</h2>");
        page.Line("<ul class=\"downloads\">");
        page.Line($"<li><a href=\"{page.Href(DownloadsPage.DatabasePath)}\">The SQLite database</a> ({DownloadsPage.Size(databaseBytes)})</li>");
        page.Line($"<li><a href=\"{page.Href(DownloadsPage.PackagePath)}\">The Frictionless Data Package</a> (<code>datapackage.json</code> and a CSV file per table and view)</li>");
        page.Line($"<li><a href=\"{page.Href(DownloadsPage.Path)}\">Every CSV file</a>, with what each holds</li>");
        page.Line("</ul>");
        return page;
    }

    private static void Fact(SitePage page, string name, string? value)
    {
        if (value is not null)
        {
            page.Line($"<div><dt>{Html.Encode(name)}</dt><dd>{Html.Encode(value)}</dd></div>");
        }
    }
}
