using System.Text.Json;
using Dapper;

namespace AzerbaijanSyria.Relations.Export;

/// <summary>
/// Writes <c>datapackage.json</c> following the Frictionless Data Package v2 specification: per
/// resource its CSV dialect, size and SHA-256, and a Table Schema whose types, <c>enum</c>
/// constraints (the closed vocabularies of the CHECK constraints), booleans (the 0/1 flags),
/// required fields and keys come from the file's own schema.
/// </summary>
internal static class DataPackageDescriptor
{
    /// <summary>Who made the dataset, as the packages and CITATION.cff name them.</summary>
    public const string Contributors = "Azerbaijan–Syria relations dataset contributors";

    public static string Create(
        RelationsDataset dataset,
        IReadOnlyDictionary<string, string> metadata,
        IReadOnlyList<(ExportResource Resource, ColumnProfile[] Profiles)> tables,
        IReadOnlyDictionary<string, DatasetExporter.FileFacts> files)
    {
        var sources = dataset.Connection.Rows<string, string?>(
            "SELECT title, url FROM sources ORDER BY kind <> 'article', source_id").Select(static ((string Title, string? Url) row) => row).ToList();
        var article = dataset.Connection.QueryFirstOrDefault<string?>("SELECT url FROM sources WHERE kind = 'article' ORDER BY source_id");
        // The package is made from the data, so its date is the data's: the day its newest source was read.
        var created = dataset.Connection.ExecuteScalar<string?>("SELECT max(date_accessed) FROM sources");

        return DatasetExporter.Json(json =>
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://datapackage.org/profiles/2.0/datapackage.json");
            json.WriteString("name", "azerbaijan-syria-relations");
            json.WriteString("title", metadata["title"]);
            json.WriteString("description", metadata["description"]);
            json.WriteString("version", metadata["version"]);
            // The dataset's own home when the file records one; otherwise the page of the article it is built on.
            if ((metadata.GetValueOrDefault("homepage") ?? article) is { } homepage)
            {
                json.WriteString("homepage", homepage);
            }

            if (created is not null)
            {
                json.WriteString("created", created + "T00:00:00Z");
            }

            json.WriteStartArray("keywords");
            foreach (var keyword in new[] { "Azerbaijan", "Syria", "international relations", "diplomacy", "CAMEO" })
            {
                json.WriteStringValue(keyword);
            }

            json.WriteEndArray();
            json.WriteStartArray("contributors");
            json.WriteStartObject();
            json.WriteString("title", Contributors);
            json.WriteStartArray("roles");
            json.WriteStringValue("creator");
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteStartArray("licenses");
            json.WriteStartObject();
            json.WriteString("name", "CC-BY-4.0");
            json.WriteString("path", "https://creativecommons.org/licenses/by/4.0/");
            json.WriteString("title", "Creative Commons Attribution 4.0 International");
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteStartArray("sources");
            foreach (var (title, url) in sources)
            {
                json.WriteStartObject();
                json.WriteString("title", title);
                if (url is not null)
                {
                    json.WriteString("path", url);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("resources");
            foreach (var (resource, profiles) in tables)
            {
                WriteResource(json, resource, profiles, files[resource.Name]);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private static void WriteResource(Utf8JsonWriter json, ExportResource resource, ColumnProfile[] profiles, DatasetExporter.FileFacts file)
    {
        json.WriteStartObject();
        json.WriteString("name", resource.Name);
        json.WriteString("type", "table");
        json.WriteString("path", resource.Name + ".csv");
        json.WriteString("scheme", "file");
        json.WriteString("format", "csv");
        json.WriteString("mediatype", "text/csv");
        json.WriteString("encoding", "utf-8");
        json.WriteNumber("bytes", file.Bytes);
        json.WriteString("hash", "sha256:" + file.Sha256);
        json.WriteString("description", resource.Description);
        // What ResultWriter.WriteCsv writes: RFC 4180, a header row, CRLF, doubled quotes, empty fields for NULL.
        json.WriteStartObject("dialect");
        json.WriteString("$schema", "https://datapackage.org/profiles/2.0/tabledialect.json");
        json.WriteBoolean("header", true);
        json.WriteString("delimiter", ",");
        json.WriteString("lineTerminator", "\r\n");
        json.WriteString("quoteChar", "\"");
        json.WriteBoolean("doubleQuote", true);
        json.WriteBoolean("skipInitialSpace", false);
        json.WriteEndObject();
        json.WriteStartObject("schema");
        json.WriteString("$schema", "https://datapackage.org/profiles/2.0/tableschema.json");
        json.WriteStartArray("fields");
        for (var i = 0; i < resource.Columns.Count; i++)
        {
            var column = resource.Columns[i];
            var values = profiles[i];
            var type = FieldType(column, values);
            json.WriteStartObject();
            json.WriteString("name", column.Name);
            json.WriteString("type", type);
            json.WriteString("description", column.Description);
            if (type == "boolean")
            {
                json.WriteStartArray("trueValues");
                json.WriteStringValue("1");
                json.WriteEndArray();
                json.WriteStartArray("falseValues");
                json.WriteStringValue("0");
                json.WriteEndArray();
            }

            // A CSV field is empty for NULL and for '' alike. A NOT NULL column that holds '' (blank
            // lines of a reference file) says, field by field as Table Schema v2 allows, that an empty
            // field is a value there, and is not marked required, which a reader that knows only the
            // package-wide missing values would otherwise refuse.
            var holdsEmptyText = values.HoldsEmptyText;
            if (holdsEmptyText && column.NotNull)
            {
                json.WriteStartArray("missingValues");
                json.WriteEndArray();
            }

            var required = (column.NotNull || column.PrimaryKeyPosition > 0) && !holdsEmptyText;
            var vocabulary = column.Values is { } v && type == "string" && values.AllInVocabulary ? v : null;
            if (required || vocabulary is not null)
            {
                json.WriteStartObject("constraints");
                if (required)
                {
                    json.WriteBoolean("required", true);
                }

                if (vocabulary is not null)
                {
                    json.WriteStartArray("enum");
                    foreach (var value in vocabulary)
                    {
                        json.WriteStringValue(value);
                    }

                    json.WriteEndArray();
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        var primaryKey = resource.PrimaryKey.ToList();
        if (primaryKey.Count > 0)
        {
            json.WriteStartArray("primaryKey");
            primaryKey.ForEach(json.WriteStringValue);
            json.WriteEndArray();
        }

        json.WriteStartArray("missingValues");
        json.WriteStringValue(string.Empty);
        json.WriteEndArray();
        if (resource.ForeignKeys.Count > 0)
        {
            json.WriteStartArray("foreignKeys");
            foreach (var key in resource.ForeignKeys)
            {
                json.WriteStartObject();
                json.WriteStartArray("fields");
                foreach (var c in key.Columns)
                {
                    json.WriteStringValue(c);
                }

                json.WriteEndArray();
                json.WriteStartObject("reference");
                json.WriteString("resource", key.Table);
                json.WriteStartArray("fields");
                foreach (var c in key.ReferencedColumns)
                {
                    json.WriteStringValue(c);
                }

                json.WriteEndArray();
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>
    /// The Table Schema type: <c>date</c> for an ISO day, <c>boolean</c> for a 0/1 flag, else from the
    /// declared SQLite type or, for computed view columns, from the values. A view column takes a
    /// table column's date or flag type only when every value it holds fits.
    /// </summary>
    private static string FieldType(ExportColumn column, ColumnProfile values)
    {
        if (column.IsDate && values.AllDays)
        {
            return "date";
        }

        if (column.Flag && values.AllFlags)
        {
            return "boolean";
        }

        switch (column.DeclaredType.ToUpperInvariant())
        {
            case "INTEGER": return "integer";
            case "REAL": return "number";
            case "TEXT": return "string";
        }

        if (values.Count > 0 && values.AllIntegers)
        {
            return "integer";
        }

        if (values.Count > 0 && values.AllNumbers)
        {
            return "number";
        }

        return "string";
    }
}
