using AzerbaijanSyria.Relations.Cli;
using AzerbaijanSyria.Relations.Cli.Commands;
using AzerbaijanSyria.Relations.Export;
using Dapper;
using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations.Tests;

/// <summary>
/// Counts that are honest about uncertain dates (certain, possible), the representation view, and
/// the tool's <c>stats</c>: exact expectations on the fixture, and agreement with SQL on the shipped file.
/// </summary>
public sealed class AggregateTests
{
    private static Task<RelationsDataset> OpenFixture() => RelationsDataset.OpenAsync(FixtureDatabase.Path);

    private static Dictionary<int, (int Certain, int Possible)> ByYear(IEnumerable<YearlyEventCount> counts) =>
        counts.GroupBy(c => c.Year).ToDictionary(g => g.Key, g => (g.Sum(c => c.Certain), g.Sum(c => c.Possible)));

    [Fact]
    public async Task GetYearlyEventCountsAsync_counts_an_event_across_a_new_year_as_possible_in_both_and_certain_in_neither()
    {
        await using var db = await OpenFixture();

        var counts = await db.GetYearlyEventCountsAsync();

        // gas-memorandum-signed may fall between 20 December 2022 and 10 January 2023 (quad class 1).
        // In 2023 the reported meeting of 2 May (quad class 1 too) is certain, the memorandum only possible.
        var gas2022 = counts.Single(c => c.Year == 2022 && c.QuadClass == 1);
        var gas2023 = counts.Single(c => c.Year == 2023 && c.QuadClass == 1);
        Assert.Equal((0, 1), (gas2022.Certain, gas2022.Possible));
        Assert.Equal((1, 2), (gas2023.Certain, gas2023.Possible));

        // Per year, over every quad class: a day in 2020, a month in 2021, the convoy known only as
        // "on or before 30 June 2022" (possible in every year up to 2022), the memorandum, the
        // reported meeting of 2 May 2023 and the reopening of 17 February 2024.
        var years = ByYear(counts);
        Assert.Equal((0, 1), years[2019]);
        Assert.Equal(1, counts.Where(c => c.Year == 2019).Sum(c => c.OpenEnded));
        Assert.Equal(0, counts.Where(c => c.Year == 2023).Sum(c => c.OpenEnded));
        Assert.Equal((1, 2), years[2020]);
        Assert.Equal((1, 2), years[2021]);
        Assert.Equal((0, 2), years[2022]);
        Assert.Equal((1, 2), years[2023]);
        Assert.Equal((1, 1), years[2024]);
        Assert.Equal((0, 0), years[2025]);
    }

    [Fact]
    public async Task GetYearlyEventCountsAsync_leaves_out_reported_facts_when_only_confirmed_are_asked_for()
    {
        await using var db = await OpenFixture();

        var years = ByYear(await db.GetYearlyEventCountsAsync(SourceFilter.Confirmed));

        Assert.Equal((0, 1), years[2023]);
    }

    [Fact]
    public async Task GetYearlyEventCountsAsync_adds_up_with_the_timeline_on_the_shipped_file()
    {
        await using var db = await RelationsDataset.OpenAsync(Repo.ShippedDatabase);
        var counts = await db.GetYearlyEventCountsAsync();
        var events = await db.GetTimelineAsync();

        var inOneYear = events.Count(e => e.DateEarliest is { } a && e.DateLatest is { } b && a.Year == b.Year);
        Assert.Equal(inOneYear, counts.Sum(c => c.Certain));
        foreach (var year in counts.Select(c => c.Year).Distinct())
        {
            var mayFall = events.Count(e => (e.DateEarliest?.Year ?? int.MinValue) <= year && (e.DateLatest?.Year ?? int.MaxValue) >= year);
            Assert.Equal(mayFall, counts.Where(c => c.Year == year).Sum(c => c.Possible));
        }
    }

    [Fact]
    public async Task GetYearlyEventCountsAsync_equals_the_event_counts_by_year_view()
    {
        await using var db = await RelationsDataset.OpenAsync(Repo.ShippedDatabase);

        var fromView = db.Connection.Query<(long Year, long Quad, long Certain, long Possible, long OpenEnded)>(
            "SELECT year, quad_class, certain, possible, open_ended FROM event_counts_by_year ORDER BY year, quad_class").ToList();

        Assert.Equal(fromView, (await db.GetYearlyEventCountsAsync()).Select(c => ((long)c.Year, (long)c.QuadClass, (long)c.Certain, (long)c.Possible, (long)c.OpenEnded)));
    }

    [Fact]
    public async Task TimelineSvg_marks_each_year_with_the_counts_of_azsy_stats()
    {
        await using var db = await RelationsDataset.OpenAsync(Repo.ShippedDatabase);
        var events = await db.GetTimelineAsync();
        var years = (await db.GetYearlyMatchCountsAsync()).GroupBy(c => c.Year).ToDictionary(g => g.Key, g => (Certain: g.Sum(c => c.Certain), Listed: g.Sum(c => c.Events)));

        var svg = TimelineSvg.Render(events);

        foreach (var year in Enumerable.Range(events.Min(e => (e.DateEarliest ?? e.DateLatest)!.Value.Year), 5))
        {
            Assert.Equal(years[year], TimelineSvg.CountIn(events, year));
            Assert.Contains($"data-year=\"{year}\">{years[year].Certain}/{years[year].Listed}</text>", svg, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task GetRepresentationAsync_gives_no_head_of_mission_rank_for_a_mission_that_is_not_open_on_the_shipped_file()
    {
        await using var db = await RelationsDataset.OpenAsync(Repo.ShippedDatabase);
        var rows = await db.GetRepresentationAsync();

        Assert.Contains(rows, r => r.StatusAtYearEnd == "suspended");
        Assert.Contains(rows, r => r.StatusAtYearEnd == "open" && r.HeadOfMissionRank is not null);
        Assert.All(rows.Where(r => r.StatusAtYearEnd != "open"), r => Assert.True(r.HeadOfMissionRank is null && r.CowDipLevel == 0, $"{r.Year} {r.SendingCountryId}: {r.StatusAtYearEnd} with rank {r.HeadOfMissionRank}"));
    }

    [Fact]
    public async Task GetRepresentationAsync_codes_an_open_mission_by_its_head_s_rank_and_a_suspended_one_as_none()
    {
        using var copy = new TempFile();
        File.Copy(FixtureDatabase.Path, copy.Path);
        using (var writer = new SqliteConnection($"Data Source={copy.Path};Pooling=False"))
        {
            writer.Open();
            writer.Execute("""
                UPDATE change_context SET reason = 'A test adds an embassy, its head and its changes of status to a copy.';
                INSERT INTO organizations (organization_id, name, kind, country_id, place_id) VALUES ('embassy-in-damascus', 'Embassy of Azerbaijan in Damascus', 'embassy', 'AZE', 'damascus');
                INSERT INTO citations (organization_id, source_id, locator) VALUES ('embassy-in-damascus', 'page-a', 'paragraph 1');
                INSERT INTO people (person_id, name, country_id) VALUES ('rana-charge', 'Rana Charge', 'AZE');
                INSERT INTO citations (person_id, source_id, locator) VALUES ('rana-charge', 'page-a', 'paragraph 1');
                INSERT INTO positions (position_id, person_id, title, organization_id, start_earliest, start_latest, end_earliest, start_basis, end_basis, diplomatic_rank)
                  VALUES ('rana-charge-head', 'rana-charge', 'Chargé d''affaires', 'embassy-in-damascus', '2024-02-17', '2024-02-17', NULL, 'stated', 'ongoing', 'charge_d_affaires');
                INSERT INTO citations (position_id, source_id, locator) VALUES ('rana-charge-head', 'page-a', 'paragraph 1');
                INSERT INTO mission_changes (event_id, sending_country_id, receiving_country_id, embassy_id, status) VALUES ('embassy-reopens', 'AZE', 'SYR', 'embassy-in-damascus', 'open');
                INSERT INTO events (event_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, cameo_code, title, summary) VALUES ('embassy-suspended', '2025-08-01', '2025-08-01', 'day', 'stated', '2025-08-01', '161', 'The embassy suspends its work', 'The embassy stops its work.');
                INSERT INTO event_participants (event_id, organization_id, role) VALUES ('embassy-suspended', 'mfa-azerbaijan', 'initiator');
                INSERT INTO event_topics (event_id, topic_id) VALUES ('embassy-suspended', 'embassy');
                INSERT INTO citations (event_id, source_id, locator) VALUES ('embassy-suspended', 'page-a', 'paragraph 1');
                INSERT INTO mission_changes (event_id, sending_country_id, receiving_country_id, embassy_id, status) VALUES ('embassy-suspended', 'AZE', 'SYR', 'embassy-in-damascus', 'suspended');
                """);
        }

        await using var db = await RelationsDataset.OpenAsync(copy.Path);
        var rows = (await db.GetRepresentationAsync()).Where(r => r.SendingCountryId == "AZE").ToDictionary(r => r.Year);

        Assert.Equal(("absent", 0, null, 0), (rows[2023].StatusAtYearEnd, rows[2023].ChangesInYear, rows[2023].HeadOfMissionRank, rows[2023].CowDipLevel));
        Assert.Equal(("open", 1, "charge_d_affaires", 1), (rows[2024].StatusAtYearEnd, rows[2024].ChangesInYear, rows[2024].HeadOfMissionRank, rows[2024].CowDipLevel));
        // Her term still runs by its bounds, but a suspended mission has no head of mission.
        Assert.Equal(("suspended", 1, null, 0), (rows[2025].StatusAtYearEnd, rows[2025].ChangesInYear, rows[2025].HeadOfMissionRank, rows[2025].CowDipLevel));
        Assert.All((await db.GetRepresentationAsync()).Where(r => r.SendingCountryId == "SYR"), r => Assert.Equal(("absent", 0), (r.StatusAtYearEnd, r.CowDipLevel)));
    }

    [Fact]
    public async Task GetRepresentationAsync_never_codes_a_year_as_represented_when_the_mission_is_not_open_on_the_shipped_file()
    {
        await using var db = await RelationsDataset.OpenAsync(Repo.ShippedDatabase);

        var rows = await db.GetRepresentationAsync();

        Assert.NotEmpty(rows);
        Assert.All(rows.Where(r => r.StatusAtYearEnd != "open"), r => Assert.Equal(0, r.CowDipLevel));
        Assert.Equal(db.Connection.ExecuteScalar<long>("SELECT count(*) FROM representation_by_year"), rows.Count);
    }

    [Fact]
    public void Stats_prints_the_events_of_each_year_as_certain_and_possibly_in_it_and_the_aid_totals()
    {
        var output = new StringWriter();

        var exit = AzsyInProcess.RunWith(["stats", "--db", FixtureDatabase.Path], output, new StringWriter());

        Assert.Equal(0, exit);
        var text = output.ToString().ReplaceLineEndings("\n");
        Assert.Contains(Cli.Messages.StatsEvents(6, 4, "plausible"), text, StringComparison.Ordinal);
        Assert.Contains("Aid: 1 deliveries; 100 tonnes from the 1 that give a weight (100 of them approximate, from 1); 5 lorries from the 1 that give a number.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Stats_writes_one_csv_row_per_year_with_a_pair_per_quad_class()
    {
        var output = new StringWriter();

        var exit = AzsyInProcess.RunWith(["stats", "--format", "csv", "--db", FixtureDatabase.Path], output, new StringWriter());

        Assert.Equal(0, exit);
        var lines = output.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("year,events,certain,possibly,verbal_coop,verbal_coop_certain,material_coop,material_coop_certain,verbal_conflict,verbal_conflict_certain,material_conflict,material_conflict_certain,uncoded,uncoded_certain", lines[0]);

        // 2022: the convoy known only as "on or before 2022-06-30" and the memorandum of December 2022 or January 2023, both only possibly in it.
        Assert.Contains("2022,2,0,2,1,0,1,0,0,0,0,0,0,0", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("2025,", StringComparison.Ordinal));
    }

    [Fact]
    public void StatsCommand_Table_lists_only_years_that_count_an_event()
    {
        YearlyMatchCount Count(int year, int quad, int events, int certain) => new() { Year = year, QuadClass = quad, Events = events, Certain = certain };
        var counts = new[] { 0, 1, 2, 3, 4 }.SelectMany(q => new[] { Count(2000, q, 0, 0), Count(2001, q, q == 3 ? 2 : 0, q == 3 ? 1 : 0) }).ToList();

        var table = StatsCommand.Table(counts);

        var row = Assert.Single(table.Rows);
        Assert.Equal(new object?[] { 2001L, 2L, 1L, 1L, 0L, 0L, 0L, 0L, 2L, 1L, 0L, 0L, 0L, 0L }, row);
    }
}
