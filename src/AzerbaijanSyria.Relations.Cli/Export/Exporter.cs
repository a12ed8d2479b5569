using System.Text;
using System.Text.Json;
using AzerbaijanSyria.Relations.Cli.Export.Site;
using AzerbaijanSyria.Relations.Cli.Output;
using Dapper;
using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations.Cli.Export;

/// <summary>
/// Writes the dataset's tables and public views as files: CSV (RFC 4180, UTF-8, header row),
/// JSON, a Frictionless Data Package, Datasette metadata, or a static site. The same database gives the same
/// bytes every time: rows in key order, invariant number formats, no timestamps.
/// </summary>
internal static class Exporter
{
    public static readonly string[] FormatNames = ["csv", "json", "datapackage", "datasette", "parquet", "site"];

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Writes the export into <paramref name="outputDirectory"/> whole or not at all (see
    /// <see cref="ExportFolder"/>); returns the paths written.
    /// </summary>
    public static IReadOnlyList<string> Export(RelationsDataset dataset, string format, string outputDirectory)
    {
        if (!FormatNames.Contains(format))
        {
            throw new UsageException($"Unknown export format '{format}'.");
        }

        if (format == "site")
        {
            // The site keeps its own per-file atomic writes and its manifest of stale files
            // (see SiteFiles), since it is a tree of folders rather than a flat folder.
            if (File.Exists(outputDirectory))
            {
                throw new IOException(Messages.ExportTargetIsFile(Path.GetFullPath(outputDirectory)));
            }

            return SiteExporter.Export(dataset, outputDirectory);
        }

        using var folder = ExportFolder.Begin(Path.GetFullPath(outputDirectory));
        var staging = folder.Path;
        var resources = ExportCatalog.Read(dataset.Connection);
        switch (format)
        {
            case "csv":
                foreach (var resource in resources)
                {
                    WriteCsv(Read(dataset.Connection, resource), resource, staging);
                }

                break;
            case "json":
                foreach (var resource in resources)
                {
                    WriteJson(dataset.Connection, resource, staging);
                }

                break;
            case "datapackage":
                var tables = resources.Select(r => (Resource: r, Table: Read(dataset.Connection, r))).ToList();
                var files = new Dictionary<string, FileFacts>(StringComparer.Ordinal);
                foreach (var (resource, table) in tables)
                {
                    files[resource.Name] = FileFacts.Of(WriteCsv(table, resource, staging));
                }

                Write(staging, "datapackage.json", DataPackageDescriptor.Create(dataset, tables, files));
                break;
            case "parquet":
                var facts = ParquetFacts(dataset);
                foreach (var resource in resources)
                {
                    ParquetExport.Write(Path.Combine(staging, resource.Name + ".parquet"), resource, Read(dataset.Connection, resource), facts);
                }

                break;
            default:
                CopyDatabase(dataset, Path.Combine(staging, RelationsDataset.DatabaseFileName));
                Write(staging, "metadata.json", DatasetteMetadata.Create(dataset, resources));
                break;
        }

        return folder.Commit();
    }

    /// <summary>The dataset's title, version and data licence, which every Parquet file carries as metadata.</summary>
    public static IReadOnlyDictionary<string, string> ParquetFacts(RelationsDataset dataset) =>
        dataset.Connection.Query<(string Key, string Value)>("SELECT 'dataset:' || key, value FROM dataset_metadata WHERE key IN ('title', 'version', 'licence_data') ORDER BY key")
            .ToDictionary(m => m.Key, m => m.Value, StringComparer.Ordinal);

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

    public static ResultTable Read(SqliteConnection connection, ExportResource resource)
    {
        using var command = connection.CreateCommand();
        command.CommandText = resource.SelectSql();
        using var reader = command.ExecuteReader();
        return ResultTable.Read(reader);
    }

    public static string Write(string directory, string fileName, string text)
    {
        var path = Path.Combine(directory, fileName);
        File.WriteAllText(path, text.ReplaceLineEndings("\n"), Utf8NoBom);
        return path;
    }

    public static string Json(Action<Utf8JsonWriter> write, bool indented = true)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, indented ? Formats.JsonOptions : Formats.JsonOptions with { Indented = false }))
        {
            write(json);
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>The size and SHA-256 of a written file, for the data package's <c>bytes</c> and <c>hash</c>.</summary>
    internal sealed record FileFacts(long Bytes, string Sha256)
    {
        public static FileFacts Of(string path)
        {
            using var stream = File.OpenRead(path);
            return new FileFacts(stream.Length, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(stream)));
        }
    }

    private static string WriteCsv(ResultTable table, ExportResource resource, string directory)
    {
        var path = Path.Combine(directory, resource.Name + ".csv");
        using var writer = new StreamWriter(path, append: false, Utf8NoBom);
        Formats.WriteCsv(writer, table);
        return path;
    }

    private static string WriteJson(SqliteConnection connection, ExportResource resource, string directory)
    {
        var path = Path.Combine(directory, resource.Name + ".json");
        File.WriteAllText(path, Formats.ToJson(Read(connection, resource)) + "\n", Utf8NoBom);
        return path;
    }
}
