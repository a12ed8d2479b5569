using Dapper;
using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations.Tests;

/// <summary>
/// What the build's record of scripts relies on to skip re-reading a table: every table a statement may
/// write is named, whether the statement writes it, a trigger does, or a foreign-key action does.
/// </summary>
public sealed class TouchedTablesTests
{
    private static SqliteConnection Open()
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        connection.Execute(
            """
            PRAGMA foreign_keys = ON;
            CREATE TABLE parent (id INTEGER PRIMARY KEY);
            CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES parent (id) ON DELETE CASCADE);
            CREATE TABLE plain_child (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES parent (id));
            CREATE TABLE audit (id INTEGER PRIMARY KEY, what TEXT);
            CREATE TABLE untouched (id INTEGER PRIMARY KEY);
            CREATE TRIGGER parent_audit AFTER INSERT ON parent BEGIN INSERT INTO audit (what) VALUES ('parent ' || new.id); END;
            """);
        return connection;
    }

    [Fact]
    public void Take_names_the_table_a_trigger_writes_when_a_statement_fires_it()
    {
        using var connection = Open();
        using var touched = new TouchedTables(connection);
        touched.Take();

        connection.Execute("INSERT INTO parent (id) VALUES (1)");

        var written = touched.Take();
        Assert.Contains("parent", written);
        Assert.Contains("audit", written);
        Assert.DoesNotContain("untouched", written);
    }

    [Fact]
    public void Take_names_a_child_with_a_cascading_foreign_key_when_its_parent_is_written()
    {
        using var connection = Open();
        connection.Execute("INSERT INTO parent (id) VALUES (1); INSERT INTO child (id, parent_id) VALUES (10, 1);");
        using var touched = new TouchedTables(connection);
        touched.Take();

        connection.Execute("DELETE FROM parent WHERE id = 1");

        var written = touched.Take();
        Assert.Contains("child", written);
        Assert.Equal(0L, connection.ExecuteScalar<long>("SELECT count(*) FROM child"));
        Assert.DoesNotContain("plain_child", written); // no action: its rows cannot change with the parent's
    }

    [Fact]
    public void Take_names_tables_created_altered_and_dropped_and_starts_afresh_when_called_again()
    {
        using var connection = Open();
        using var touched = new TouchedTables(connection);
        touched.Take();

        connection.Execute("CREATE TABLE fresh (id INTEGER PRIMARY KEY); ALTER TABLE audit ADD COLUMN note TEXT DEFAULT 'x'; DROP TABLE untouched;");

        var written = touched.Take();
        Assert.Contains("fresh", written);
        Assert.Contains("audit", written);
        Assert.Contains("untouched", written);
        Assert.Empty(touched.Take());
    }

    [Fact]
    public void Take_names_nothing_when_statements_only_read()
    {
        using var connection = Open();
        using var touched = new TouchedTables(connection);
        touched.Take();

        connection.Query("SELECT * FROM parent JOIN child ON child.parent_id = parent.id").AsList();

        Assert.Empty(touched.Take());
    }
}
