using System.Text;
using System.Text.Json;
using AzerbaijanSyria.Relations.Export.Site;
using Dapper;
using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations.Export;

/// <summary>
/// Writes the dataset's tables and public views as files: CSV (RFC 4180, UTF-8, header row), JSON, a
/// Frictionless Data Package, Datasette metadata, Parquet, or a static site. The same database gives
/// the same bytes every time: rows in key order, invariant number formats, no timestamps.
/// </summary>
public static class DatasetExporter
{
    /// <summary>The formats' names, as <c>azsy export --format</c> takes them: csv, json, datapackage, datasette, parquet, site.</summary>
    public static IReadOnlyList<string> FormatNames { get; } = Enum.GetValues<ExportFormat>().Select(FormatName).ToArray();

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The name of <paramref name="format"/>, in lower case (<c>datapackage</c>).</summary>
    /// <param name="format">A format.</param>
    /// <returns>Its name.</returns>
    public static string FormatName(ExportFormat format) => format.ToString().ToLowerInvariant();

    /// <summary>The format called <paramref name="name"/> (see <see cref="FormatNames"/>).</summary>
    /// <param name="name">A format's name, in lower case.</param>
    /// <returns>The format.</returns>
    /// <exception cref="ArgumentException">No format has that name; the message lists the names.</exception>
    public static ExportFormat ParseFormat(string name) =>
        Enum.GetValues<ExportFormat>().FirstOrDefault(f => FormatName(f) == name, (ExportFormat)(-1)) is var format && format >= 0
            ? format
            : throw new ArgumentException(ExportMessages.UnknownFormat(name, FormatNames), nameof(name));

    /// <summary>
    /// Writes every table and public view of <paramref name="dataset"/> in <paramref name="format"/> into
    /// <paramref name="outputDirectory"/>, whole or not at all: the files are written into a hidden
    /// folder beside it and appear only when every one is written (a new folder appears whole; into an
    /// existing folder each file replaces its old copy, and other files there are left alone). The site
    /// replaces its whole folder the same way: staged beside it, it takes the old folder's place only when
    /// every page is written, keeping the files the site did not write and dropping the pages of rows that
    /// are gone (by its manifest, <c>.azsy-site</c>, with each file's SHA-256). Only a regular file is ever
    /// replaced, and no symbolic link is written through or followed.
    /// </summary>
    /// <param name="dataset">The open dataset.</param>
    /// <param name="format">What to write.</param>
    /// <param name="outputDirectory">The folder to write into (created if missing).</param>
    /// <param name="cancellationToken">Stops the export, also in the middle of a query; nothing is written then.</param>
    /// <returns>The paths written.</returns>
    /// <exception cref="ArgumentException"><paramref name="outputDirectory"/> is empty or the root of a file system.</exception>
    /// <exception cref="IOException">A file, a symbolic link, a FIFO, a socket or a device is at <paramref name="outputDirectory"/>, or a folder or anything but a regular file where a file goes; nothing was written.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "Shipped in 1.0.0; the overload with options is chosen only when they are given.")]
    public static Task<IReadOnlyList<string>> ExportAsync(
        RelationsDataset dataset, ExportFormat format, string outputDirectory, CancellationToken cancellationToken = default) =>
        ExportAsync(dataset, format, outputDirectory, ExportOptions.Default, cancellationToken);

    /// <summary>
    /// Writes every table and public view of <paramref name="dataset"/> in <paramref name="format"/> into
    /// <paramref name="outputDirectory"/> as <paramref name="options"/> say, whole or not at all (see
    /// <see cref="ExportAsync(RelationsDataset, ExportFormat, string, CancellationToken)"/>).
    /// </summary>
    /// <param name="dataset">The open dataset.</param>
    /// <param name="format">What to write.</param>
    /// <param name="outputDirectory">The folder to write into (created if missing).</param>
    /// <param name="options">How to write it, such as <see cref="ExportOptions.NeutraliseFormulas"/> for CSV read in a spreadsheet.</param>
    /// <param name="cancellationToken">Stops the export, also in the middle of a query; nothing is written then.</param>
    /// <returns>The paths written.</returns>
    /// <exception cref="ArgumentException"><paramref name="outputDirectory"/> is empty or the root of a file system, or an option does not apply to <paramref name="format"/>.</exception>
    /// <exception cref="IOException">A file, a symbolic link, a FIFO, a socket or a device is at <paramref name="outputDirectory"/>, or a folder or anything but a regular file where a file goes; nothing was written.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "Chosen only when options are given; the overload without them shipped in 1.0.0.")]
    public static async Task<IReadOnlyList<string>> ExportAsync(
        RelationsDataset dataset, ExportFormat format, string outputDirectory, ExportOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.NeutraliseFormulas && format != ExportFormat.Csv)
        {
            throw new ArgumentException(ExportMessages.NeutraliseFormulasNeedsCsv(FormatName(format)), nameof(options));
        }

        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputDirectory);
        if (!Enum.IsDefined(format))
        {
            throw new ArgumentOutOfRangeException(nameof(format), format, ExportMessages.UnknownFormat(format.ToString(), FormatNames));
        }

        var metadata = await dataset.GetMetadataAsync(cancellationToken).ConfigureAwait(false);
        if (format == ExportFormat.Site)
        {
            // The site is a tree of folders rather than a flat folder: it replaces the whole folder (see SiteFiles).
            ExportFolder.CheckTarget(Path.GetFullPath(outputDirectory));

            return await SiteExporter.ExportAsync(dataset, metadata, outputDirectory, cancellationToken).ConfigureAwait(false);
        }

        using var interrupt = dataset.InterruptWhenCancelled(cancellationToken);
        try
        {
            return await ExportFilesAsync(dataset, metadata, format, outputDirectory, options, cancellationToken).ConfigureAwait(false);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == Interrupted && cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException(cancellationToken);
        }
    }

    /// <summary>SQLite's code for a statement interrupted by <see cref="RelationsDataset.InterruptWhenCancelled"/>.</summary>
    internal const int Interrupted = 9;

    private static async Task<IReadOnlyList<string>> ExportFilesAsync(
        RelationsDataset dataset, IReadOnlyDictionary<string, string> metadata, ExportFormat format, string outputDirectory, ExportOptions options, CancellationToken cancellationToken)
    {
        using var folder = ExportFolder.Begin(Path.GetFullPath(outputDirectory));
        var staging = folder.Path;
        // One read transaction: every file is written from the same snapshot of the database, and
        // Parquet's two passes over a table see the same rows.
        using var snapshot = ReadSnapshot.Begin(dataset.Connection);
        var resources = ExportCatalog.Read(dataset.Connection);
        switch (format)
        {
            case ExportFormat.Csv:
                foreach (var resource in resources)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    WriteCsv(dataset.Connection, resource, staging, profiles: null, options.NeutraliseFormulas);
                }

                break;
            case ExportFormat.Json:
                foreach (var resource in resources)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    WriteJson(dataset.Connection, resource, staging);
                }

                break;
            case ExportFormat.DataPackage:
                var tables = new List<(ExportResource Resource, ColumnProfile[] Profiles)>();
                var files = new Dictionary<string, FileFacts>(StringComparer.Ordinal);
                foreach (var resource in resources)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var profiles = ColumnProfile.Of(resource);
                    files[resource.Name] = FileFacts.Of(WriteCsv(dataset.Connection, resource, staging, profiles));
                    tables.Add((resource, profiles));
                }

                Write(staging, "datapackage.json", DataPackageDescriptor.Create(dataset, metadata, tables, files));
                break;
            case ExportFormat.Parquet:
                var facts = ParquetFacts(metadata);
                foreach (var resource in resources)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    await ParquetExport.WriteAsync(Path.Combine(staging, resource.Name + ".parquet"), resource, () => Rows(dataset.Connection, resource), facts, cancellationToken).ConfigureAwait(false);
                }

                break;
            default:
                CopyDatabase(dataset, Path.Combine(staging, RelationsDataset.DatabaseFileName));
                Write(staging, "metadata.json", DatasetteMetadata.Create(dataset, metadata, resources));
                break;
        }

        cancellationToken.ThrowIfCancellationRequested();
        return folder.Commit();
    }

    /// <summary>The dataset's title, version and data licence, which every Parquet file carries as metadata.</summary>
    internal static IReadOnlyDictionary<string, string> ParquetFacts(IReadOnlyDictionary<string, string> metadata) =>
        metadata.Where(m => m.Key is "title" or "version" or "licence_data")
            .ToDictionary(m => "dataset:" + m.Key, m => m.Value, StringComparer.Ordinal);

    /// <summary>
    /// A copy of the database as SQLite reads it (through SQLite's backup, so rows still only in a
    /// write-ahead log are copied too), in rollback-journal mode, with nothing beside it.
    /// </summary>
    private static void CopyDatabase(RelationsDataset dataset, string path)
    {
        using var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString());
        copy.Open();
        dataset.Connection.BackupDatabase(copy);
        using var command = copy.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = DELETE";
        command.ExecuteScalar();
    }

    /// <summary>The rows of <paramref name="resource"/> in its stable order, read one at a time as they are enumerated.</summary>
    internal static IEnumerable<object?[]> Rows(SqliteConnection connection, ExportResource resource)
    {
        using var command = connection.CreateCommand();
        command.CommandText = resource.SelectSql();
        using var reader = command.ExecuteReader();
        foreach (var row in ResultTable.Stream(reader))
        {
            yield return row;
        }
    }

    internal static ResultTable Read(SqliteConnection connection, ExportResource resource)
    {
        using var command = connection.CreateCommand();
        command.CommandText = resource.SelectSql();
        using var reader = command.ExecuteReader();
        return ResultTable.Read(reader);
    }

    internal static string Write(string directory, string fileName, string text)
    {
        var path = Path.Combine(directory, fileName);
        File.WriteAllText(path, text.ReplaceLineEndings("\n"), Utf8NoBom);
        return path;
    }

    internal static string Json(Action<Utf8JsonWriter> write, bool indented = true)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, indented ? ResultWriter.JsonOptions : ResultWriter.JsonOptions with { Indented = false }))
        {
            write(json);
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>The size and SHA-256 of a written file, for the data package's <c>bytes</c> and <c>hash</c>.</summary>
    internal sealed record FileFacts(long Bytes, string Sha256)
    {
        public static FileFacts Of(string path) => new(new FileInfo(path).Length, Sha256Hash.OfFile(path));
    }

    /// <summary>Writes the resource's CSV as its rows are read; <paramref name="profiles"/>, when given, learn every value on the way.</summary>
    private static string WriteCsv(SqliteConnection connection, ExportResource resource, string directory, ColumnProfile[]? profiles, bool neutraliseFormulas = false)
    {
        var path = Path.Combine(directory, resource.Name + ".csv");
        using var command = connection.CreateCommand();
        command.CommandText = resource.SelectSql();
        using var reader = command.ExecuteReader();
        using var writer = new StreamWriter(path, append: false, Utf8NoBom);
        var rows = ResultTable.Stream(reader);
        ResultWriter.WriteCsv(writer, ResultTable.ColumnNames(reader), profiles is null ? rows : ColumnProfile.Observe(rows, profiles), neutraliseFormulas);
        return path;
    }

    private static string WriteJson(SqliteConnection connection, ExportResource resource, string directory)
    {
        var path = Path.Combine(directory, resource.Name + ".json");
        using var command = connection.CreateCommand();
        command.CommandText = resource.SelectSql();
        using var reader = command.ExecuteReader();
        using var writer = new StreamWriter(path, append: false, Utf8NoBom);
        ResultWriter.WriteJson(writer, ResultTable.ColumnNames(reader), ResultTable.Stream(reader));
        writer.Write('\n');
        return path;
    }
}
