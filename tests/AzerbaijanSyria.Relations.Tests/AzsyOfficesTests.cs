using System.Text.Json;
using Dapper;

namespace AzerbaijanSyria.Relations.Tests;

/// <summary><c>azsy offices</c>, run in-process: exact rows on the fixture, the same rows as SQL on the shipped file, and usage errors.</summary>
public sealed class AzsyOfficesTests
{
    private const string Header = "country,level,person,title,organization,start,start_basis,end,end_basis,evidence";

    [Fact]
    public void Offices_lists_every_office_held_on_the_day_by_country_when_no_filter_is_given()
    {
        // Fixture: Ayla Minister is foreign minister (of AZE, through her ministry) from 2019-01-01 to 2022-12-31;
        // Samir Envoy (SYR) is shown in office in March 2021 only, with open outer bounds.
        var (exit, output, error) = AzsyInProcess.Run("offices", "--on", "2021-03-15", "--format", "csv", "--db", FixtureDatabase.Path);

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Equal(
            Header + "\n"
            + "AZE,,Ayla Minister,Minister of Foreign Affairs,Foreign Ministry of Azerbaijan,2019-01-01,stated,2022-12-31,stated,confirmed\n"
            + "SYR,,Samir Envoy,Envoy,,../2021-03-01,attested,2021-03-31/..,attested,confirmed\n",
            output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Offices_leaves_out_terms_that_do_not_certainly_cover_the_day_when_the_day_is_outside_them()
    {
        var (exit, output, _) = AzsyInProcess.Run("offices", "--on", "2022-06-01", "--format", "csv", "--db", FixtureDatabase.Path);

        Assert.Equal(0, exit);
        Assert.Equal(
            Header + "\nAZE,,Ayla Minister,Minister of Foreign Affairs,Foreign Ministry of Azerbaijan,2019-01-01,stated,2022-12-31,stated,confirmed\n",
            output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Offices_lists_only_that_country_s_offices_when_country_is_given()
    {
        var (exit, output, _) = AzsyInProcess.Run("offices", "--on", "2021-03-15", "--country", "SYR", "--format", "csv", "--db", FixtureDatabase.Path);

        Assert.Equal(0, exit);
        Assert.Equal(Header + "\nSYR,,Samir Envoy,Envoy,,../2021-03-01,attested,2021-03-31/..,attested,confirmed\n", output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Offices_lists_no_office_when_the_level_is_one_no_fixture_office_has()
    {
        // The fixture's offices have no level, so a level filter keeps none of them.
        var (exit, output, _) = AzsyInProcess.Run("offices", "--on", "2021-03-15", "--level", "foreign_minister", "--format", "csv", "--db", FixtureDatabase.Path);

        Assert.Equal(0, exit);
        Assert.Equal(Header + "\n", output.ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData("2022-02-30")]
    [InlineData("2022-13")]
    [InlineData("22")]
    [InlineData("1 June 2022")]
    public void Offices_exits_2_with_one_line_when_the_date_is_not_a_day_month_or_year(string on)
    {
        var (exit, output, error) = AzsyInProcess.Run("offices", "--on", on, "--db", FixtureDatabase.Path);

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Equal($"azsy: --on takes a date as YYYY, YYYY-MM or YYYY-MM-DD (years 0001 to 9999), not '{on}'.", error.TrimEnd());
    }

    [Fact]
    public void Offices_lists_every_office_held_at_some_time_in_the_year_when_on_is_a_year()
    {
        // Ayla's term covers all of 2021; Samir is shown in office only in March 2021.
        var (exit, output, error) = AzsyInProcess.Run("offices", "--on", "2021", "--format", "csv", "--db", FixtureDatabase.Path);

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Equal(
            Header + "\n"
            + "AZE,,Ayla Minister,Minister of Foreign Affairs,Foreign Ministry of Azerbaijan,2019-01-01,stated,2022-12-31,stated,confirmed\n"
            + "SYR,,Samir Envoy,Envoy,,../2021-03-01,attested,2021-03-31/..,attested,confirmed\n",
            output.ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData("2022-12", true)]
    [InlineData("2023", false)]
    [InlineData("2021-04", true)]
    public void Offices_lists_a_term_for_a_month_or_year_only_when_it_certainly_covers_a_day_of_it(string on, bool aylaListed)
    {
        // Ayla's term ends on 2022-12-31; Samir is certainly in office only from 2021-03-01 to 2021-03-31.
        var (exit, output, _) = AzsyInProcess.Run("offices", "--on", on, "--format", "csv", "--db", FixtureDatabase.Path);

        Assert.Equal(0, exit);
        Assert.Equal(aylaListed, output.Contains("Ayla Minister", StringComparison.Ordinal));
        Assert.DoesNotContain("Samir Envoy", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2024", "2024-01-01", "2024-12-31")]
    [InlineData("2012-08", "2012-08-01", "2012-08-31")]
    public void Offices_returns_the_rows_sql_over_person_positions_returns_for_a_period_on_the_shipped_file(string on, string from, string to)
    {
        var (exit, output, _) = AzsyInProcess.Run("offices", "--on", on, "--format", "json", "--db", Repo.ShippedDatabase);
        Assert.Equal(0, exit);
        var rows = JsonDocument.Parse(output).RootElement.EnumerateArray()
            .Select(r => (Person: r.GetProperty("person").GetString()!, Title: r.GetProperty("title").GetString()!))
            .Order().ToList();

        using var db = RelationsDataset.Open(Repo.ShippedDatabase);
        var expected = db.Connection.Query<(string Person, string Title)>(
            """
            SELECT person_name, position FROM person_positions
            WHERE max(start_latest, @from) <= min(end_earliest, @to)
            """, new { from, to }).Order().ToList();

        Assert.NotEmpty(expected);
        Assert.Equal(expected, rows);
    }

    [Fact]
    public void Offices_exits_2_with_one_line_naming_the_levels_when_the_level_is_unknown()
    {
        var (exit, output, error) = AzsyInProcess.Run("offices", "--on", "2022-06-01", "--level", "president", "--db", FixtureDatabase.Path);

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        var line = Assert.Single(error.TrimEnd().Split('\n'));
        Assert.StartsWith("azsy: --level takes head_of_state, head_of_government, foreign_minister", line, StringComparison.Ordinal);
        Assert.Contains("not 'president'", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("syr", "--country takes a three-letter ISO country code")]
    [InlineData("XYZ", "--country 'XYZ' is not a country of this dataset")]
    public void Offices_exits_2_with_one_line_when_the_country_is_not_one(string country, string expected)
    {
        var (exit, output, error) = AzsyInProcess.Run("offices", "--on", "2022-06-01", "--country", country, "--db", FixtureDatabase.Path);

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        var line = Assert.Single(error.TrimEnd().Split('\n'));
        Assert.StartsWith($"azsy: {expected}", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Offices_exits_2_when_on_is_missing()
    {
        var (exit, _, error) = AzsyInProcess.Run("offices", "--db", FixtureDatabase.Path);

        Assert.Equal(2, exit);
        Assert.Contains("--on", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2022-06-01")]
    [InlineData("2005-03-01")]
    public void Offices_returns_the_rows_sql_over_person_positions_returns_on_the_shipped_file(string day)
    {
        var (exit, output, _) = AzsyInProcess.Run("offices", "--on", day, "--format", "json", "--db", Repo.ShippedDatabase);
        Assert.Equal(0, exit);
        var rows = JsonDocument.Parse(output).RootElement.EnumerateArray()
            .Select(r => (Country: r.GetProperty("country").GetString(), Level: r.GetProperty("level").GetString(), Person: r.GetProperty("person").GetString()!, Title: r.GetProperty("title").GetString()!))
            .ToList();

        using var db = RelationsDataset.Open(Repo.ShippedDatabase);
        var expected = db.Connection.Query<(string? Country, string? Level, string Person, string Title)>(
            """
            SELECT pp.country_id, pp.office_level, pp.person_name, pp.position
            FROM person_positions AS pp
            WHERE pp.start_latest <= @day AND pp.end_earliest >= @day
            """, new { day }).ToList();

        Assert.NotEmpty(expected);
        Assert.Equal(expected.OrderBy(r => r.Person, StringComparer.Ordinal).ThenBy(r => r.Title, StringComparer.Ordinal),
            rows.OrderBy(r => r.Person, StringComparer.Ordinal).ThenBy(r => r.Title, StringComparer.Ordinal));

        // Printed by country, then by level in the order of --level's values, offices of no level last.
        var keys = rows.Select(r => (r.Country ?? "\uffff", r.Level is null ? 99 : Array.IndexOf(Levels, r.Level))).ToList();
        Assert.Equal(keys.OrderBy(k => k.Item1, StringComparer.Ordinal).ThenBy(k => k.Item2), keys);

        // And --country and --level keep exactly the rows of that country and level.
        var (_, filtered, _) = AzsyInProcess.Run("offices", "--on", day, "--country", "SYR", "--level", "foreign_minister", "--format", "json", "--db", Repo.ShippedDatabase);
        Assert.Equal(
            expected.Where(r => r.Country == "SYR" && r.Level == "foreign_minister").Select(r => r.Person).Order(StringComparer.Ordinal),
            JsonDocument.Parse(filtered).RootElement.EnumerateArray().Select(r => r.GetProperty("person").GetString()!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Readme_offices_example_prints_what_the_command_prints_on_the_shipped_file()
    {
        var block = Assert.Single(ReadmeTests.Blocks(File.ReadAllText(Repo.Readme), "text"), b => b.StartsWith("$ azsy offices ", StringComparison.Ordinal));
        var lines = block.Split('\n', 2);
        var args = lines[0]["$ azsy ".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);

        var (exit, output, _) = AzsyInProcess.Run([.. args, "--db", Repo.ShippedDatabase]);

        Assert.Equal(0, exit);
        Assert.Equal(lines[1], output.ReplaceLineEndings("\n"));
    }

    private static readonly string[] Levels =
        ["head_of_state", "head_of_government", "foreign_minister", "minister", "deputy_minister", "speaker", "head_of_mission"];
}
