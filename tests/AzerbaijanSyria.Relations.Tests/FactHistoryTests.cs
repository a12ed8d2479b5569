using Dapper;
using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations.Tests;

/// <summary>The change log through the library, and facts as they stood in an earlier release.</summary>
public sealed class FactHistoryTests
{
    [Fact]
    public async Task GetEventAsOfAsync_gives_the_old_date_of_an_event_corrected_in_a_later_release()
    {
        using var builds = new FixtureBuilds();
        await using var db = await RelationsDataset.OpenAsync(builds.New);

        var before = await db.GetEventAsOfAsync(FixtureBuilds.CorrectedEvent, "2.0.0");
        var after = await db.GetEventAsOfAsync(FixtureBuilds.CorrectedEvent, FixtureBuilds.NewRelease);

        Assert.NotNull(before);
        Assert.Equal(("2020-01-15", "2020-01-15", "2020-01-15"), (before.Fields["date_earliest"], before.Fields["date_latest"], before.Fields["date_edtf"]));
        Assert.Equal("The minister visits Damascus", before.Fields["title"]);
        Assert.Equal(
            [("date_earliest", "2020-01-15", "2020-01-16"), ("date_latest", "2020-01-15", "2020-01-16"), ("date_edtf", "2020-01-15", "2020-01-16")],
            before.ChangesSince.Select(c => (c.Field, c.OldValue, c.NewValue)).ToList());
        Assert.All(before.ChangesSince, c => Assert.Equal((FixtureBuilds.NewRelease, FixtureBuilds.CorrectReason), (c.Release, c.Reason)));
        Assert.NotNull(after);
        Assert.Equal("2020-01-16", after.Fields["date_edtf"]);
        Assert.Empty(after.ChangesSince);
    }

    [Fact]
    public async Task GetEventAsOfAsync_gives_null_for_an_event_added_after_the_release()
    {
        using var builds = new FixtureBuilds();
        await using var db = await RelationsDataset.OpenAsync(builds.New);

        Assert.Null(await db.GetEventAsOfAsync(FixtureBuilds.AddedEvent, "2.0.0"));
        Assert.Null(await db.GetEventAsOfAsync(FixtureBuilds.AddedEvent, "1.0.0"));
        Assert.Equal("The minister calls the envoy", (await db.GetEventAsOfAsync(FixtureBuilds.AddedEvent, FixtureBuilds.NewRelease))?.Fields["title"]);
        Assert.Null(await db.GetEventAsOfAsync("no-such-event", "2.0.0"));
    }

    [Fact]
    public async Task GetFactAsOfAsync_brings_back_a_statement_withdrawn_after_the_release()
    {
        using var builds = new FixtureBuilds();
        await using var db = await RelationsDataset.OpenAsync(builds.New);

        var before = await db.GetFactAsOfAsync("statements", FixtureBuilds.WithdrawnStatement, "2.0.0");

        Assert.NotNull(before);
        Assert.Equal(
            new Dictionary<string, object?>
            {
                ["statement_id"] = FixtureBuilds.WithdrawnStatement, ["event_id"] = "envoy-meets-ministry", ["speaker_person_id"] = null,
                ["speaker_organization_id"] = "mfa-azerbaijan", ["summary"] = "The ministry welcomes the envoy.", ["note"] = null,
            },
            before.Fields);
        Assert.Equal([("withdraw", FixtureBuilds.WithdrawReason)], before.ChangesSince.Select(c => (c.Action, c.Reason)).ToList());
        Assert.Null(await db.GetFactAsOfAsync("statements", FixtureBuilds.WithdrawnStatement, FixtureBuilds.NewRelease));
    }

    [Fact]
    public async Task GetFactAsOfAsync_finds_a_row_of_a_composite_key_by_its_columns_joined_with_a_slash()
    {
        await using var db = await RelationsDataset.OpenAsync(FixtureDatabase.Path);

        var topic = await db.GetFactAsOfAsync("event_topics", "minister-visits-damascus/energy", "2.0.0");

        Assert.Equal(new Dictionary<string, object?> { ["event_id"] = "minister-visits-damascus", ["topic_id"] = "energy" }, topic?.Fields);
    }

    [Theory]
    [InlineData("1.0")]
    [InlineData("v1.0.0")]
    [InlineData("1.0.0-beta")]
    [InlineData("")]
    public async Task GetEventAsOfAsync_refuses_a_release_that_is_not_major_minor_patch(string release)
    {
        await using var db = await RelationsDataset.OpenAsync(FixtureDatabase.Path);

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => db.GetEventAsOfAsync("minister-visits-damascus", release));

        Assert.StartsWith(LibraryMessages.NotARelease(release), ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetEventAsOfAsync_refuses_a_release_before_the_first_and_one_newer_than_the_file()
    {
        await using var db = await RelationsDataset.OpenAsync(FixtureDatabase.Path);

        var early = await Assert.ThrowsAsync<ArgumentException>(() => db.GetEventAsOfAsync("minister-visits-damascus", "0.9.0"));
        var late = await Assert.ThrowsAsync<ArgumentException>(() => db.GetEventAsOfAsync("minister-visits-damascus", "2.0.1"));

        Assert.StartsWith(LibraryMessages.ReleaseBeforeFirst("0.9.0"), early.Message, StringComparison.Ordinal);
        Assert.StartsWith(LibraryMessages.ReleaseAfterFile("2.0.1", "2.0.0", db.Path), late.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetFactAsOfAsync_refuses_a_name_that_is_not_a_table_with_a_key()
    {
        await using var db = await RelationsDataset.OpenAsync(FixtureDatabase.Path);

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => db.GetFactAsOfAsync("timeline", "minister-visits-damascus", "2.0.0"));

        Assert.StartsWith(LibraryMessages.NoFactTable("timeline"), ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetFactChangesAsync_lists_the_log_of_a_row_in_order_and_nothing_for_a_file_without_a_log()
    {
        using var builds = new FixtureBuilds();
        await using var db = await RelationsDataset.OpenAsync(builds.New);
        await using var old = await RelationsDataset.OpenAsync(Repo.Release100Database);

        var changes = await db.GetFactChangesAsync("events", FixtureBuilds.CorrectedEvent);
        var all = await db.GetFactChangesAsync();

        Assert.Equal(["date_earliest", "date_latest", "date_edtf"], changes.Select(c => c.Field));
        Assert.Equal(all.OrderBy(c => c.ChangeId), all);
        Assert.Equal(["citations", "events", "events", "events", "events", "statements"], all.Select(c => c.TableName).Order(StringComparer.Ordinal));
        Assert.Empty(await old.GetFactChangesAsync());
    }

    [Fact]
    public async Task GetEventAsOfAsync_on_a_release_1_0_0_file_gives_its_own_rows_and_refuses_later_releases()
    {
        await using var old = await RelationsDataset.OpenAsync(Repo.Release100Database);
        var id = old.Connection.ExecuteScalar<string>("SELECT min(event_id) FROM events")!;

        var asOf = await old.GetEventAsOfAsync(id, "1.0.0");

        Assert.Equal(old.Connection.ExecuteScalar<string>("SELECT title FROM events WHERE event_id = @id", new { id }), asOf?.Fields["title"]);
        await Assert.ThrowsAsync<ArgumentException>(() => old.GetEventAsOfAsync(id, "2.0.0"));
    }

    [Fact]
    public async Task GetEventAsOfAsync_1_0_0_on_the_shipped_file_gives_every_event_as_release_1_0_0_holds_it()
    {
        // Answered from the shipped file's change log alone, compared with the 1.0.0 file itself.
        await using var db = await RelationsDataset.OpenAsync(Repo.ShippedDatabase);
        using var old = new SqliteConnection(RelationsDataset.ReadOnlyConnectionString(Repo.Release100Database));
        old.Open();
        var oldEvents = old.Query("SELECT * FROM events").Select(r => (IDictionary<string, object?>)r).ToDictionary(r => (string)r["event_id"]!);

        foreach (var id in db.Connection.Query<string>("SELECT event_id FROM events ORDER BY event_id"))
        {
            var asOf = await db.GetEventAsOfAsync(id, "1.0.0");
            if (!oldEvents.TryGetValue(id, out var expected))
            {
                Assert.True(asOf is null, $"{id} was not in 1.0.0, but the log has no addition of it");
                continue;
            }

            Assert.NotNull(asOf);
            foreach (var (column, value) in expected)
            {
                Assert.True(Equals(value, asOf.Fields[column]), $"{id}.{column}: 1.0.0 holds '{value}', the log gives '{asOf.Fields[column]}'");
            }
        }
    }
}
