using Dapper;
using DbUp.Engine;
using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations.Tests;

/// <summary>
/// What a fresh build does with the triggers of the stored columns around each script
/// (<see cref="StoredColumnsDeferral"/>); that the whole build ends with the rows a row-by-row upgrade gives is
/// <see cref="DatasetBuilderTests.Upgrade_applies_every_script_when_file_is_missing_and_holds_the_rows_of_a_fresh_build"/>.
/// </summary>
public sealed class StoredColumnsDeferralTests
{
    private const string MaintenanceTriggers = "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND (name LIKE 'event\\_facets\\_%' ESCAPE '\\' OR name LIKE 'timeline\\_rows\\_%' ESCAPE '\\' OR name LIKE 'event\\_search\\_%' ESCAPE '\\')";

    [Theory]
    [InlineData("UPDATE events SET title = 'A' WHERE event_id = 'x';", true)]
    [InlineData("-- 0999: a correction.\nINSERT INTO citations (event_id, source_id) VALUES ('x', 'y');", true)]
    [InlineData("CREATE INDEX people_by_name ON people (name);", false)]
    [InlineData("drop trigger if exists events_fts_insert;", false)]
    [InlineData("ALTER TABLE events ADD COLUMN extra TEXT;", false)]
    [InlineData("PRAGMA foreign_keys = OFF;", false)]
    [InlineData("UPDATE events SET note = 'x' WHERE event_id IN (SELECT event_id FROM event_facets WHERE independent_sources = 1);", false)]
    [InlineData("UPDATE events SET note = 'x' WHERE event_id IN (SELECT event_id FROM Timeline WHERE year = 2009);", false)]
    [InlineData("UPDATE events SET summary = 'Talks to create a joint commission.' WHERE event_id = 'x';", false)]
    public void IsDeferrable_is_true_only_for_a_script_that_defines_nothing_and_names_no_view_or_stored_table(string script, bool expected)
    {
        using var file = new TempFile();
        FreshBuild.CopyTo(file.Path);
        using var connection = Open(file.Path);

        Assert.Equal(expected, new StoredColumnsDeferral(connection).IsDeferrable(script));
    }

    [Fact]
    public void Resume_recomputes_what_a_deferred_script_changed_and_creates_the_triggers_again()
    {
        using var file = new TempFile();
        FreshBuild.CopyTo(file.Path);
        using var connection = Open(file.Path);
        var triggers = connection.ExecuteScalar<long>(MaintenanceTriggers);
        var schema = connection.Query<string>("SELECT sql FROM sqlite_schema WHERE type = 'trigger' ORDER BY name").ToList();
        var eventId = connection.ExecuteScalar<string>("SELECT event_id FROM events ORDER BY event_id LIMIT 1")!;
        var script = new SqlScript("0999_retitle.sql", $"UPDATE change_context SET reason = 'a test retitles an event'; UPDATE events SET title = 'Retitled by a test' WHERE event_id = '{eventId}';");
        var deferral = new StoredColumnsDeferral(connection);

        deferral.Before(script);
        Assert.Equal(0, connection.ExecuteScalar<long>(MaintenanceTriggers));
        connection.Execute(script.Contents);
        Assert.NotEqual("Retitled by a test", connection.ExecuteScalar<string>("SELECT title FROM timeline_rows WHERE event_id = @eventId", new { eventId })); // not kept in step meanwhile
        deferral.Resume();

        Assert.True(triggers > 0);
        Assert.Equal(triggers, connection.ExecuteScalar<long>(MaintenanceTriggers));
        Assert.Equal(schema, connection.Query<string>("SELECT sql FROM sqlite_schema WHERE type = 'trigger' ORDER BY name"));
        Assert.Equal("Retitled by a test", connection.ExecuteScalar<string>("SELECT title FROM timeline_rows WHERE event_id = @eventId", new { eventId }));
        Assert.Equal(1, connection.ExecuteScalar<long>("SELECT count(*) FROM event_search WHERE event_search MATCH 'retitled'"));
        Assert.Empty(DatasetValidator.Validate(file.Path));
    }

    [Fact]
    public void Before_restores_the_triggers_before_a_script_that_defines_something()
    {
        using var file = new TempFile();
        FreshBuild.CopyTo(file.Path);
        using var connection = Open(file.Path);
        var triggers = connection.ExecuteScalar<long>(MaintenanceTriggers);
        var deferral = new StoredColumnsDeferral(connection);

        deferral.Before(new SqlScript("0998_rows.sql", "UPDATE change_context SET reason = 'a test of the deferral';"));
        var during = connection.ExecuteScalar<long>(MaintenanceTriggers);
        deferral.Before(new SqlScript("0999_schema.sql", "CREATE INDEX people_by_name ON people (name);"));

        Assert.Equal((0L, triggers), (during, connection.ExecuteScalar<long>(MaintenanceTriggers)));
    }

    private static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }
}
