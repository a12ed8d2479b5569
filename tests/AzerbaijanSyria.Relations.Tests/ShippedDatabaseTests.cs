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
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection(RelationsDataset.ReadOnlyConnectionString(FreshBuild.Path));
        connection.Open();

        var built = PublicSchema.Describe(SchemaCatalog.Read(connection));
        var approved = string.Concat(PublicSchema.Approved().Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l + "\n"));

        Assert.True(approved == built,
            "The public tables and views differ from src/AzerbaijanSyria.Relations/PublicSchema.txt. If the change is meant, " +
            "replace the file's lines after its comments with these (a new column is a minor release, a renamed or removed one a major):\n" + built);
    }

    public static TheoryData<string> RowTypesWithViews() =>
        new(RowMapping.RowTypes.Where(r => r.View is not null).Select(r => r.Type.Name));

    /// <summary>
    /// Adding a column to a public view takes three edits: the view (a migration), the row record's
    /// property and the column's description (column_docs, which the validator checks). The row parsers
    /// are generated and the queries select <c>*</c>, so this test is what names a forgotten property.
    /// </summary>
    [Theory]
    [MemberData(nameof(RowTypesWithViews))]
    public void Row_record_has_a_property_for_each_column_of_its_view(string typeName)
    {
        var (type, view) = RowMapping.RowTypes.Single(r => r.Type.Name == typeName);
        using var db = Shipped.Open();

        var columns = db.Query<string>("SELECT name FROM pragma_table_xinfo(@view) WHERE hidden <> 1 ORDER BY cid", new { view }).ToList();
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name).ToList();
        static string Key(string name) => name.Replace("_", string.Empty, StringComparison.Ordinal).ToLowerInvariant();

        var missing = columns.Where(c => !properties.Any(p => Key(p) == Key(c)))
            .Select(c => $"{view}.{c} has no property on {type.Name}: add `public T? {Pascal(c)} {{ get; init; }}` with its XML doc in src/AzerbaijanSyria.Relations/Rows/{type.Name}.cs (and its lines in PublicAPI.Unshipped.txt)");
        var stray = properties.Where(p => !columns.Any(c => Key(p) == Key(c)))
            .Select(p => $"{type.Name}.{p} has no column in {view}: add the column to the view, or remove the property");
        var problems = missing.Concat(stray).ToList();

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Row_parsers_are_generated_at_build_time_for_every_row_type()
    {
        // Dapper.AOT writes a RowFactory<T> into the library for each GetRowParser<T>() it intercepts;
        // without it (a row type whose parser is missing from RowParsers), Dapper would build one at run time.
        var generated = typeof(RelationsDataset).Assembly.GetTypes()
            .Select(t => t.BaseType)
            .Where(b => b is { IsGenericType: true } && b.GetGenericTypeDefinition() == typeof(Dapper.RowFactory<>))
            .Select(b => b!.GetGenericArguments()[0].Name)
            .ToHashSet();

        Assert.All(RowMapping.RowTypes, r => Assert.True(generated.Contains(r.Type.Name), $"no generated row parser for {r.Type.Name}: add it to src/AzerbaijanSyria.Relations/RowParsers.cs"));
    }

    private static string Pascal(string column) =>
        string.Concat(column.Split('_').Select(w => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..]));

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
