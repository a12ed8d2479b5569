using System.Globalization;
using System.Text;

namespace AzerbaijanSyria.Relations.Export.Site;

/// <summary>The files a reader can take away: the database, and every table and view as CSV in a Frictionless Data Package and as Parquet.</summary>
internal static class DownloadsPage
{
    public const string Path = "downloads.html";

    public const string DatabasePath = "downloads/" + RelationsDataset.DatabaseFileName;

    public const string PackageFolder = "downloads/datapackage";

    public const string PackagePath = PackageFolder + "/datapackage.json";

    public const string ParquetFolder = "downloads/parquet";

    /// <summary>A link to the CSV file of a table or view.</summary>
    public static string CsvLink(SitePage page, string resource) =>
        $"<a href=\"{page.Href($"{PackageFolder}/{Uri.EscapeDataString(resource)}.csv")}\">{Html.Encode(resource)}.csv</a>";

    public static SitePage Render(SiteModel model, IReadOnlyList<ExportResource> resources, long databaseBytes, string databaseSha256)
    {
        var page = new SitePage(Path, "Downloads", "downloads");
        page.Line("<h1>Downloads</h1>");
        page.Line("<ul class=\"downloads\">");
        page.Line($"<li><a href=\"{page.Href(DatabasePath)}\">{Html.Encode(RelationsDataset.DatabaseFileName)}</a>: the SQLite database ({Size(databaseBytes)}, SHA-256 <code class=\"hash\">{databaseSha256}</code>). Open it in any SQLite client, in Datasette, or with the <code>azsy</code> tool.</li>");
        page.Line($"<li><a href=\"{page.Href(PackagePath)}\">datapackage.json</a>: a Frictionless Data Package v2 describing the CSV files below (field types, keys, the licence and the sources).</li>");
        page.Line("</ul>");
        page.Line("<h2>CSV and Parquet files</h2>");
        page.Line("<p>One file per table and view. CSV: RFC 4180, UTF-8, a header row, empty fields for NULL. Parquet: typed columns, with the data dictionary's descriptions as column metadata, for DuckDB, Spark or pandas.</p>");
        var html = new StringBuilder("<div class=\"scroll\" role=\"region\" aria-label=\"CSV and Parquet files\" tabindex=\"0\">\n<table>\n<thead><tr><th scope=\"col\">CSV</th><th scope=\"col\">Parquet</th><th scope=\"col\">kind</th><th scope=\"col\">description</th></tr></thead>\n<tbody>\n");
        foreach (var resource in resources)
        {
            var parquet = $"<a href=\"{page.Href($"{ParquetFolder}/{Uri.EscapeDataString(resource.Name)}.parquet")}\">{Html.Encode(resource.Name)}.parquet</a>";
            html.Append($"<tr><td>{CsvLink(page, resource.Name)}</td><td>{parquet}</td><td>{Html.Encode(resource.Kind)}</td><td>{Html.Encode(resource.Description)}</td></tr>\n");
        }

        page.Append(html.Append("</tbody>\n</table>\n</div>\n").ToString());
        return page;
    }

    public static string Size(long bytes) => bytes >= 1024 * 1024
        ? (bytes / (1024.0 * 1024.0)).ToString("0.0", CultureInfo.InvariantCulture) + " MB"
        : (bytes / 1024.0).ToString("0", CultureInfo.InvariantCulture) + " KB";
}
