using Dapper;
using AzerbaijanSyria.Relations.Export;

namespace AzerbaijanSyria.Relations.Export.Site;

/// <summary>
/// <c>azsy export --format site</c>: a static site of the dataset that any web host, or a browser
/// from <c>file://</c>, serves with no server code. A home page, the timeline with filters, a page
/// per event, person, organization, place, agreement, source and discrepancy, a page per table,
/// search, and the downloads. The same database gives the same bytes.
/// </summary>
internal static class SiteExporter
{
    public static async Task<IReadOnlyList<string>> ExportAsync(
        RelationsDataset dataset, IReadOnlyDictionary<string, string> metadata, string directory, CancellationToken cancellationToken)
    {
        var events = await dataset.GetTimelineAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        // A file from before the fact_support view (1.0.0) has no page of one-sided facts.
        var oneSided = dataset.Connection.ExecuteScalar<long>("SELECT count(*) FROM sqlite_schema WHERE name = 'fact_support'") == 1
            ? await dataset.GetOneSidedFactsAsync(cancellationToken: cancellationToken).ConfigureAwait(false)
            : null;
        using var interrupt = dataset.InterruptWhenCancelled(cancellationToken);
        try
        {
            return await Export(dataset, metadata, events, oneSided, cancellationToken).WriteToAsync(directory, cancellationToken).ConfigureAwait(false);
        }
        catch (Microsoft.Data.Sqlite.SqliteException ex) when (ex.SqliteErrorCode == DatasetExporter.Interrupted && cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException(cancellationToken);
        }
    }

    /// <summary>Every file of the site, its content made when it is written.</summary>
    private static SiteFiles Export(
        RelationsDataset dataset, IReadOnlyDictionary<string, string> metadata, IReadOnlyList<TimelineEvent> events, IReadOnlyList<OneSidedFact>? oneSided,
        CancellationToken cancellationToken)
    {
        var connection = dataset.Connection;
        var model = SiteModel.Read(connection, metadata);
        var resources = ExportCatalog.Read(connection);
        var databaseBytes = new FileInfo(dataset.Path).Length;
        var databaseSha256 = Sha256Hash.OfFile(dataset.Path);
        cancellationToken.ThrowIfCancellationRequested();

        var files = new SiteFiles();
        void AddPage(SitePage page) => files.Add(page.Path, PageLayout.Render(model, page));

        AddPage(HomePage.Render(model, databaseBytes));
        AddPage(TimelinePage.Render(model, connection));
        AddPage(SearchPage.Render(model));
        if (OfficesPage.Applies(model))
        {
            AddPage(OfficesPage.Render(model));
        }

        if (oneSided is not null)
        {
            AddPage(OneSidedPage.Render(model, oneSided));
        }
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

        files.Add(HomePage.TimelinePicture, TimelineSvg.Render(events));

        // The downloads: the database as it is, the Data Package (its CSV files and descriptor), and Parquet.
        files.AddCopy(DownloadsPage.DatabasePath, dataset.Path);
        var tables = resources.Select(r => (Resource: r, Table: DatasetExporter.Read(connection, r))).ToList();
        var facts = new Dictionary<string, DatasetExporter.FileFacts>(StringComparer.Ordinal);
        foreach (var (resource, table) in tables)
        {
            using var buffer = new MemoryStream();
            using (var writer = new StreamWriter(buffer, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
            {
                ResultWriter.WriteCsv(writer, table);
            }

            var bytes = buffer.ToArray();
            facts[resource.Name] = new DatasetExporter.FileFacts(bytes.Length, Sha256Hash.Of(bytes));
            files.Add($"{DownloadsPage.PackageFolder}/{resource.Name}.csv", () => bytes);
        }

        files.Add(DownloadsPage.PackagePath, DataPackageDescriptor.Create(dataset, metadata, tables.Select(t => (t.Resource, ColumnProfile.Of(t.Resource, t.Table.Rows))).ToList(), facts));

        // And every table and view as Parquet.
        var datasetFacts = DatasetExporter.ParquetFacts(metadata);
        foreach (var (resource, table) in tables)
        {
            files.Add($"{DownloadsPage.ParquetFolder}/{resource.Name}.parquet", token => ParquetExport.ToBytesAsync(resource, table, datasetFacts, token));
        }

        cancellationToken.ThrowIfCancellationRequested();
        return files;
    }
}
