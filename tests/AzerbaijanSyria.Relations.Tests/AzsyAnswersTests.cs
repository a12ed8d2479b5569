using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations.Tests;

/// <summary><c>azsy agreements</c>, <c>azsy one-sided</c> and <c>azsy show</c> for every entity kind, run in-process.</summary>
public sealed class AzsyAnswersTests
{
    [Fact]
    public void Agreements_lists_every_agreement_by_signing_date_with_its_status_when_run_on_the_shipped_file()
    {
        var (exit, output, error) = AzsyInProcess.Run("agreements", "--format", "json", "--db", Repo.ShippedDatabase);

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        using var db = Shipped.Open();
        var expected = db.Query<(string Id, string Status)>("SELECT agreement_id, status FROM agreements ORDER BY coalesce(date_earliest, date_latest), agreement_id").ToList();
        var rows = JsonDocument.Parse(output).RootElement.EnumerateArray()
            .Select(r => (r.GetProperty("agreement_id").GetString()!, r.GetProperty("status").GetString()!)).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, rows);
    }

    [Fact]
    public void Agreements_says_which_statuses_and_steps_the_file_records_when_no_agreement_has_the_status()
    {
        // The fixture's agreements: one signed, one in force, with no step recorded after signing.
        var (exit, output, error) = AzsyInProcess.Run("agreements", "--status", "expired", "--db", FixtureDatabase.Path);

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Contains("(0 rows)", output, StringComparison.Ordinal);
        Assert.Contains("No agreement in this file has the status expired. The statuses it records: in_force (1), signed (1). It records no step after signing", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Agreements_lists_only_the_agreements_of_the_status_when_status_is_given()
    {
        var (exit, output, _) = AzsyInProcess.Run("agreements", "--status", "in_force", "--format", "csv", "--db", FixtureDatabase.Path);

        Assert.Equal(0, exit);
        var lines = output.ReplaceLineEndings("\n").TrimEnd().Split('\n');
        Assert.Equal("agreement_id,signed,kind,status,parties,steps_after_signing", lines[0]);
        Assert.StartsWith("visa-agreement,", Assert.Single(lines[1..]), StringComparison.Ordinal);
    }

    [Fact]
    public void Agreements_keeps_only_the_party_s_agreements_when_party_is_a_country_or_an_organization()
    {
        var (_, byCountry, _) = AzsyInProcess.Run("agreements", "--party", "AZE", "--format", "csv", "--db", FixtureDatabase.Path);
        var (_, byOrganization, _) = AzsyInProcess.Run("agreements", "--party", "syrian-government", "--format", "csv", "--db", FixtureDatabase.Path);

        Assert.Contains("gas-memorandum,", byCountry, StringComparison.Ordinal);
        Assert.Contains("gas-memorandum,", byOrganization, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--party", "XYZ", "--party 'XYZ' is neither a country code nor an organization id")]
    [InlineData("--status", "ratified", "--status takes")]
    public void Agreements_exits_2_with_one_line_when_an_option_names_nothing_the_file_has(string option, string value, string expected)
    {
        var (exit, output, error) = AzsyInProcess.Run("agreements", option, value, "--db", FixtureDatabase.Path);

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        var line = Assert.Single(error.TrimEnd().Split('\n'));
        Assert.StartsWith($"azsy: {expected}", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("azerbaijan", "AZE")]
    [InlineData("syria", "SYR")]
    public async Task OneSided_lists_what_the_library_returns_for_the_side_when_run_on_the_shipped_file(string side, string code)
    {
        var (exit, output, _) = AzsyInProcess.Run("one-sided", "--side", side, "--format", "json", "--db", Repo.ShippedDatabase);

        Assert.Equal(0, exit);
        await using var dataset = await RelationsDataset.OpenAsync(Repo.ShippedDatabase);
        var expected = (await dataset.GetOneSidedFactsAsync(code)).Select(f => (f.SubjectKind, f.SubjectId)).ToList();
        var rows = JsonDocument.Parse(output).RootElement.EnumerateArray().ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, rows.Select(r => (r.GetProperty("kind").GetString()!, r.GetProperty("id").GetString()!)));
        Assert.All(rows, r => Assert.Equal(code, r.GetProperty("only_by").GetString()));
    }

    public static TheoryData<string, string> OneOfEachKind()
    {
        using var db = Shipped.Open();
        var data = new TheoryData<string, string>();
        foreach (var (kind, sql) in new[]
        {
            ("event", "SELECT event_id || '|' || title FROM events ORDER BY event_id LIMIT 1"),
            ("person", "SELECT person_id || '|' || name FROM people ORDER BY person_id LIMIT 1"),
            ("organization", "SELECT organization_id || '|' || name FROM organizations ORDER BY organization_id LIMIT 1"),
            ("place", "SELECT place_id || '|' || name FROM places ORDER BY place_id LIMIT 1"),
            ("agreement", "SELECT agreement_id || '|' || title FROM agreements ORDER BY agreement_id LIMIT 1"),
            ("source", "SELECT source_id || '|' || title FROM sources ORDER BY source_id LIMIT 1"),
            ("discrepancy", "SELECT discrepancy_id || '|' || title FROM discrepancies ORDER BY discrepancy_id LIMIT 1"),
        })
        {
            var row = db.QuerySingle<string>(sql).Split('|', 2);
            data.Add(row[0], row[1]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(OneOfEachKind))]
    public void Show_prints_the_entity_under_its_title_with_its_id_when_the_id_is_of_any_kind(string id, string title)
    {
        var (exit, output, error) = AzsyInProcess.Run("show", id, "--db", Repo.ShippedDatabase);

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        var lines = output.ReplaceLineEndings("\n").Split('\n');
        Assert.Equal(title, lines[0]);
        Assert.Matches($@"^  id +{System.Text.RegularExpressions.Regex.Escape(id)}$", lines[1]);
    }

    [Fact]
    public void Show_lists_each_participant_with_the_office_recorded_at_the_event()
    {
        var (exit, output, _) = AzsyInProcess.Run("show", "minister-visits-damascus", "--db", FixtureDatabase.Path);

        Assert.Equal(0, exit);
        Assert.Contains("  Ayla Minister (visitor; Minister of Foreign Affairs)  [person ayla-minister]\n", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("  Azerbaijan (visitor)  [country AZE]\n", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void Show_lists_a_person_s_offices_and_events_with_dates_in_date_order()
    {
        var (exit, output, _) = AzsyInProcess.Run("show", "ayla-minister", "--db", FixtureDatabase.Path);

        Assert.Equal(0, exit);
        var text = output.ReplaceLineEndings("\n");
        Assert.Contains("  2019-01-01 – 2022-12-31  Minister of Foreign Affairs, Foreign Ministry of Azerbaijan\n", text, StringComparison.Ordinal);
        Assert.Matches(@"\n  2020-01-15 +\S", text);
    }

    [Fact]
    public void Show_lists_an_agreement_s_life_and_says_when_no_entry_into_force_is_recorded()
    {
        var (exit, output, _) = AzsyInProcess.Run("show", "gas-memorandum", "--db", FixtureDatabase.Path);

        Assert.Equal(0, exit);
        Assert.Contains("Life, in date order:\n  [2022-12-20..2023-01-10]   signed", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("no entry into force is recorded", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_exits_1_with_one_line_naming_the_kinds_when_no_entity_has_the_id()
    {
        var (exit, output, error) = AzsyInProcess.Run("show", "no-such-id", "--db", FixtureDatabase.Path);

        Assert.Equal(1, exit);
        Assert.Equal("", output);
        var line = Assert.Single(error.TrimEnd().Split('\n'));
        Assert.StartsWith("azsy: no event, person, organization, place, agreement, source or disagreement has the id 'no-such-id'.", line, StringComparison.Ordinal);
        Assert.Contains("'azsy list people|organizations|places|sources|discrepancies'", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_exits_1_when_kind_names_a_kind_that_has_no_such_id()
    {
        var (exit, output, error) = AzsyInProcess.Run("show", "socar", "--kind", "person", "--db", FixtureDatabase.Path);

        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.Equal("azsy: no person has the id 'socar'. Leave out --kind to look in every kind.", error.TrimEnd());
    }

    [Fact]
    public void Show_exits_2_naming_the_kinds_when_two_kinds_share_the_id_and_shows_the_one_kind_picks()
    {
        using var copy = new TempFile();
        File.Copy(FixtureDatabase.Path, copy.Path);
        using (var writer = new SqliteConnection($"Data Source={copy.Path};Pooling=False"))
        {
            writer.Open();
            writer.Execute("""
                UPDATE change_context SET reason = 'A test gives a place the id of an organization, in a copy.';
                INSERT INTO places (place_id, name, kind, country_id) VALUES ('socar', 'Socar Street', 'building', 'AZE');
                UPDATE change_context SET reason = NULL;
                """);
        }

        var (exit, output, error) = AzsyInProcess.Run("show", "socar", "--db", copy.Path);
        var (pickedExit, picked, _) = AzsyInProcess.Run("show", "socar", "--kind", "place", "--db", copy.Path);

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Equal("azsy: 'socar' is the id of more than one kind of entity (organization or place): add --kind with one of them.", error.TrimEnd());
        Assert.Equal(0, pickedExit);
        Assert.StartsWith("Socar Street\n  id        socar\n  kind      building\n", picked.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void Show_history_lists_the_scripts_of_a_person_s_row_when_the_id_is_a_person()
    {
        using var db = Shipped.Open();
        var personId = db.QueryFirst<string>("SELECT person_id FROM people ORDER BY person_id");

        var (exit, output, _) = AzsyInProcess.Run("show", personId, "--history", "--db", Repo.ShippedDatabase);

        Assert.Equal(0, exit);
        Assert.Contains("History, oldest first", output, StringComparison.Ordinal);
        Assert.Matches(@"\n  \d{4}_\S+\.sql ", output.ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData("$ azsy agreements ")]
    [InlineData("$ azsy one-sided ")]
    [InlineData("$ azsy show ")]
    public void Readme_example_prints_what_the_command_prints_on_the_shipped_file(string start)
    {
        var block = Assert.Single(ReadmeTests.Blocks(File.ReadAllText(Repo.Readme), "text"), b => b.StartsWith(start, StringComparison.Ordinal));
        var lines = block.Split('\n', 2);
        var args = lines[0]["$ azsy ".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);

        var (exit, output, _) = AzsyInProcess.Run([.. args, "--db", Repo.ShippedDatabase]);

        Assert.Equal(0, exit);
        Assert.Equal(lines[1], output.ReplaceLineEndings("\n"));
    }
}
