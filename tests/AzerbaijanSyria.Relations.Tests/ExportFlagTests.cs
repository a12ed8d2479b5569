using System.Text.Json.Nodes;
using AzerbaijanSyria.Relations.Export;
using Dapper;
using Parquet;

namespace AzerbaijanSyria.Relations.Tests;

/// <summary>
/// Every 0/1 flag is a boolean in the Data Package and in Parquet (issue 24, item 7): the flags are
/// found from the data, not listed, so a flag a later migration adds is held to it too.
/// </summary>
public sealed class ExportFlagTests
{
    /// <summary>The table columns of the shipped file that hold both 0 and 1 and nothing else, as <c>table.column</c>.</summary>
    private static List<(string Table, string Column)> FlagsInTheData()
    {
        using var db = Shipped.Open();
        var flags = new List<(string, string)>();
        foreach (var table in SchemaCatalog.Read(db).Tables)
        {
            foreach (var column in table.Columns)
            {
                var (distinct, flagValues) = db.QuerySingle<(long, long)>(
                    $"SELECT count(*), count(*) FILTER (WHERE typeof(v) = 'integer' AND v IN (0, 1)) FROM (SELECT DISTINCT {SchemaCatalog.Quote(column.Name)} AS v FROM {SchemaCatalog.Quote(table.Name)})");
                if (distinct == 2 && flagValues == 2)
                {
                    flags.Add((table.Name, column.Name));
                }
            }
        }

        return flags;
    }

    [Fact]
    public async Task Datapackage_and_parquet_type_every_0_1_flag_of_the_data_as_boolean()
    {
        var flags = FlagsInTheData();
        using var package = new TempDirectory();
        using var parquet = new TempDirectory();
        await using (var db = await RelationsDataset.OpenAsync(Repo.ShippedDatabase))
        {
            await DatasetExporter.ExportAsync(db, ExportFormat.DataPackage, package.Path);
            await DatasetExporter.ExportAsync(db, ExportFormat.Parquet, parquet.Path);
        }

        var descriptor = JsonNode.Parse(File.ReadAllText(Path.Combine(package.Path, "datapackage.json")))!;
        var wrong = new List<string>();
        foreach (var (table, column) in flags)
        {
            var field = descriptor["resources"]!.AsArray().Single(r => (string)r!["name"]! == table)!["schema"]!["fields"]!.AsArray().Single(f => (string)f!["name"]! == column)!;
            if ((string?)field["type"] != "boolean")
            {
                wrong.Add($"datapackage {table}.{column} is {(string?)field["type"]}");
            }

            await using var stream = File.OpenRead(Path.Combine(parquet.Path, table + ".parquet"));
            await using var reader = await ParquetReader.CreateAsync(stream);
            var type = reader.Schema.DataFields.Single(f => f.Name == column).ClrType;
            if (type != typeof(bool))
            {
                wrong.Add($"parquet {table}.{column} is {type.Name}");
            }
        }

        Assert.Contains(("trade_flows", "is_partial_year"), flags);
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Theory]
    [InlineData("period_start <> printf('%04d-01-01', year) OR period_end <> printf('%04d-12-31', year)", true)]
    [InlineData("a = b", true)]
    [InlineData("x IS NOT NULL", true)]
    [InlineData("(a + b) >= 3", true)]
    [InlineData("a + (b = c)", false)]
    [InlineData("CASE WHEN a = b THEN 2 ELSE 3 END", false)]
    [InlineData("length(name) * 2", false)]
    [InlineData("a << 2", false)]
    [InlineData("'x = y' || name", false)]
    public void IsTruthValue_reads_what_an_expression_yields_when_it_is_generated(string expression, bool truth)
    {
        Assert.Equal(truth, SchemaCatalog.SchemaObject.IsTruthValue(expression));
    }
}
