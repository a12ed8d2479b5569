using System.Security.Cryptography;
using AzerbaijanSyria.Relations.Cli.Output;

namespace AzerbaijanSyria.Relations.Cli.Export.Site;

/// <summary>
/// <c>azsy export --format site</c>: a static site of the dataset that any web host, or a browser
/// from <c>file://</c>, serves with no server code. A home page, the timeline with filters, a page
/// per event, person, organization, place, agreement, source and discrepancy, a page per table,
/// search, and the downloads. The same database gives the same bytes.
/// </summary>
internal static class SiteExporter
{
    public static IReadOnlyList<string> Export(RelationsDataset dataset, string directory)
    {
        var connection = dataset.Connection;
        var model = SiteModel.Read(connection);
        var resources = ExportCatalog.Read(connection);
        var databaseBytes = new FileInfo(dataset.Path).Length;
        string databaseSha256;
        using (var stream = File.OpenRead(dataset.Path))
        {
            databaseSha256 = Convert.ToHexStringLower(SHA256.HashData(stream));
        }

        var files = new SiteFiles();
        void AddPage(SitePage page) => files.Add(page.Path, PageLayout.Render(model, page));

        AddPage(HomePage.Render(model, databaseBytes));
        AddPage(TimelinePage.Render(model, connection));
        AddPage(SearchPage.Render(model));
        AddPage(DownloadsPage.Render(model, resources, databaseBytes, databaseSha256));
        AddPage(TablePages.RenderIndex(model));
        foreach (var table in model.Tables)
        {
            AddPage(TablePages.Render(model, table));
            if (table.Kind is not null)
            {
                AddPage(IndexPages.Render(model, table));
                foreach (var row in table.Rows)
                {
                    AddPage(EntityPage.Render(model, row));
                }
            }
        }

        foreach (var (path, text) in SiteAssets.All())
        {
            files.Add(path, text);
        }

        files.Add(HomePage.TimelinePicture, TimelineSvg.Render(dataset.GetTimelineAsync().GetAwaiter().GetResult()));

        // The downloads: the database as it is, the Data Package (its CSV files and descriptor), and Parquet.
        files.AddCopy(DownloadsPage.DatabasePath, dataset.Path);
        var tables = resources.Select(r => (Resource: r, Table: Exporter.Read(connection, r))).ToList();
        var facts = new Dictionary<string, Exporter.FileFacts>(StringComparer.Ordinal);
        foreach (var (resource, table) in tables)
        {
            using var buffer = new MemoryStream();
            using (var writer = new StreamWriter(buffer, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
            {
                Formats.WriteCsv(writer, table);
            }

            var bytes = buffer.ToArray();
            facts[resource.Name] = new Exporter.FileFacts(bytes.Length, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)));
            files.Add($"{DownloadsPage.PackageFolder}/{resource.Name}.csv", () => bytes);
        }

        files.Add(DownloadsPage.PackagePath, DataPackageDescriptor.Create(dataset, tables, facts));

        // And every table and view as Parquet.
        var datasetFacts = Exporter.ParquetFacts(dataset);
        foreach (var (resource, table) in tables)
        {
            files.Add($"{DownloadsPage.ParquetFolder}/{resource.Name}.parquet", () => ParquetExport.ToBytes(resource, table, datasetFacts));
        }

        return files.WriteTo(directory);
    }
}
