using System.Text.Json;
using Dapper;

namespace AzerbaijanSyria.Relations.Export;

/// <summary>Writes a Datasette <c>metadata.json</c>: licence, source, a description for every table and column, FTS, facets and label columns, and the common questions as canned queries.</summary>
internal static class DatasetteMetadata
{
    private static readonly Dictionary<string, string> LabelColumns = new(StringComparer.Ordinal)
    {
        ["countries"] = "name", ["cameo_roots"] = "name", ["cameo_codes"] = "name", ["topics"] = "name", ["sources"] = "title",
        ["places"] = "name", ["organizations"] = "name", ["people"] = "name", ["positions"] = "title", ["events"] = "title",
        ["statements"] = "summary", ["aid_deliveries"] = "contents", ["agreements"] = "title", ["assessments"] = "summary",
        ["discrepancies"] = "title", ["discrepancy_claims"] = "claim",
    };

    private static readonly Dictionary<string, string[]> Facets = new(StringComparer.Ordinal)
    {
        ["events"] = ["cameo_code", "evidence_status", "date_basis", "date_precision"],
        ["timeline"] = ["cameo_root", "event_type", "evidence_status", "country"],
        ["agreements"] = ["kind", "status", "evidence_status"],
        ["agreement_details"] = ["kind", "status", "place"],
        ["positions"] = ["organization_id", "country_id"],
        ["person_positions"] = ["country", "organization"],
        ["organizations"] = ["kind", "country_id"],
        ["places"] = ["kind", "country_id"],
        ["people"] = ["country_id"],
        ["sources"] = ["kind", "language", "publisher"],
        ["citations"] = ["source_id", "link_basis"],
        ["citation_details"] = ["subject_kind", "source_kind", "language"],
        ["trade_flows"] = ["year", "flow", "unit"],
        ["assessments"] = ["kind"],
        ["statement_details"] = ["speaker"],
        ["event_participants"] = ["role"],
        ["discrepancy_details"] = ["subject_kind"],
    };

    private static readonly Dictionary<string, string> SortColumns = new(StringComparer.Ordinal)
    {
        ["events"] = "date_earliest", ["timeline"] = "date_earliest", ["agreements"] = "date_earliest", ["trade_flows"] = "year",
    };

    public static string Create(RelationsDataset dataset, IReadOnlyDictionary<string, string> metadata, IReadOnlyList<ExportResource> resources)
    {
        var article = dataset.Connection.QuerySingle<(string Title, string Url)>("SELECT title, url FROM sources WHERE kind = 'article'");
        var ftsTables = dataset.Connection.Query<string>(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%USING fts5%' ORDER BY name").ToHashSet(StringComparer.Ordinal);
        // The migration journal, SQLite's own tables and the full-text indexes with their shadow
        // tables (events_fts_data, _idx, _docsize, _config) are machinery, not data: hidden.
        var hidden = dataset.Connection.Query<string>(
            """
            SELECT name FROM sqlite_schema AS m
            WHERE m.type = 'table'
              AND (m.name = @journal OR m.name LIKE 'sqlite\_%' ESCAPE '\'
                   OR EXISTS (SELECT 1 FROM sqlite_schema AS f WHERE f.type = 'table' AND f.sql LIKE 'CREATE VIRTUAL TABLE%USING fts5%'
                              AND (m.name = f.name OR m.name LIKE f.name || '\_%' ESCAPE '\')))
            ORDER BY name
            """, new { journal = SchemaCatalog.JournalTable }).ToList();

        return DatasetExporter.Json(json =>
        {
            json.WriteStartObject();
            json.WriteString("title", metadata["title"]);
            json.WriteString("description", metadata["description"]);
            json.WriteString("license", "CC BY 4.0");
            json.WriteString("license_url", "https://creativecommons.org/licenses/by/4.0/");
            json.WriteString("source", $"{article.Title} (Jordanian Politics and Society magazine) and public web pages; see the sources table");
            json.WriteString("source_url", article.Url);
            json.WriteStartObject("databases");
            json.WriteStartObject(Path.GetFileNameWithoutExtension(RelationsDataset.DatabaseFileName));
            json.WriteString("description", $"Version {metadata["version"]}, schema {dataset.SchemaVersion}. Every fact is cited: see citation_details.");
            json.WriteStartObject("tables");
            foreach (var resource in resources)
            {
                json.WriteStartObject(resource.Name);
                json.WriteString("description", resource.Description);
                if (LabelColumns.TryGetValue(resource.Name, out var label))
                {
                    json.WriteString("label_column", label);
                }

                if (Facets.TryGetValue(resource.Name, out var facets))
                {
                    json.WriteStartArray("facets");
                    foreach (var facet in facets)
                    {
                        json.WriteStringValue(facet);
                    }

                    json.WriteEndArray();
                }

                if (SortColumns.TryGetValue(resource.Name, out var sort))
                {
                    json.WriteString("sort", sort);
                }

                if (ftsTables.Contains(resource.Name + "_fts"))
                {
                    json.WriteString("fts_table", resource.Name + "_fts");
                    json.WriteString("fts_pk", "rowid");
                }

                json.WriteStartObject("columns");
                foreach (var column in resource.Columns)
                {
                    json.WriteString(column.Name, column.Description);
                }

                json.WriteEndObject();
                json.WriteEndObject();
            }

            foreach (var name in hidden)
            {
                json.WriteStartObject(name);
                json.WriteBoolean("hidden", true);
                json.WriteEndObject();
            }

            json.WriteEndObject();

            // The common questions, one click each (see DatasetteQueries).
            json.WriteStartObject("queries");
            foreach (var query in DatasetteQueries.All)
            {
                json.WriteStartObject(query.Name);
                json.WriteString("title", query.Title);
                json.WriteString("description", query.Description);
                json.WriteString("sql", query.Sql);
                json.WriteStartArray("params");
                foreach (var parameter in query.Parameters)
                {
                    json.WriteStringValue(parameter);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
        });
    }
}
