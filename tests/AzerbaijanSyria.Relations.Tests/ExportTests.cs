using System.Text.Json.Nodes;
using Dapper;
using Json.Schema;

namespace AzerbaijanSyria.Relations.Tests;

/// <summary><c>azsy export</c>: the files, their stability, and their validity against the standards.</summary>
[Trait("Category", "Slow")]
public sealed class ExportTests
{
    private static Processes.Result Export(string format, string directory) =>
        Processes.Azsy("export", "--format", format, "--output", directory, "--db", Repo.ShippedDatabase);

    [Theory]
    [InlineData("csv")]
    [InlineData("json")]
    [InlineData("datapackage")]
    [InlineData("datasette")]
    [InlineData("parquet")]
    public void Export_gives_the_same_bytes_every_time(string format)
    {
        var first = ShippedExport.Of(format); // the run's shared export, made by another process
        using var second = new TempDirectory();

        Assert.Equal(0, Export(format, second.Path).ExitCode);

        var names = Directory.GetFiles(first).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(names, Directory.GetFiles(second.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var name in names)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(first, name!)), File.ReadAllBytes(Path.Combine(second.Path, name!)));
        }
    }

    [Fact]
    public void Csv_export_has_one_file_per_table_and_view()
    {
        var directory = ShippedExport.Of("csv");


        var files = Directory.GetFiles(directory, "*.csv").Select(Path.GetFileNameWithoutExtension).ToHashSet();
        foreach (var name in new[] { "events", "people", "citations", "timeline", "person_positions", "statement_details", "aid_delivery_details",
                                     "agreement_details", "citation_details", "discrepancy_details", "data_dictionary" })
        {
            Assert.Contains(name, files);
        }

        Assert.DoesNotContain("events_fts", files);
        Assert.DoesNotContain("SchemaVersions", files);
        var bytes = File.ReadAllBytes(Path.Combine(directory, "events.csv"));
        Assert.False(bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }), "no byte-order mark");
    }

    [Fact]
    public void Datapackage_validates_against_the_data_package_v2_schema()
    {
        var directory = ShippedExport.Of("datapackage");
        var schemaFolder = Path.Combine(AppContext.BaseDirectory, "TestData", "datapackage-2.0");
        var schema = JsonSchema.FromFile(Path.Combine(schemaFolder, "datapackage.json"));
        using var descriptor = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(directory, "datapackage.json")));

        var result = schema.Evaluate(descriptor.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(result.IsValid, string.Join("\n", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [Fact]
    public void Datapackage_declares_keys_types_and_every_resource_file()
    {
        var directory = ShippedExport.Of("datapackage");
        var descriptor = JsonNode.Parse(File.ReadAllText(Path.Combine(directory, "datapackage.json")))!;

        var resources = descriptor["resources"]!.AsArray();
        Assert.All(resources, r => Assert.True(File.Exists(Path.Combine(directory, (string)r!["path"]!))));
        var events = resources.Single(r => (string)r!["name"]! == "events")!;
        Assert.Equal("event_id", (string)events["schema"]!["primaryKey"]![0]!);
        var fields = events["schema"]!["fields"]!.AsArray();
        Assert.Equal("date", (string)fields.Single(f => (string)f!["name"]! == "date_earliest")!["type"]!);
        Assert.Contains(events["schema"]!["foreignKeys"]!.AsArray(), k => (string)k!["reference"]!["resource"]! == "cameo_codes");
        Assert.Equal("CC-BY-4.0", (string)descriptor["licenses"]![0]!["name"]!);
        using var db = Shipped.Open();
        Assert.Equal(SqlMapper.ExecuteScalar<long>(db, "SELECT count(*) FROM sources"), descriptor["sources"]!.AsArray().Count);
    }

    [Fact]
    public void Datapackage_declares_dialect_size_hash_vocabularies_flags_and_package_facts()
    {
        var directory = ShippedExport.Of("datapackage");
        var descriptor = JsonNode.Parse(File.ReadAllText(Path.Combine(directory, "datapackage.json")))!;
        using var db = Shipped.Open();

        Assert.Equal((string?)db.ExecuteScalar<string>("SELECT url FROM sources WHERE kind = 'article'"), (string?)descriptor["homepage"]);
        Assert.Equal(db.ExecuteScalar<string>("SELECT max(date_accessed) FROM sources") + "T00:00:00Z", (string?)descriptor["created"]);
        Assert.Equal("Azerbaijan–Syria relations dataset contributors", (string?)descriptor["contributors"]![0]!["title"]);
        foreach (var resource in descriptor["resources"]!.AsArray())
        {
            var file = Path.Combine(directory, (string)resource!["path"]!);
            Assert.Equal(new FileInfo(file).Length, (long)resource["bytes"]!);
            Assert.Equal("sha256:" + DatasetBuilder.ComputeSha256(file), (string?)resource["hash"]);
            Assert.Equal(",", (string?)resource["dialect"]!["delimiter"]);
            Assert.Equal("\r\n", (string?)resource["dialect"]!["lineTerminator"]);
            Assert.True((bool)resource["dialect"]!["header"]!);
        }

        JsonNode Field(string resource, string name) =>
            descriptor["resources"]!.AsArray().Single(r => (string)r!["name"]! == resource)!["schema"]!["fields"]!.AsArray().Single(f => (string)f!["name"]! == name)!;
        Assert.Equal(["confirmed", "reported", "disputed"], Field("events", "evidence_status")["constraints"]!["enum"]!.AsArray().Select(v => (string)v!));
        Assert.Equal(["day", "month", "year", "range", "unknown"], Field("timeline", "date_precision")["constraints"]!["enum"]!.AsArray().Select(v => (string)v!));
        foreach (var (resource, flag) in new[] { ("aid_deliveries", "tonnes_approximate"), ("agreements", "value_approximate"), ("aid_delivery_details", "tonnes_approximate") })
        {
            Assert.Equal("boolean", (string?)Field(resource, flag)["type"]);
            Assert.Equal("1", (string?)Field(resource, flag)["trueValues"]![0]);
            Assert.Equal("0", (string?)Field(resource, flag)["falseValues"]![0]);
        }
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("json")]
    public void Timeline_export_lists_the_events_in_date_order(string format)
    {
        var directory = ShippedExport.Of(format);
        var text = File.ReadAllText(Path.Combine(directory, "timeline." + format));
        var ids = format == "csv"
            ? text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')[0])
            : JsonNode.Parse(text)!.AsArray().Select(r => (string)r!["event_id"]!);
        using var db = Shipped.Open();

        Assert.Equal(db.Query<string>("SELECT event_id FROM events ORDER BY coalesce(date_earliest, date_latest), date_latest, event_id"), ids);
    }

    [Fact]
    public void Parquet_export_has_one_file_per_table_and_view_as_the_csv_export()
    {
        var parquet = ShippedExport.Of("parquet");
        var csv = ShippedExport.Of("csv");

        Assert.Equal(
            Directory.GetFiles(csv).Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal),
            Directory.GetFiles(parquet).Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal));
        Assert.All(Directory.GetFiles(parquet), f => Assert.True(File.ReadAllBytes(f).AsSpan().StartsWith("PAR1"u8), f));
    }

    [Fact]
    public void Datasette_metadata_hides_the_migration_journal_and_the_full_text_tables()
    {
        var directory = ShippedExport.Of("datasette");
        var tables = JsonNode.Parse(File.ReadAllText(Path.Combine(directory, "metadata.json")))!["databases"]!["azerbaijan-syria"]!["tables"]!.AsObject();
        using var db = Shipped.Open();

        // The journal, SQLite's own tables, and every full-text table (events_fts, event_search, …) with its shadow tables.
        var machinery = db.Query<string>(
            """
            SELECT name FROM sqlite_schema AS m WHERE type = 'table' AND (name = 'SchemaVersions' OR name LIKE 'sqlite\_%' ESCAPE '\'
              OR EXISTS (SELECT 1 FROM sqlite_schema AS f WHERE f.sql LIKE 'CREATE VIRTUAL TABLE%fts5%' AND (m.name = f.name OR m.name LIKE f.name || '\_%' ESCAPE '\')))
            ORDER BY name
            """).ToList();
        Assert.Contains("SchemaVersions", machinery);
        Assert.Contains("events_fts_data", machinery);
        Assert.Contains("event_search_content", machinery);
        Assert.All(machinery, name => Assert.True((bool?)tables[name]?["hidden"] == true, name));
        Assert.All(tables.Where(t => !machinery.Contains(t.Key)), t => Assert.Null(t.Value!["hidden"]));
    }

    [Fact]
    public void Datasette_metadata_describes_every_table_and_column_and_names_fts()
    {
        var directory = ShippedExport.Of("datasette");
        var metadata = JsonNode.Parse(File.ReadAllText(Path.Combine(directory, "metadata.json")))!;

        var tables = metadata["databases"]!["azerbaijan-syria"]!["tables"]!.AsObject();
        Assert.Equal("CC BY 4.0", (string)metadata["license"]!);
        Assert.Equal("events_fts", (string)tables["events"]!["fts_table"]!);
        Assert.Equal("title", (string)tables["events"]!["label_column"]!);
        Assert.Contains(tables["timeline"]!["facets"]!.AsArray(), f => (string)f! == "cameo_root");
        foreach (var (name, table) in tables.Where(t => t.Value!["hidden"] is null))
        {
            Assert.False(string.IsNullOrWhiteSpace((string?)table!["description"]), name);
            Assert.All(table["columns"]!.AsObject(), c => Assert.False(string.IsNullOrWhiteSpace((string?)c.Value), $"{name}.{c.Key}"));
        }

        Assert.True(File.Exists(Path.Combine(directory, "azerbaijan-syria.db")));
    }
}
