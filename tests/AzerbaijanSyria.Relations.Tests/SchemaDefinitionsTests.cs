using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations.Tests;

/// <summary>
/// The approved definitions (<c>SchemaDefinitions.txt</c>) are those of a fresh build, and the form
/// they are hashed in sets aside layout and comments but nothing a reader of the file would see.
/// </summary>
public sealed class SchemaDefinitionsTests
{
    [Fact]
    public void SchemaDefinitions_are_the_approved_ones_when_the_dataset_is_built()
    {
        using var connection = new SqliteConnection(RelationsDataset.ReadOnlyConnectionString(FreshBuild.Path));
        connection.Open();

        var built = SchemaDefinitions.Describe(SchemaDefinitions.Read(connection));
        var approved = string.Concat(SchemaDefinitions.ApprovedText().Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l + "\n"));

        Assert.True(approved == built,
            "The tables, views, indexes or triggers the build writes differ from src/AzerbaijanSyria.Relations/SchemaDefinitions.txt. " +
            "If a migration changed them on purpose, replace the file's lines after its comments with these:\n" + built);
    }

    [Fact]
    public void Normalise_sets_aside_comments_and_layout_when_outside_quotes()
    {
        Assert.Equal(
            SchemaDefinitions.Normalise("CREATE VIEW v AS SELECT a, b FROM t WHERE c = 'x'"),
            SchemaDefinitions.Normalise("CREATE VIEW v AS\n  -- the two columns\n  SELECT a,   b /* both */\nFROM t\r\nWHERE c = 'x'   "));
    }

    [Theory]
    [InlineData("CREATE VIEW v AS SELECT 'a  b' AS x", "CREATE VIEW v AS SELECT 'a b' AS x")]
    [InlineData("CREATE VIEW v AS SELECT 'a -- b' AS x", "CREATE VIEW v AS SELECT 'a -- c' AS x")]
    [InlineData("CREATE VIEW v AS SELECT 'a /* b */' AS x", "CREATE VIEW v AS SELECT 'a /* c */' AS x")]
    [InlineData("CREATE VIEW v AS SELECT \"a  b\" FROM t", "CREATE VIEW v AS SELECT \"a b\" FROM t")]
    [InlineData("CREATE VIEW v AS SELECT 'it''s  x' AS x", "CREATE VIEW v AS SELECT 'it''s x' AS x")]
    [InlineData("CREATE VIEW v AS SELECT a FROM t", "CREATE VIEW v AS SELECT b FROM t")]
    public void Normalise_keeps_a_difference_when_it_is_inside_quotes_or_a_token(string one, string other)
    {
        Assert.NotEqual(SchemaDefinitions.Hash(one), SchemaDefinitions.Hash(other));
    }

    [Fact]
    public void Read_lists_every_object_with_sql_when_given_the_shipped_file()
    {
        using var connection = new SqliteConnection(RelationsDataset.ReadOnlyConnectionString(Repo.ShippedDatabase));
        connection.Open();
        var expected = new SqliteCommand("SELECT count(*) FROM sqlite_schema WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite%'", connection).ExecuteScalar();

        Assert.Equal(Convert.ToInt32(expected, System.Globalization.CultureInfo.InvariantCulture), SchemaDefinitions.Read(connection).Count);
    }
}
