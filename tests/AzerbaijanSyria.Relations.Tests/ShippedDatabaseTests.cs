using System.Reflection;
using Dapper;

namespace AzerbaijanSyria.Relations.Tests;

/// <summary>
/// The shipped file, as NodaTime tests its data: the validator (which holds every rule) finds
/// nothing in it, its public face is the approved one, and each row record matches its view.
/// Each rule of the validator is tested on a damaged copy in <see cref="DatasetValidatorTests"/>.
/// </summary>
public sealed class ShippedDatabaseTests
{
    [Fact]
    public void Validate_finds_nothing_when_run_on_the_shipped_file()
    {
        Assert.Empty(DatasetValidator.Validate(Repo.ShippedDatabase).Select(p => $"{p.Check}: {p.Message}"));
    }

    [Fact]
    public void PublicSchema_is_the_approved_one_when_the_dataset_is_built()
    {
        using var file = new TempFile();
        DatasetBuilder.Build(file.Path);
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection(RelationsDataset.ReadOnlyConnectionString(file.Path));
        connection.Open();

        var built = PublicSchema.Describe(SchemaCatalog.Read(connection));
        var approved = string.Concat(PublicSchema.Approved().Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l + "\n"));

        Assert.True(approved == built,
            "The public tables and views differ from src/AzerbaijanSyria.Relations/PublicSchema.txt. If the change is meant, " +
            "replace the file's lines after its comments with these (a new column is a minor release, a renamed or removed one a major):\n" + built);
    }

    public static TheoryData<string> RowTypesWithViews() =>
        new(RowMapping.RowTypes.Where(r => r.View is not null).Select(r => r.Type.Name));

    [Theory]
    [MemberData(nameof(RowTypesWithViews))]
    public void Row_record_has_a_property_for_each_column_of_its_view(string typeName)
    {
        var (type, view) = RowMapping.RowTypes.Single(r => r.Type.Name == typeName);
        using var db = Shipped.Open();

        var columns = db.Query<string>("SELECT name FROM pragma_table_xinfo(@view) WHERE hidden <> 1 ORDER BY cid", new { view })
            .Select(c => c.Replace("_", string.Empty, StringComparison.Ordinal).ToLowerInvariant());
        // PersonPosition.OfficeLevel is read from positions.office_level, which person_positions does not
        // show (yet): the only property of a row type that is not a column of its view.
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => !(type == typeof(PersonPosition) && p.Name == nameof(PersonPosition.OfficeLevel)))
            .Select(p => p.Name.ToLowerInvariant());

        Assert.Equal(columns.Order(StringComparer.Ordinal), properties.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("timeline", "events")]
    [InlineData("person_positions", "positions")]
    [InlineData("statement_details", "statements")]
    [InlineData("aid_delivery_details", "aid_deliveries")]
    [InlineData("agreement_details", "agreements")]
    [InlineData("citation_details", "citations")]
    [InlineData("discrepancy_details", "discrepancies")]
    public void View_has_one_row_per_row_of_its_table(string view, string table)
    {
        using var db = Shipped.Open();

        Assert.Equal(db.ExecuteScalar<long>($"SELECT count(*) FROM {table}"), db.ExecuteScalar<long>($"SELECT count(*) FROM {view}"));
        Assert.Equal(db.ExecuteScalar<long>($"SELECT count(*) FROM {table}"), db.ExecuteScalar<long>($"SELECT count(DISTINCT {SchemaKey(db, table)}) FROM {view}"));
    }

    private static string SchemaKey(Microsoft.Data.Sqlite.SqliteConnection db, string table) =>
        db.ExecuteScalar<string>("SELECT name FROM pragma_table_info(@table) WHERE pk = 1", new { table })!;
}
