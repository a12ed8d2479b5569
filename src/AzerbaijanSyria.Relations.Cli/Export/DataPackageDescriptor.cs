using System.Text.Json;
using AzerbaijanSyria.Relations.Cli.Output;
using Dapper;

namespace AzerbaijanSyria.Relations.Cli.Export;

/// <summary>Writes <c>datapackage.json</c> following the Frictionless Data Package v2 specification.</summary>
internal static class DataPackageDescriptor
{
    private static readonly HashSet<string> DateColumns = new(StringComparer.Ordinal)
    {
        "date_earliest", "date_latest", "date_published", "date_accessed", "start_earliest", "start_latest",
        "end_earliest", "end_latest", "valid_until", "period_start", "period_end",
    };

    public static string Create(RelationsDataset dataset, IReadOnlyList<(ExportResource Resource, ResultTable Table)> tables)
    {
        var metadata = dataset.Connection.Query<(string Key, string Value)>("SELECT key, value FROM dataset_metadata ORDER BY key")
            .ToDictionary(m => m.Key, m => m.Value, StringComparer.Ordinal);
        var sources = dataset.Connection.Query<(string Title, string? Url)>(
            "SELECT title, url FROM sources ORDER BY kind <> 'article', source_id").ToList();

        return Exporter.Json(json =>
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://datapackage.org/profiles/2.0/datapackage.json");
            json.WriteString("name", "azerbaijan-syria-relations");
            json.WriteString("title", metadata["title"]);
            json.WriteString("description", metadata["description"]);
            json.WriteString("version", metadata["version"]);
            json.WriteStartArray("keywords");
            foreach (var keyword in new[] { "Azerbaijan", "Syria", "international relations", "diplomacy", "CAMEO" })
            {
                json.WriteStringValue(keyword);
            }

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
            foreach (var (resource, table) in tables)
            {
                WriteResource(json, resource, table);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private static void WriteResource(Utf8JsonWriter json, ExportResource resource, ResultTable table)
    {
        json.WriteStartObject();
        json.WriteString("name", resource.Name);
        json.WriteString("type", "table");
        json.WriteString("path", resource.Name + ".csv");
        json.WriteString("scheme", "file");
        json.WriteString("format", "csv");
        json.WriteString("mediatype", "text/csv");
        json.WriteString("encoding", "utf-8");
        json.WriteString("description", resource.Description);
        json.WriteStartObject("schema");
        json.WriteString("$schema", "https://datapackage.org/profiles/2.0/tableschema.json");
        json.WriteStartArray("fields");
        for (var i = 0; i < resource.Columns.Count; i++)
        {
            var column = resource.Columns[i];
            json.WriteStartObject();
            json.WriteString("name", column.Name);
            json.WriteString("type", FieldType(column, table.Rows.Select(r => r[i])));
            json.WriteString("description", column.Description);
            if (column.NotNull || column.PrimaryKeyPosition > 0)
            {
                json.WriteStartObject("constraints");
                json.WriteBoolean("required", true);
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

    /// <summary>The Table Schema type: from the declared SQLite type, or, for computed view columns, from the values.</summary>
    private static string FieldType(ExportColumn column, IEnumerable<object?> values)
    {
        if (DateColumns.Contains(column.Name))
        {
            return "date";
        }

        switch (column.DeclaredType.ToUpperInvariant())
        {
            case "INTEGER": return "integer";
            case "REAL": return "number";
            case "TEXT": return "string";
        }

        var present = values.Where(v => v is not null).ToList();
        if (present.Count > 0 && present.All(v => v is long))
        {
            return "integer";
        }

        if (present.Count > 0 && present.All(v => v is long or double))
        {
            return "number";
        }

        return "string";
    }
}
