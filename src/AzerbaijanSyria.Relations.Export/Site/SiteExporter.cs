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
    /// <summary>
    /// The most rows (of every table, all together) the site is written from. The pages link every row to
    /// every other, so the site holds them all in memory while it writes (everything else it writes as it
    /// makes it); at this many its peak resident memory stays well under 200 MB (about 159,000 KiB measured at
    /// 29,600 rows, where 44,000 rows already took up to 188,000 KiB on a loaded machine; the shipped file's
    /// 10,500 take about 122,000). A larger file is refused before anything is written: the Datasette export
    /// serves the same tables, and the other formats, at any size.
    /// </summary>
    public const long MaxRows = 30_000;

    /// <exception cref="IOException">The file has more than <see cref="MaxRows"/> rows; nothing was written.</exception>
    public static async Task<IReadOnlyList<string>> ExportAsync(
        RelationsDataset dataset, IReadOnlyDictionary<string, string> metadata, string directory, CancellationToken cancellationToken)
    {
        var rows = SiteModel.CountRows(dataset.Connection);
        if (rows > MaxRows)
        {
            throw new IOException(ExportMessages.SiteTooLarge(dataset.Path, rows, MaxRows));
        }

        using var interrupt = dataset.InterruptWhenCancelled(cancellationToken);
        try
        {
            // One read transaction: every page and download is made from the same snapshot of the database.
            using var snapshot = ReadSnapshot.Begin(dataset.Connection);
            return await Export(dataset, metadata, cancellationToken).WriteToAsync(directory, cancellationToken).ConfigureAwait(false);
        }
        catch (Microsoft.Data.Sqlite.SqliteException ex) when (ex.SqliteErrorCode == DatasetExporter.Interrupted && cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException(cancellationToken);
        }
    }

    /// <summary>
    /// Every file of the site, each made when it is written and written as it is made: a download as its
    /// rows are read, a page as it is rendered. The downloads come first; only then is the model (every
    /// table the pages link between) read, and it is the one thing held while the pages are written.
    /// </summary>
    private static SiteFiles Export(RelationsDataset dataset, IReadOnlyDictionary<string, string> metadata, CancellationToken cancellationToken)
    {
        var connection = dataset.Connection;
        var resources = ExportCatalog.Read(connection);
        var databaseBytes = new FileInfo(dataset.Path).Length;
        var databaseSha256 = Sha256Hash.OfFile(dataset.Path);
        cancellationToken.ThrowIfCancellationRequested();
        var files = new SiteFiles();

        // The downloads: the database as it is, the Data Package (its CSV files, written as their rows are
        // read, and then the descriptor, from what the CSV files learnt), and Parquet.
        files.AddCopy(DownloadsPage.DatabasePath, dataset.Path);
        var profiles = new List<(ExportResource Resource, ColumnProfile[] Profiles)>();
        var facts = new Dictionary<string, DatasetExporter.FileFacts>(StringComparer.Ordinal);
        foreach (var resource in resources)
        {
            files.AddWriter($"{DownloadsPage.PackageFolder}/{resource.Name}.csv", (target, _) =>
            {
                var columns = ColumnProfile.Of(resource);
                using (var writer = new StreamWriter(new FileStream(target, FileMode.CreateNew, FileAccess.Write), new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
                {
                    using var command = connection.CreateCommand();
                    command.CommandText = resource.SelectSql();
                    using var reader = command.ExecuteReader();
                    ResultWriter.WriteCsv(writer, ResultTable.ColumnNames(reader), ColumnProfile.Observe(ResultTable.Stream(reader), columns));
                }

                profiles.Add((resource, columns));
                facts[resource.Name] = DatasetExporter.FileFacts.Of(target);
                return Task.CompletedTask;
            });
        }

        files.Add(DownloadsPage.PackagePath, () => DataPackageDescriptor.Create(dataset, metadata, profiles, facts));

        // And every table and view as Parquet, each read twice (to type its columns, then to write them).
        var datasetFacts = DatasetExporter.ParquetFacts(metadata);
        foreach (var resource in resources)
        {
            files.AddWriter(
                $"{DownloadsPage.ParquetFolder}/{resource.Name}.parquet",
                (target, token) => ParquetExport.WriteAsync(target, resource, () => DatasetExporter.Rows(connection, resource), datasetFacts, token));
        }

        foreach (var (path, text) in SiteAssets.All())
        {
            files.Add(path, text);
        }

        files.Add(HomePage.TimelinePicture, async token => TimelineSvg.Render(await dataset.GetTimelineAsync(cancellationToken: token).ConfigureAwait(false)));
        files.Then(() => AddPages(files, dataset, SiteModel.Read(connection, metadata), resources, databaseBytes, databaseSha256));
        return files;
    }

    /// <summary>Every page, each rendered into its file when its turn comes.</summary>
    private static void AddPages(
        SiteFiles files, RelationsDataset dataset, SiteModel model, IReadOnlyList<ExportResource> resources, long databaseBytes, string databaseSha256)
    {
        var connection = dataset.Connection;
        void AddPage(string path, Func<SitePage> render) => AddPageAfter(path, _ => Task.FromResult(render));
        void AddPageAfter(string path, Func<CancellationToken, Task<Func<SitePage>>> prepare) => files.AddWriter(path, async (target, token) =>
        {
            var render = await prepare(token).ConfigureAwait(false);
            using var writer = new NewlineWriter(new FileStream(target, FileMode.CreateNew, FileAccess.Write));
            var page = SitePage.RenderTo(writer, model, render);
            if (page.Path != path)
            {
                throw new InvalidOperationException($"The page {page.Path} was added as {path}.");
            }
        });

        AddPage(HomePage.Path, () => HomePage.Render(model, databaseBytes));
        AddPage(TimelinePage.Path, () => TimelinePage.Render(model, connection));
        AddPage(SearchPage.Path, () => SearchPage.Render(model));
        if (OfficesPage.Applies(model))
        {
            AddPage(OfficesPage.Path, () => OfficesPage.Render(model));
        }

        // A file from before the fact_support view (1.0.0) has no page of one-sided facts.
        if (connection.ExecuteScalar<long>("SELECT count(*) FROM sqlite_schema WHERE name = 'fact_support'") == 1)
        {
            AddPageAfter(OneSidedPage.Path, async token =>
            {
                var oneSided = await dataset.GetOneSidedFactsAsync(cancellationToken: token).ConfigureAwait(false);
                return () => OneSidedPage.Render(model, oneSided);
            });
        }

        AddPage(DownloadsPage.Path, () => DownloadsPage.Render(model, resources, databaseBytes, databaseSha256));
        AddPage(TablePages.IndexPath, () => TablePages.RenderIndex(model));
        foreach (var table in model.Tables)
        {
            AddPage(SiteLinks.TablePage(table.Name), () => TablePages.Render(model, table));
            if (table.Kind is { } kind)
            {
                AddPage(IndexPages.PathOf(kind), () => IndexPages.Render(model, table));
                foreach (var row in table.Rows)
                {
                    AddPage(SiteLinks.EntityPage(kind, row.Key), () => EntityPage.Render(model, row));
                }
            }
        }
    }
}
