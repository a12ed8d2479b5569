using System.Globalization;
using System.Text.Json;
using AzerbaijanSyria.Relations.Cli.Commands;
using Dapper;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations.Tests;

/// <summary>
/// One reading of a date range everywhere: the library's typed query, its predicate
/// (<see cref="DateReading"/>), <c>azsy timeline</c>, the per-year counts and <c>azsy stats</c>, and the
/// site's filter script give the same events for random ranges, on the shipped file, the fixture, and
/// a copy of the fixture with events of every shape of date (open on either side, unknown, before 1992).
/// </summary>
public sealed class DateRangeReadingTests : IClassFixture<DateRangeReadingTests.DateShapes>
{
    private static readonly DateRangeMatch[] Readings = Enum.GetValues<DateRangeMatch>();

    private readonly DateShapes shapes;

    public DateRangeReadingTests(DateShapes shapes) => this.shapes = shapes;

    /// <summary>The three files, by name.</summary>
    private string PathOf(string file) => file switch
    {
        "shipped" => Repo.ShippedDatabase,
        "fixture" => FixtureDatabase.Path,
        _ => shapes.Path,
    };

    public static TheoryData<string> Files => new() { "shipped", "fixture", "shapes" };

    /// <summary>Days around the relations' span, the edges of 1992 and a leap day often; or no bound.</summary>
    private static readonly Gen<DateOnly?> Bounds = Gen.Frequency(
        (6, Gen.Choose(new DateOnly(1985, 1, 1).DayNumber, new DateOnly(2031, 12, 31).DayNumber).Select(n => (DateOnly?)DateOnly.FromDayNumber(n))),
        (1, Gen.Elements<DateOnly?>(new DateOnly(1991, 12, 31), new DateOnly(1992, 1, 1), new DateOnly(2024, 2, 29), new DateOnly(2012, 12, 31), new DateOnly(2013, 1, 1))),
        (1, Gen.Constant<DateOnly?>(null)));

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Theory]
    [MemberData(nameof(Files))]
    public async Task GetTimelineAsync_lists_what_DateReading_matches_for_any_range_and_reading(string file)
    {
        await using var db = await RelationsDataset.OpenAsync(PathOf(file));
        var all = await db.GetTimelineAsync();
        var cases = Bounds.Zip(Bounds).Zip(Gen.Elements(Readings)).ToArbitrary();

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(150), Prop.ForAll(cases, c =>
        {
            var ((from, to), match) = c;
            var expected = all.Where(e => DateReading.Matches(e.DateEarliest, e.DateLatest, from, to, match)).Select(e => e.EventId).ToList();
            var listed = db.GetTimelineAsync(from, to, match).GetAwaiter().GetResult().Select(e => e.EventId).ToList();
            Assert.Equal(expected, listed);
            if (match == DateRangeMatch.Plausible)
            {
                Assert.Equal(expected, db.GetTimelineAsync(from, to).GetAwaiter().GetResult().Select(e => e.EventId));
            }
        }));
    }

    [Fact]
    public async Task GetTimelineAsync_leaves_out_by_default_an_event_reported_more_than_a_year_after_the_range()
    {
        await using var db = await RelationsDataset.OpenAsync(FixtureDatabase.Path);

        // aid-convoy-sent is known only as "on or before 2022-06-30": 2021 or 2022 by default, any year back to 1992 if possible.
        async Task<IReadOnlyList<string>> Year(int year, DateRangeMatch match) =>
            (await db.GetTimelineAsync(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), match)).Select(e => e.EventId).ToList();

        Assert.DoesNotContain("aid-convoy-sent", await Year(2020, DateRangeMatch.Plausible));
        Assert.Contains("aid-convoy-sent", await Year(2021, DateRangeMatch.Plausible));
        Assert.Contains("aid-convoy-sent", await Year(2022, DateRangeMatch.Plausible));
        Assert.Contains("aid-convoy-sent", await Year(2020, DateRangeMatch.Possible));
        Assert.Contains("aid-convoy-sent", await Year(1992, DateRangeMatch.Possible));
        Assert.DoesNotContain("aid-convoy-sent", await Year(1991, DateRangeMatch.Possible));
        Assert.DoesNotContain("aid-convoy-sent", await Year(2022, DateRangeMatch.Certain));
    }

    [Fact]
    public async Task GetTimelineAsync_lists_no_event_in_a_year_before_1992_on_the_shipped_file()
    {
        await using var db = await RelationsDataset.OpenAsync(Repo.ShippedDatabase);

        foreach (var match in Readings)
        {
            Assert.Empty(await db.GetTimelineAsync(new DateOnly(1900, 1, 1), new DateOnly(1991, 12, 31), match));
        }
    }

    [Fact]
    public void DateReading_closes_an_open_bound_at_the_year_before_and_never_before_1992()
    {
        var reported = new DateOnly(2026, 3, 4);

        Assert.Equal(new DateOnly(2025, 1, 1), DateReading.PlausibleFirstDay(null, reported));
        Assert.Equal(reported, DateReading.PlausibleLastDay(null, reported));
        Assert.Equal(DateReading.RelationsBegan, DateReading.PlausibleFirstDay(null, new DateOnly(1992, 5, 1)));
        Assert.Equal(new DateOnly(1990, 5, 1), DateReading.PlausibleFirstDay(null, new DateOnly(1990, 5, 1)));
        Assert.Equal(new DateOnly(2025, 12, 31), DateReading.PlausibleLastDay(new DateOnly(2024, 2, 29), null));
        Assert.Null(DateReading.PlausibleFirstDay(null, null));
        Assert.False(DateReading.Matches(null, reported, new DateOnly(2012, 1, 1), new DateOnly(2012, 12, 31), DateRangeMatch.Plausible));
        Assert.True(DateReading.Matches(null, reported, new DateOnly(2012, 1, 1), new DateOnly(2012, 12, 31), DateRangeMatch.Possible));
        Assert.False(DateReading.IsCertain(null, reported, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)));
        Assert.True(DateReading.IsCertain(null, reported, null, null));
        Assert.Throws<ArgumentOutOfRangeException>(() => DateReading.Matches(null, reported, null, reported, (DateRangeMatch)7));
    }

    [Fact]
    public async Task GetTimelineAsync_refuses_a_reading_that_is_not_one_naming_the_three()
    {
        await using var db = await RelationsDataset.OpenAsync(FixtureDatabase.Path);

        var refused = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => db.GetTimelineAsync(null, new DateOnly(2022, 1, 1), (DateRangeMatch)7));

        Assert.Contains("Plausible", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Azsy_timeline_lists_the_library_s_events_and_marks_those_only_possibly_in_the_range()
    {
        using var db = RelationsDataset.Open(shapes.Path);
        var texts = Bounds.Where(b => b is not null).Select(b => b!.Value)
            .Zip(Gen.Elements(4, 7, 10))
            .Select(t => (Text: Iso(t.Item1)[..t.Item2], Day: t.Item1));
        var cases = texts.Zip(texts).Zip(Gen.Elements(TimelineCommand.DateReadings)).ToArbitrary();

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(40), Prop.ForAll(cases, c =>
        {
            var ((a, b), reading) = c;
            var (first, last) = a.Day <= b.Day ? (a, b) : (b, a);
            var from = CommonOptions.ParseDate(first.Text, "--from");
            var to = CommonOptions.ParseDate(last.Text, "--to", endOfPeriod: true);
            if (from > to)
            {
                return; // the tool refuses a reversed range (a usage error of its own test)
            }

            var run = AzsyInProcess.Run("timeline", "--from", first.Text, "--to", last.Text, "--dates", reading, "-f", "json", "--db", shapes.Path);
            Assert.True(run.Exit == 0, run.Error);
            var listed = JsonDocument.Parse(run.Output).RootElement.EnumerateArray()
                .Select(e => (e.GetProperty("event_id").GetString()!, e.GetProperty("in_range").GetString()!)).ToList();
            var expected = db.GetTimelineAsync(from, to, TimelineCommand.Reading(reading)).GetAwaiter().GetResult()
                .Select(e => (e.EventId, DateReading.IsCertain(e.DateEarliest, e.DateLatest, from, to) ? "certain" : "possibly")).ToList();
            Assert.Equal(expected, listed);
        }));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task GetYearlyMatchCountsAsync_counts_each_year_as_the_timeline_lists_it(string file)
    {
        await using var db = await RelationsDataset.OpenAsync(PathOf(file));
        await CountsAgreeWithTimelineAsync(db);
    }

    [Fact]
    public async Task GetYearlyMatchCountsAsync_counts_the_same_from_every_event_in_a_file_without_stored_tallies()
    {
        using var copy = new TempFile();
        File.Copy(shapes.Path, copy.Path);
        using (var connection = new SqliteConnection($"Data Source={copy.Path};Pooling=False"))
        {
            connection.Open();
            connection.Execute("DROP TABLE event_year_tallies");
        }

        await using var db = await RelationsDataset.OpenAsync(copy.Path);
        await CountsAgreeWithTimelineAsync(db);
    }

    private static async Task CountsAgreeWithTimelineAsync(RelationsDataset db)
    {
        foreach (var match in Readings)
        {
            foreach (var sources in Enum.GetValues<SourceFilter>())
            {
                var counts = await db.GetYearlyMatchCountsAsync(match, sources);
                Assert.All(counts, c => Assert.True(c.Year >= 1992, $"{c.Year} is before the relations began"));
                foreach (var year in counts.GroupBy(c => c.Year))
                {
                    var (from, to) = (new DateOnly(year.Key, 1, 1), new DateOnly(year.Key, 12, 31));
                    var events = await db.GetTimelineAsync(from, to, match, sources: sources);
                    foreach (var count in year)
                    {
                        var inClass = events.Where(e => (e.QuadClass ?? 0) == count.QuadClass).ToList();
                        Assert.True(inClass.Count == count.Events, $"{match}, {sources}, {year.Key}, quad class {count.QuadClass}: {count.Events} counted, {inClass.Count} listed");
                        Assert.Equal(inClass.Count(e => DateReading.IsCertain(e.DateEarliest, e.DateLatest, from, to)), count.Certain);
                    }
                }
            }
        }
    }

    [Theory]
    [InlineData("plausible")]
    [InlineData("possible")]
    [InlineData("certain")]
    public async Task Azsy_stats_counts_per_year_what_azsy_timeline_lists_for_that_year(string reading)
    {
        await using var db = await RelationsDataset.OpenAsync(shapes.Path);
        var run = AzsyInProcess.Run("stats", "--dates", reading, "-f", "json", "--db", shapes.Path);
        Assert.True(run.Exit == 0, run.Error);
        var rows = JsonDocument.Parse(run.Output).RootElement.EnumerateArray().ToList();

        Assert.NotEmpty(rows);
        foreach (var row in rows)
        {
            var year = row.GetProperty("year").GetInt32();
            var timeline = AzsyInProcess.Run("timeline", "--from", $"{year}", "--to", $"{year}", "--dates", reading, "-f", "json", "--db", shapes.Path);
            var listed = JsonDocument.Parse(timeline.Output).RootElement.EnumerateArray().Select(e => e.GetProperty("in_range").GetString()).ToList();
            Assert.Equal(listed.Count, row.GetProperty("events").GetInt32());
            Assert.Equal(listed.Count(m => m == "certain"), row.GetProperty("certain").GetInt32());
            Assert.Equal(listed.Count(m => m == "possibly"), row.GetProperty("possibly").GetInt32());
        }

        // No row is before 1992, and a year between the first and the last row that has none lists nothing.
        var counted = rows.Select(r => r.GetProperty("year").GetInt32()).ToHashSet();
        Assert.All(counted, year => Assert.True(year >= 1992, $"{year} is before the relations began"));
        foreach (var year in Enumerable.Range(counted.Min(), counted.Max() - counted.Min() + 1).Where(y => !counted.Contains(y)))
        {
            Assert.Empty(await db.GetTimelineAsync(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), TimelineCommand.Reading(reading)));
        }
    }

    [Fact]
    [Trait("Category", "Slow")]
    public async Task Site_filter_script_lists_what_the_library_lists_for_every_year_and_random_ranges()
    {
        var node = Processes.Require("node", "apt-get install nodejs");
        foreach (var file in new[] { "shipped", "shapes" })
        {
            // The shipped file's site is the run's shared one (read only here); the shapes' is exported here.
            using var own = file == "shipped" ? null : new TempDirectory();
            if (own is not null)
            {
                SiteExport.Write(PathOf(file), own.Path);
            }

            var site = own?.Path ?? SiteExport.Shipped.Root;
            var ranges = Enumerable.Range(1985, 47).Select(y => (From: new DateOnly(y, 1, 1), To: new DateOnly(y, 12, 31))).ToList();
            var days = Bounds.Where(b => b is not null).Select(b => b!.Value);
            ranges.AddRange(days.Zip(days).Sample(60)
                .Select(p => p.Item1 <= p.Item2 ? (p.Item1, p.Item2) : (p.Item2, p.Item1)));
            using var input = new TempFile();
            File.WriteAllText(input.Path, JsonSerializer.Serialize(ranges.Select(r => new[] { Iso(r.From), Iso(r.To) })));
            var script = Path.Combine(Repo.Root, "src", "AzerbaijanSyria.Relations.Export", "Site", "Assets", "timeline.js");
            var run = Processes.Run(node, ["-e", NodeReader, Path.Combine(site, "timeline.html"), script, input.Path]);
            Assert.True(run.ExitCode == 0, run.Error);
            var answers = JsonSerializer.Deserialize<List<List<string[]>>>(run.Output)!;

            await using var db = await RelationsDataset.OpenAsync(PathOf(file));
            for (var i = 0; i < ranges.Count; i++)
            {
                var (from, to) = ranges[i];
                var expected = (await db.GetTimelineAsync(from, to)).Select(e => $"{e.EventId} {(DateReading.IsCertain(e.DateEarliest, e.DateLatest, from, to) ? "certain" : "possibly")}").Order(StringComparer.Ordinal);
                Assert.Equal(expected, answers[i].Select(a => $"{a[0]} {a[1]}").Order(StringComparer.Ordinal));
            }
        }
    }

    /// <summary>Reads the timeline page's data and runs the site's own inRange over each range: [[id, mark], …] per range.</summary>
    private const string NodeReader = """
        const fs = require('fs');
        const [page, script, input] = process.argv.slice(1);
        const html = fs.readFileSync(page, 'utf8');
        const data = JSON.parse(html.match(/<script type="application\/json" id="timeline-data">([\s\S]*?)<\/script>/)[1]);
        const { inRange } = require(script);
        const ranges = JSON.parse(fs.readFileSync(input, 'utf8'));
        process.stdout.write(JSON.stringify(ranges.map(([from, to]) =>
          data.events.map((e) => [e.id, inRange(e, from, to)]).filter(([, mark]) => mark !== null))));
        """;

    /// <summary>A copy of the fixture with generated events of every shape of date the schema allows.</summary>
    public sealed class DateShapes : IDisposable
    {
        private readonly TempFile file = new();

        public DateShapes()
        {
            File.Copy(FixtureDatabase.Path, file.Path);
            using var connection = new SqliteConnection($"Data Source={file.Path};Pooling=False");
            connection.Open();
            using var transaction = connection.BeginTransaction();
            connection.Execute("UPDATE change_context SET reason = 'A test adds events of every shape of date to a copy.'", transaction: transaction);
            var random = new Random(24);
            for (var i = 0; i < 120; i++)
            {
                var day = new DateOnly(1986, 1, 1).AddDays(random.Next(0, 365 * 44));
                var end = day.AddDays(random.Next(0, 800));
                var (earliest, latest, precision, edtf) = (i % 6) switch
                {
                    0 => (Iso(day), Iso(day), "day", Iso(day)),
                    1 => (Iso(day), Iso(end), "range", $"[{Iso(day)}..{Iso(end)}]"),
                    2 or 3 => (null, Iso(end), "range", $"[..{Iso(end)}]"),
                    4 => (Iso(day), null, "range", $"[{Iso(day)}..]"),
                    _ => i % 12 == 5 ? ((string?)null, (string?)null, "unknown", "XXXX") : (Iso(day), Iso(day), "day", Iso(day)),
                };
                connection.Execute(
                    """
                    INSERT INTO events (event_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, cameo_code, title, summary, evidence_status)
                    VALUES (@id, @earliest, @latest, @precision, @basis, @edtf, @cameo, 'A generated event', 'A generated event of a test.', @status)
                    """,
                    new { id = $"shape-{i:D3}", earliest, latest, basis = latest is null ? "derived" : "reported", precision, edtf, cameo = i % 4 == 0 ? "112" : "040", status = i % 5 == 0 ? "reported" : "confirmed" },
                    transaction);
            }

            connection.Execute("UPDATE change_context SET reason = NULL", transaction: transaction);
            transaction.Commit();
        }

        public string Path => file.Path;

        public void Dispose() => file.Dispose();
    }
}
