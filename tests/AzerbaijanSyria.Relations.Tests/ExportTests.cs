using System.Text.Json.Nodes;
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
    public void Export_gives_the_same_bytes_every_time(string format)
    {
        using var first = new TempDirectory();
        using var second = new TempDirectory();

        Assert.Equal(0, Export(format, first.Path).ExitCode);
        Assert.Equal(0, Export(format, second.Path).ExitCode);

        var names = Directory.GetFiles(first.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(names, Directory.GetFiles(second.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var name in names)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(first.Path, name!)), File.ReadAllBytes(Path.Combine(second.Path, name!)));
        }
    }

    [Fact]
    public void Csv_export_has_one_file_per_table_and_view()
    {
        using var directory = new TempDirectory();

        Export("csv", directory.Path);

        var files = Directory.GetFiles(directory.Path, "*.csv").Select(Path.GetFileNameWithoutExtension).ToHashSet();
        foreach (var name in new[] { "events", "people", "citations", "timeline", "person_positions", "statement_details", "aid_delivery_details",
                                     "agreement_details", "citation_details", "discrepancy_details", "data_dictionary" })
        {
            Assert.Contains(name, files);
        }

        Assert.DoesNotContain("events_fts", files);
        Assert.DoesNotContain("SchemaVersions", files);
        var bytes = File.ReadAllBytes(Path.Combine(directory.Path, "events.csv"));
        Assert.False(bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }), "no byte-order mark");
    }

    [Fact]
    public void Datapackage_validates_against_the_data_package_v2_schema()
    {
        using var directory = new TempDirectory();
        Export("datapackage", directory.Path);
        var schemaFolder = Path.Combine(AppContext.BaseDirectory, "TestData", "datapackage-2.0");
        var schema = JsonSchema.FromFile(Path.Combine(schemaFolder, "datapackage.json"));
        using var descriptor = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(directory.Path, "datapackage.json")));

        var result = schema.Evaluate(descriptor.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(result.IsValid, string.Join("\n", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [Fact]
    public void Datapackage_declares_keys_types_and_every_resource_file()
    {
        using var directory = new TempDirectory();
        Export("datapackage", directory.Path);
        var descriptor = JsonNode.Parse(File.ReadAllText(Path.Combine(directory.Path, "datapackage.json")))!;

        var resources = descriptor["resources"]!.AsArray();
        Assert.All(resources, r => Assert.True(File.Exists(Path.Combine(directory.Path, (string)r!["path"]!))));
        var events = resources.Single(r => (string)r!["name"]! == "events")!;
        Assert.Equal("event_id", (string)events["schema"]!["primaryKey"]![0]!);
        var fields = events["schema"]!["fields"]!.AsArray();
        Assert.Equal("date", (string)fields.Single(f => (string)f!["name"]! == "date_earliest")!["type"]!);
        Assert.Contains(events["schema"]!["foreignKeys"]!.AsArray(), k => (string)k!["reference"]!["resource"]! == "cameo_codes");
        Assert.Equal("CC-BY-4.0", (string)descriptor["licenses"]![0]!["name"]!);
        using var db = Shipped.Open();
        Assert.Equal(Dapper.SqlMapper.ExecuteScalar<long>(db, "SELECT count(*) FROM sources"), descriptor["sources"]!.AsArray().Count);
    }

    [Fact]
    public void Datasette_metadata_describes_every_table_and_column_and_names_fts()
    {
        using var directory = new TempDirectory();
        Export("datasette", directory.Path);
        var metadata = JsonNode.Parse(File.ReadAllText(Path.Combine(directory.Path, "metadata.json")))!;

        var tables = metadata["databases"]!["azerbaijan-syria"]!["tables"]!.AsObject();
        Assert.Equal("CC BY 4.0", (string)metadata["license"]!);
        Assert.Equal("events_fts", (string)tables["events"]!["fts_table"]!);
        Assert.Equal("title", (string)tables["events"]!["label_column"]!);
        Assert.Contains(tables["timeline"]!["facets"]!.AsArray(), f => (string)f! == "cameo_root");
        foreach (var (name, table) in tables)
        {
            Assert.False(string.IsNullOrWhiteSpace((string?)table!["description"]), name);
            Assert.All(table["columns"]!.AsObject(), c => Assert.False(string.IsNullOrWhiteSpace((string?)c.Value), $"{name}.{c.Key}"));
        }

        Assert.True(File.Exists(Path.Combine(directory.Path, "azerbaijan-syria.db")));
    }
}
