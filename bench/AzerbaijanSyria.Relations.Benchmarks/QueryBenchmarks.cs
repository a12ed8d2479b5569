using BenchmarkDotNet.Attributes;

namespace AzerbaijanSyria.Relations.Benchmarks;

/// <summary>
/// Each public query on one file (the shipped database by default; set AZSY_BENCH_DB to another, e.g. a
/// synthetic one from azsy synth), four ways: the prepared hand-written floor (the baseline of the
/// ratios), the library, EF Core 10 with no tracking, and Dapper making a new command per call (how
/// the 1.x library ran, here on today's SQL).
/// </summary>
public class QueryBenchmarks
{
    private static readonly Dictionary<string, (Func<RelationsDataset, Task<object?>> Query, Type[] Rows)> ShippedCases = new()
    {
        // One statement since the date ranges were read one way (the dated, open and undated events as one UNION ALL).
        ["timeline of 2025"] = (async db => await db.GetTimelineAsync(new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31)), [typeof(TimelineEvent)]),
        ["offices held on a date"] = (async db => await db.GetPositionsOnAsync(new DateOnly(2025, 7, 12)), [typeof(PersonPosition)]),
        ["agreements by party"] = (async db => await db.GetAgreementsAsync("SYR"), [typeof(Agreement)]),
        ["citations of one event"] = (async db => await db.GetCitationsAsync("event", "embassy-resumes-operations"), [typeof(Citation)]),
        ["search gas"] = (async db => await db.SearchAsync("gas"), [typeof(SearchHit)]),
        ["statements by one speaker"] = (async db => await db.GetStatementsAsync("ilham-aliyev"), [typeof(Statement)]),
        ["a person's events"] = (async db => await db.GetPersonEventsAsync("ilham-aliyev"), [typeof(TimelineEvent)]),
        ["event details (5 queries)"] = (async db => await db.GetEventAsync("embassy-resumes-operations"),
            [typeof(TimelineEvent), typeof(EventParticipant), typeof(Statement), typeof(Citation), typeof(Discrepancy)]),
    };

    // The synthetic cases: the rows of issue 23's table first, then the lookups by key. The mid-frequency
    // and rare words are read from the file's own search index: the words found in about 1,000 and
    // about 10 events.
    private static readonly Lazy<string> Mid = new(() => BenchFile.WordInEvents(1000));
    private static readonly Lazy<string> Rare = new(() => BenchFile.WordInEvents(10));

    private static readonly Dictionary<string, (Func<RelationsDataset, Task<object?>> Query, Type[] Rows)> SyntheticCases = new()
    {
        ["timeline of March 2025"] = (async db => await db.GetTimelineAsync(new DateOnly(2025, 3, 1), new DateOnly(2025, 3, 31)), [typeof(TimelineEvent)]),
        ["timeline of March 2005"] = (async db => await db.GetTimelineAsync(new DateOnly(2005, 3, 1), new DateOnly(2005, 3, 31)), [typeof(TimelineEvent)]),
        ["search a common word (top 20)"] = (async db => await db.SearchAsync("gas"), [typeof(SearchHit)]),
        ["yearly event counts"] = (async db => await db.GetYearlyEventCountsAsync(), [typeof(YearlyEventCount)]),
        ["offices held on 2015-06-01"] = (async db => await db.GetPositionsOnAsync(new DateOnly(2015, 6, 1)), [typeof(PersonPosition)]),
        ["agreements of one organization"] = (async db => await db.GetAgreementsAsync("synth-org-0000017"), [typeof(Agreement)]),
        ["statements by one speaker"] = (async db => await db.GetStatementsAsync("synth-person-0000123"), [typeof(Statement)]),
        ["search a mid-frequency word"] = (async db => await db.SearchAsync(Mid.Value), [typeof(SearchHit)]),
        ["search a rare word"] = (async db => await db.SearchAsync(Rare.Value), [typeof(SearchHit)]),
        ["citations of one event"] = (async db => await db.GetCitationsAsync("event", "synth-event-0012345"), [typeof(Citation)]),
        ["a person's offices"] = (async db => await db.GetPositionsAsync("synth-person-0000123"), [typeof(PersonPosition)]),
        ["a person's events"] = (async db => await db.GetPersonEventsAsync("synth-person-0000123"), [typeof(TimelineEvent)]),
    };

    private QueryCase run = null!;

    [ParamsSource(nameof(Cases))]
    public string Case { get; set; } = string.Empty;

    /// <summary>
    /// The cases to run: all of the file's, or only those named in AZSY_BENCH_CASES, separated by <c>|</c>
    /// (e.g. <c>timeline of 2025|search gas</c>), to time a few on a busy machine.
    /// </summary>
    public static IEnumerable<string> Cases()
    {
        var all = BenchFile.IsSynthetic ? SyntheticCases.Keys : ShippedCases.Keys;
        if (Environment.GetEnvironmentVariable("AZSY_BENCH_CASES") is not { Length: > 0 } named)
        {
            return all;
        }

        var wanted = named.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var unknown = wanted.Except(all).ToArray();
        return unknown.Length == 0
            ? all.Where(wanted.Contains)
            : throw new ArgumentException($"AZSY_BENCH_CASES names no case '{string.Join("', '", unknown)}'; the cases are: {string.Join(" | ", all)}.");
    }

    [GlobalSetup]
    public void Setup()
    {
        var (query, rows) = (BenchFile.IsSynthetic ? SyntheticCases : ShippedCases)[Case];
        run = new QueryCase(BenchFile.Path, query, rows, Assemble(rows));
        if (run.RunLibrary() is System.Collections.ICollection { Count: 0 })
        {
            throw new InvalidOperationException($"The case '{Case}' returns no rows from {BenchFile.Path}: a benchmark must time rows (pick a filter that matches some).");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => run.Dispose();

    [Benchmark(Baseline = true, Description = "floor: prepared reader")]
    public object? Floor() => run.RunFloor();

    [Benchmark(Description = "floor's command, library's parser")]
    public object? FloorParsed() => run.RunFloorParsed();

    [Benchmark(Description = "library")]
    public object? Library() => run.RunLibrary();

    [Benchmark(Description = "EF Core 10, no tracking")]
    public object? EfCore() => run.RunEf();

    [Benchmark(Description = "Dapper, new command per call")]
    public object? DapperPerCall() => run.RunDapper();

    private static Func<List<List<object>>, object?> Assemble(Type[] rows) => rows.Length == 1
        ? results => results[0]
        : rows.All(r => r == typeof(TimelineEvent))
        // A range from a day is read as two index ranges (the events of unknown date, then the dated ones), in order.
        ? results => results.SelectMany(r => r).ToList()
        : results => results[0].Count == 0 ? null : new EventDetails
        {
            Event = (TimelineEvent)results[0][0],
            Participants = results[1].Cast<EventParticipant>().ToList(),
            Statements = results[2].Cast<Statement>().ToList(),
            Citations = results[3].Cast<Citation>().ToList(),
            Discrepancies = results[4].Cast<Discrepancy>().ToList(),
        };
}
