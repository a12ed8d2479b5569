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
    /// <remarks>
    /// The site streams at any size: no table is held (each page reads the rows it shows, by key, see
    /// <see cref="SiteTable"/>), every list of every row is written as its rows are read (sorted, where SQL
    /// cannot give the order, in a <see cref="SiteScratch"/> database on disk), and the files written, their
    /// hashes and the page of every row are tracked there too. What stays in memory is the schema, one page's
    /// rows (a row and the rows that refer to it), and the filters' choices, which the small tables bound.
    /// </remarks>
    public static async Task<IReadOnlyList<string>> ExportAsync(
        RelationsDataset dataset, IReadOnlyDictionary<string, string> metadata, string directory, CancellationToken cancellationToken)
    {
        using var interrupt = dataset.InterruptWhenCancelled(cancellationToken);
        try
        {
            // One read transaction: every page and download is made from the same snapshot of the database.
            using var snapshot = ReadSnapshot.Begin(dataset.Connection);
            using var scratch = new SiteScratch();
            return await Export(dataset, metadata, scratch, cancellationToken).WriteToAsync(directory, cancellationToken).ConfigureAwait(false);
        }
        catch (Microsoft.Data.Sqlite.SqliteException ex) when (ex.SqliteErrorCode == DatasetExporter.Interrupted && cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException(cancellationToken);
        }
    }

    /// <summary>
    /// Every file of the site, each made when it is written and written as it is made: a download as its
    /// rows are read, a page as it is rendered. The downloads come first, then the pages, which read the
    /// rows they show as they are written.
    /// </summary>
    private static SiteFiles Export(RelationsDataset dataset, IReadOnlyDictionary<string, string> metadata, SiteScratch scratch, CancellationToken cancellationToken)
    {
        var connection = dataset.Connection;
        var resources = ExportCatalog.Read(connection);
        var databaseBytes = new FileInfo(dataset.Path).Length;
        var databaseSha256 = Sha256Hash.OfFile(dataset.Path);
        cancellationToken.ThrowIfCancellationRequested();
        var files = new SiteFiles(scratch);

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

        files.AddWriter(HomePage.TimelinePicture, (target, _) =>
        {
            using var writer = new NewlineWriter(new FileStream(target, FileMode.CreateNew, FileAccess.Write));
            TimelineSvg.Write(writer, () => TimelineMarks(connection), title: null);
            return Task.CompletedTask;
        });
        files.Then(() => AddPages(files, dataset, SiteModel.Read(connection, scratch, metadata), resources, databaseBytes, databaseSha256));
        return files;
    }

    /// <summary>Every event as the timeline picture draws it, in the timeline's order (that of <see cref="RelationsDataset.GetTimelineAsync(DateOnly?, DateOnly?, string?, string?, SourceFilter, CancellationToken)"/>), read one at a time.</summary>
    private static IEnumerable<TimelineSvg.Mark> TimelineMarks(Microsoft.Data.Sqlite.SqliteConnection connection)
    {
        static DateOnly? Day(Microsoft.Data.Sqlite.SqliteDataReader reader, int i) =>
            reader.IsDBNull(i) ? null : DateOnly.ParseExact(reader.GetString(i), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        static string? Text(Microsoft.Data.Sqlite.SqliteDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetString(i);

        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT date_earliest, date_latest, date_precision, date_edtf, title, evidence_status, quad_class FROM timeline
            ORDER BY coalesce(date_earliest, date_latest), date_latest, event_id
            """;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return new TimelineSvg.Mark(
                Day(reader, 0), Day(reader, 1), Text(reader, 2), reader.GetString(3), reader.GetString(4), reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetInt32(6));
        }
    }

    /// <summary>Every page, each rendered into its file when its turn comes.</summary>
    private static void AddPages(
        SiteFiles files, RelationsDataset dataset, SiteModel model, IReadOnlyList<ExportResource> resources, long databaseBytes, string databaseSha256)
    {
        var connection = dataset.Connection;
        void AddPage(string path, Func<SitePage> render) => AddPageAfter(path, _ => Task.FromResult(render));
        void AddPageAfter(string path, Func<CancellationToken, Task<Func<SitePage>>> prepare) => files.AddWriter(path, Writer(path, prepare));
        Func<string, CancellationToken, Task> Writer(string path, Func<CancellationToken, Task<Func<SitePage>>> prepare) => async (target, token) =>
        {
            var render = await prepare(token).ConfigureAwait(false);
            using var writer = new NewlineWriter(new FileStream(target, FileMode.CreateNew, FileAccess.Write));
            var page = SitePage.RenderTo(writer, model, render);
            if (page.Path != path)
            {
                throw new InvalidOperationException($"The page {page.Path} was added as {path}.");
            }
        };

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
                // A page per row, each made as the table's rows are read (none is listed beforehand).
                files.AddEach(table.Rows.Select(row =>
                {
                    var path = SiteLinks.EntityPage(kind, row.Key);
                    return (path, Writer(path, _ => Task.FromResult(() => EntityPage.Render(model, row))));
                }));
            }
        }
    }
}
