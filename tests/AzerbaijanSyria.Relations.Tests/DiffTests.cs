using System.Text.Json;
using AzerbaijanSyria.Relations.Cli;
using AzerbaijanSyria.Relations.Export;
using Dapper;
using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations.Tests;

/// <summary><c>azsy diff</c>: the facts added, corrected and withdrawn between two files, field by field, with reasons.</summary>
public sealed class DiffTests
{
    [Fact]
    public void Diff_lists_exactly_the_added_event_the_corrected_date_and_the_withdrawn_statement_when_two_builds_differ_by_them()
    {
        using var builds = new FixtureBuilds();
        var hashes = (Old: DatasetBuilder.ComputeSha256(builds.Old), New: DatasetBuilder.ComputeSha256(builds.New));

        var (exit, output, error) = AzsyInProcess.Run("diff", builds.Old, builds.New, "--format", "json");

        Assert.Equal((AzsyApp.Ok, string.Empty), (exit, error));
        var rows = JsonDocument.Parse(output).RootElement.EnumerateArray()
            .Select(r => (Table: r.GetProperty("table_name").GetString(), Key: r.GetProperty("row_key").GetString(), Action: r.GetProperty("action").GetString(),
                Field: r.GetProperty("field").GetString(), Old: Text(r.GetProperty("old_value")), New: Text(r.GetProperty("new_value")), Reason: r.GetProperty("reason").GetString()))
            .ToList();
        Assert.Equal(
            [
                ("citations", builds.WithdrawnCitationId.ToString(System.Globalization.CultureInfo.InvariantCulture), "withdraw", null, "row", null, FixtureBuilds.WithdrawReason),
                ("events", FixtureBuilds.AddedEvent, "add", null, null, "row", FixtureBuilds.AddReason),
                ("events", FixtureBuilds.CorrectedEvent, "correct", "date_earliest", "2020-01-15", "2020-01-16", FixtureBuilds.CorrectReason),
                ("events", FixtureBuilds.CorrectedEvent, "correct", "date_latest", "2020-01-15", "2020-01-16", FixtureBuilds.CorrectReason),
                ("events", FixtureBuilds.CorrectedEvent, "correct", "date_edtf", "2020-01-15", "2020-01-16", FixtureBuilds.CorrectReason),
                ("statements", FixtureBuilds.WithdrawnStatement, "withdraw", null, "row", null, FixtureBuilds.WithdrawReason),
            ],
            rows.Select(r => (r.Table, r.Key, r.Action, r.Field, r.Old is ['{', ..] ? "row" : r.Old, r.New is ['{', ..] ? "row" : r.New, r.Reason)).ToList());

        // An added or withdrawn row is given whole, as the change log keeps a withdrawn one.
        using var added = JsonDocument.Parse(rows[1].New!);
        Assert.Equal("The minister calls the envoy", added.RootElement.GetProperty("title").GetString());
        using var withdrawn = JsonDocument.Parse(rows[5].Old!);
        Assert.Equal("The ministry welcomes the envoy.", withdrawn.RootElement.GetProperty("summary").GetString());
        Assert.Equal("mfa-azerbaijan", withdrawn.RootElement.GetProperty("speaker_organization_id").GetString());
        Assert.Equal(hashes, (DatasetBuilder.ComputeSha256(builds.Old), DatasetBuilder.ComputeSha256(builds.New)));
    }

    [Fact]
    public void Diff_lists_nothing_when_a_file_is_compared_with_itself()
    {
        var (exit, output, _) = AzsyInProcess.Run("diff", FixtureDatabase.Path, FixtureDatabase.Path, "--format", "csv");

        Assert.Equal(AzsyApp.Ok, exit);
        Assert.Equal(string.Join(',', FactDifference.Columns) + "\r\n", output);
    }

    [Fact]
    public void Diff_notes_group_the_changes_by_table_action_and_reason()
    {
        using var builds = new FixtureBuilds();

        var (exit, output, _) = AzsyInProcess.Run("diff", builds.Old, builds.New, "--format", "notes");

        Assert.Equal(AzsyApp.Ok, exit);
        Assert.Equal(
            $"""
            From 2.0.0 to 2.1.0, as `azsy diff` finds them in the two files: 1 row added, 1 row corrected (3 fields), 2 rows withdrawn, in 3 tables. Each line gives the reason the change log records, and the rows it covers.

            **`citations`**: 1 withdrawn

            - Withdrawn:
              - {FixtureBuilds.WithdrawReason} (1)

            **`events`**: 1 added, 1 corrected (3 fields)

            - Added:
              - {FixtureBuilds.AddReason} (1): `{FixtureBuilds.AddedEvent}`
            - Corrected:
              - {FixtureBuilds.CorrectReason} (1): `{FixtureBuilds.CorrectedEvent}` (date_earliest, date_latest, date_edtf)

            **`statements`**: 1 withdrawn

            - Withdrawn:
              - {FixtureBuilds.WithdrawReason} (1): `{FixtureBuilds.WithdrawnStatement}`

            """.ReplaceLineEndings("\n"),
            output);
    }

    [Fact]
    public void Diff_gives_no_reason_when_the_newer_file_logs_none_for_a_change()
    {
        // The reasons come from the newer file's log: diffing the builds the other way round, the fixture
        // (whose log is empty) explains nothing, and the event added is now withdrawn.
        using var builds = new FixtureBuilds();

        var (exit, output, _) = AzsyInProcess.Run("diff", builds.New, builds.Old, "--format", "json");

        Assert.Equal(AzsyApp.Ok, exit);
        var rows = JsonDocument.Parse(output).RootElement.EnumerateArray().ToList();
        Assert.Contains(rows, r => r.GetProperty("row_key").GetString() == FixtureBuilds.AddedEvent && r.GetProperty("action").GetString() == "withdraw");
        Assert.All(rows, r => Assert.Equal(JsonValueKind.Null, r.GetProperty("reason").ValueKind));
    }

    [Fact]
    public void Diff_refuses_a_database_of_another_application_and_leaves_it_as_it_is()
    {
        using var other = new TempFile();
        using (var connection = new SqliteConnection($"Data Source={other.Path};Pooling=False"))
        {
            connection.Open();
            connection.Execute("CREATE TABLE events (event_id TEXT PRIMARY KEY); INSERT INTO events VALUES ('x')");
        }

        var hash = DatasetBuilder.ComputeSha256(other.Path);

        var (exit, output, error) = AzsyInProcess.Run("diff", FixtureDatabase.Path, other.Path);

        Assert.Equal((AzsyApp.Failure, string.Empty), (exit, output));
        Assert.Equal(Messages.Usage(LibraryMessages.NotThisDataset(Path.GetFullPath(other.Path), 0)) + Environment.NewLine, error);
        Assert.Equal(hash, DatasetBuilder.ComputeSha256(other.Path));
    }

    [Fact]
    public void Diff_refuses_a_text_file_given_as_the_older_file()
    {
        using var text = new TempFile(".txt");
        File.WriteAllText(text.Path, "event_id,title\nx,y\n");

        var (exit, _, error) = AzsyInProcess.Run("diff", text.Path, FixtureDatabase.Path);

        Assert.Equal(AzsyApp.Failure, exit);
        Assert.Equal(Messages.Usage(LibraryMessages.NotSqlite(Path.GetFullPath(text.Path))) + Environment.NewLine, error);
        Assert.Equal("event_id,title\nx,y\n", File.ReadAllText(text.Path));
    }

    [Fact]
    public async Task Diff_between_release_1_0_0_and_the_shipped_file_names_every_event_added_and_withdrawn()
    {
        IReadOnlyList<FactDifference> differences;
        using (var older = RelationsDataset.Open(Repo.Release100Database))
        using (var newer = RelationsDataset.Open(Repo.ShippedDatabase))
        {
            differences = await DatasetDiff.CompareAsync(older, newer);
        }

        var oldIds = EventIds(Repo.Release100Database);
        var newIds = EventIds(Repo.ShippedDatabase);
        Assert.Equal(newIds.Except(oldIds).Order(StringComparer.Ordinal), differences.Where(d => d is { Table: "events", Action: "add" }).Select(d => d.Key).Order(StringComparer.Ordinal));
        Assert.Equal(oldIds.Except(newIds).Order(StringComparer.Ordinal), differences.Where(d => d is { Table: "events", Action: "withdraw" }).Select(d => d.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Diff_between_release_1_0_0_and_the_shipped_file_gives_a_reason_for_every_change_to_an_event()
    {
        using var older = RelationsDataset.Open(Repo.Release100Database);
        using var newer = RelationsDataset.Open(Repo.ShippedDatabase);

        var events = (await DatasetDiff.CompareAsync(older, newer)).Where(d => d.Table == "events").ToList();

        Assert.NotEmpty(events);
        Assert.All(events, d => Assert.False(string.IsNullOrWhiteSpace(d.Reason), $"{d.Key} {d.Action} {d.Field}"));
    }

    [Fact]
    public async Task Diff_between_release_1_0_0_and_the_shipped_file_finds_each_corrected_field_the_files_hold()
    {
        // Every field of an event in both files that differs, by SQL over the two files, is one correction.
        using var older = RelationsDataset.Open(Repo.Release100Database);
        using var newer = RelationsDataset.Open(Repo.ShippedDatabase);
        var oldEvents = older.Connection.Query("SELECT * FROM events").Select(r => (IDictionary<string, object?>)r).ToDictionary(r => (string)r["event_id"]!);
        var newEvents = newer.Connection.Query("SELECT * FROM events").Select(r => (IDictionary<string, object?>)r).ToDictionary(r => (string)r["event_id"]!);
        var expected = oldEvents.Keys.Intersect(newEvents.Keys)
            .SelectMany(id => newEvents[id].Keys.Union(oldEvents[id].Keys)
                .Where(c => !Equals(oldEvents[id].TryGetValue(c, out var o) ? o : null, newEvents[id].TryGetValue(c, out var n) ? n : null))
                .Select(c => $"{id}.{c}"))
            .Order(StringComparer.Ordinal);

        var found = (await DatasetDiff.CompareAsync(older, newer)).Where(d => d is { Table: "events", Action: "correct" }).Select(d => $"{d.Key}.{d.Field}").Order(StringComparer.Ordinal);

        Assert.Equal(expected, found);
    }

    [Fact]
    public async Task Changelog_lists_in_each_release_the_fact_changes_the_diff_finds_between_the_files_its_marker_names()
    {
        const string end = "<!-- fact-changes:end -->";
        var changelog = File.ReadAllText(Repo.Changelog).ReplaceLineEndings("\n");
        var sections = System.Text.RegularExpressions.Regex.Matches(changelog,
            @"<!-- fact-changes:begin: azsy diff (?<old>\S+) (?<new>\S+) --format notes -->\n(?<text>.*?)" + System.Text.RegularExpressions.Regex.Escape(end),
            System.Text.RegularExpressions.RegexOptions.Singleline);
        Assert.True(sections.Count > 0, $"CHANGELOG.md has no section between '<!-- fact-changes:begin: azsy diff OLD NEW --format notes -->' and '{end}'.");
        Assert.Contains(sections, s => s.Groups["new"].Value == "dataset/azerbaijan-syria.db");

        foreach (System.Text.RegularExpressions.Match section in sections)
        {
            string generated;
            using (var older = RelationsDataset.Open(Path.Combine(Repo.Root, section.Groups["old"].Value)))
            using (var newer = RelationsDataset.Open(Path.Combine(Repo.Root, section.Groups["new"].Value)))
            {
                generated = ReleaseNotes.Render(await DatasetDiff.CompareAsync(older, newer), older.NewestRelease, newer.NewestRelease);
            }

            Assert.True(generated == section.Groups["text"].Value,
                $"CHANGELOG.md's list of fact changes from {section.Groups["old"].Value} to {section.Groups["new"].Value} is not what the diff finds. Replace the lines between its markers with the output of\n" +
                $"  dotnet run --project src/AzerbaijanSyria.Relations.Cli -- diff {section.Groups["old"].Value} {section.Groups["new"].Value} --format notes\n" +
                "which is:\n" + generated);
        }
    }

    private static HashSet<string> EventIds(string path)
    {
        using var connection = new SqliteConnection(RelationsDataset.ReadOnlyConnectionString(path));
        connection.Open();
        return connection.Query<string>("SELECT event_id FROM events").ToHashSet(StringComparer.Ordinal);
    }

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.String => value.GetString(),
        _ => value.GetRawText(),
    };
}
