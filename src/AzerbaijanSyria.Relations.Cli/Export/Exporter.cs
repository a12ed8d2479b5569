using System.Text;
using System.Text.Json;
using AzerbaijanSyria.Relations.Cli.Export.Site;
using AzerbaijanSyria.Relations.Cli.Output;
using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations.Cli.Export;

/// <summary>
/// Writes the dataset's tables and public views as files: CSV (RFC 4180, UTF-8, header row),
/// JSON, a Frictionless Data Package, Datasette metadata, or a static site. The same database gives the same
/// bytes every time: rows in key order, invariant number formats, no timestamps.
/// </summary>
internal static class Exporter
{
    public static readonly string[] FormatNames = ["csv", "json", "datapackage", "datasette", "site"];

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static IReadOnlyList<string> Export(RelationsDataset dataset, string format, string outputDirectory)
    {
        if (File.Exists(outputDirectory))
        {
            throw new UsageException($"--output takes a folder, but '{outputDirectory}' is a file. Name a new folder, or one to write into.");
        }

        Directory.CreateDirectory(outputDirectory);
        var resources = ExportCatalog.Read(dataset.Connection);
        var written = new List<string>();
        switch (format)
        {
            case "csv":
                written.AddRange(resources.Select(r => WriteCsv(dataset.Connection, r, outputDirectory)));
                break;
            case "json":
                written.AddRange(resources.Select(r => WriteJson(dataset.Connection, r, outputDirectory)));
                break;
            case "datapackage":
                var tables = resources.Select(r => (Resource: r, Table: Read(dataset.Connection, r))).ToList();
                foreach (var (resource, table) in tables)
                {
                    written.Add(WriteCsv(table, resource, outputDirectory));
                }

                written.Add(Write(outputDirectory, "datapackage.json", DataPackageDescriptor.Create(dataset, tables)));
                break;
            case "datasette":
                var copy = Path.Combine(outputDirectory, RelationsDataset.DatabaseFileName);
                File.Copy(dataset.Path, copy, overwrite: true);
                written.Add(copy);
                written.Add(Write(outputDirectory, "metadata.json", DatasetteMetadata.Create(dataset, resources)));
                break;
            case "site":
                return SiteExporter.Export(dataset, outputDirectory);
            default:
                throw new UsageException($"Unknown export format '{format}'.");
        }

        return written;
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

    public static string Json(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Formats.JsonOptions))
        {
            write(json);
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static string WriteCsv(SqliteConnection connection, ExportResource resource, string directory) =>
        WriteCsv(Read(connection, resource), resource, directory);

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
