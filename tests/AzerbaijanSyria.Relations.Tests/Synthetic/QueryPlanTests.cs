using System.Text.RegularExpressions;
using Dapper;
using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations.Tests;

/// <summary>
/// Each public query given a selective filter reads only the rows it needs: on a synthetic database
/// (<see cref="SyntheticDatabase"/>), the program SQLite compiles for every statement the query runs
/// (<c>EXPLAIN</c>) starts no full pass (<c>Rewind</c>) over a large table or any of its indexes. (A
/// pass from the end, <c>Last</c>, is also how <c>max()</c> reads one entry of an index; none of these
/// queries sorts descending, so it is not counted.) A large table is one the synthetic rows grow (reference tables such as
/// <c>cameo_codes</c> stay as built). The file has no statistics (<c>ANALYZE</c> was never run, as on the shipped file), so SQLite
/// plans alike at eight thousand events and at a million.
/// </summary>
public sealed partial class QueryPlanTests
{
    /// <summary>A table with this many synthetic rows or more grows with the events, and a pass over one is a full scan.</summary>
    private const long LargeTable = 100;

    public static TheoryData<string> Queries() => new(Calls.Keys);

    private static readonly Dictionary<string, Func<RelationsDataset, Task>> Calls = new()
    {
        ["GetTimelineAsync one month"] = db => db.GetTimelineAsync(new DateOnly(2025, 3, 1), new DateOnly(2025, 3, 31)),
        ["GetTimelineAsync one month of 2005"] = db => db.GetTimelineAsync(new DateOnly(2005, 3, 1), new DateOnly(2005, 3, 31)),
        ["GetTimelineAsync one month, certainly in it"] = db => db.GetTimelineAsync(new DateOnly(2005, 3, 1), new DateOnly(2005, 3, 31), DateRangeMatch.Certain),
        ["GetTimelineAsync one day"] = db => db.GetTimelineAsync(new DateOnly(2015, 6, 1), new DateOnly(2015, 6, 1)),
        ["GetTimelineAsync one month of one topic"] = db => db.GetTimelineAsync(new DateOnly(2025, 3, 1), new DateOnly(2025, 3, 31), topic: "energy"),
        ["GetYearlyEventCountsAsync"] = db => db.GetYearlyEventCountsAsync(),
        ["GetYearlyEventCountsAsync of the article"] = db => db.GetYearlyEventCountsAsync(SourceFilter.Article),
        ["GetTimelineAsync from a day"] = db => db.GetTimelineAsync(from: new DateOnly(2026, 1, 1)),
        ["GetTimelineAsync one topic"] = db => db.GetTimelineAsync(topic: "energy"),
        ["GetTimelineAsync one CAMEO root"] = db => db.GetTimelineAsync(cameoRoot: "07"),
        ["GetTimelineAsync one month of the article"] = db => db.GetTimelineAsync(new DateOnly(2025, 3, 1), new DateOnly(2025, 3, 31), sources: SourceFilter.Article),
        ["GetEventAsync"] = db => db.GetEventAsync("synth-event-0001999"),
        ["GetPersonEventsAsync"] = db => db.GetPersonEventsAsync("synth-person-0000123"),
        ["GetPositionsAsync one person"] = db => db.GetPositionsAsync("synth-person-0000123"),
        ["GetPositionsOnAsync"] = db => db.GetPositionsOnAsync(new DateOnly(2025, 7, 12)),
        ["GetAgreementsAsync one organization"] = db => db.GetAgreementsAsync(party: "synth-org-0000007"),
        ["GetAgreementsAsync one topic"] = db => db.GetAgreementsAsync(topic: "energy"),
        ["GetStatementsAsync one speaker"] = db => db.GetStatementsAsync("synth-person-0000123"),
        ["GetTradeAsync one year"] = db => db.GetTradeAsync(2012),
        ["GetCitationsAsync of an event"] = db => db.GetCitationsAsync("event", "synth-event-0001999"),
        ["GetCitationsAsync of an office"] = db => db.GetCitationsAsync("position", "synth-position-0000042"),
        ["SearchAsync a common word"] = db => db.SearchAsync("gas"),
        ["SearchAsync for the article's facts"] = db => db.SearchAsync("gas", sources: SourceFilter.Article),
    };

    /// <summary>The queries whose filter bounds a range on both sides (two days, or one day inside a term).</summary>
    public static TheoryData<string> TwoSidedQueries() => new(
        "GetTimelineAsync one month", "GetTimelineAsync one month of 2005", "GetTimelineAsync one month, certainly in it",
        "GetTimelineAsync one month of the article", "GetTimelineAsync one day", "GetTimelineAsync one month of one topic", "GetPositionsOnAsync");

    [Theory]
    [MemberData(nameof(TwoSidedQueries))]
    public async Task Query_with_a_range_bounded_on_both_sides_reads_no_index_range_open_at_one_end(string query)
    {
        // Each index range in the plan has a lower and an upper bound on the same column, also after an
        // equality (a group of its own, such as a band of timeline_rows or the events whose earliest day
        // is NULL): the range within the group is bounded on both sides too.
        await using var db = await RelationsDataset.OpenAsync(SyntheticDatabase.Path);
        var commands = new List<(string Sql, (string, object?)[] Parameters)>();
        db.Executing = command => commands.Add((command.CommandText, command.Parameters.Cast<SqliteParameter>().Select(p => (p.ParameterName, p.Value)).ToArray()));

        await Calls[query](db);

        Assert.NotEmpty(commands);
        foreach (var (sql, parameters) in commands.Where(c => !c.Sql.Contains("sqlite_schema", StringComparison.Ordinal) && !c.Sql.Contains("max(julianday", StringComparison.Ordinal)))
        {
            var plan = Plan(db.Connection, sql, parameters);
            var open = OneSidedRanges(plan).ToList();
            Assert.True(open.Count == 0, $"{query} reads an index range bounded on one side only ({string.Join("; ", open)}):\n{sql}\n{plan}");
        }
    }

    [Fact]
    public void OneSidedRanges_finds_a_range_bounded_on_one_side_also_within_an_equality_and_passes_bounded_ones()
    {
        Assert.Equal(["SEARCH events USING INDEX events_start (<expr>>?)"], OneSidedRanges("SEARCH events USING INDEX events_start (<expr>>?)"));
        Assert.Equal(["SEARCH po USING INDEX positions_term (end_earliest>?)"], OneSidedRanges("SEARCH po USING INDEX positions_term (end_earliest>?)"));
        Assert.Equal(["SEARCH events USING INDEX events_date (date_earliest=? AND date_latest>?)"], OneSidedRanges("SEARCH events USING INDEX events_date (date_earliest=? AND date_latest>?)"));
        Assert.Equal(["SEARCH t USING PRIMARY KEY (band=? AND order_key>?)"], OneSidedRanges("SEARCH t USING PRIMARY KEY (band=? AND order_key>?)"));
        Assert.Equal(["SEARCH t USING PRIMARY KEY (band=? AND order_key<?)"], OneSidedRanges("SEARCH t USING PRIMARY KEY (band=? AND order_key<?)"));
        Assert.Empty(OneSidedRanges("SEARCH events USING INDEX events_start (<expr>>? AND <expr><?)"));
        Assert.Empty(OneSidedRanges("SEARCH events USING INDEX events_date (date_earliest=? AND date_latest>? AND date_latest<?)"));
        Assert.Empty(OneSidedRanges("SEARCH t USING PRIMARY KEY (band=? AND order_key>? AND order_key<?)"));
        Assert.Empty(OneSidedRanges("SEARCH t USING PRIMARY KEY (band=?)"));
        Assert.Empty(OneSidedRanges("SEARCH e USING INDEX sqlite_autoindex_events_1 (event_id=?)"));
    }

    /// <summary>The lines of a query plan that search an index range bounded on one side only (after any equalities).</summary>
    private static IEnumerable<string> OneSidedRanges(string plan)
    {
        foreach (var line in plan.Split('\n'))
        {
            var search = IndexSearch().Match(line);
            if (!search.Success)
            {
                continue;
            }

            var terms = search.Groups["terms"].Value.Split(" AND ").Select(t => Term().Match(t)).Where(m => m.Success && m.Groups["op"].Value != "=").ToList();
            if (terms.GroupBy(t => t.Groups["column"].Value).Any(g => g.Select(t => t.Groups["op"].Value).Distinct().Count() == 1))
            {
                yield return line;
            }
        }
    }

    [GeneratedRegex(@"^SEARCH \S+ USING (?:COVERING INDEX \S+|INDEX \S+|INTEGER PRIMARY KEY|PRIMARY KEY) \((?<terms>[^)]*)\)")]
    private static partial Regex IndexSearch();

    [GeneratedRegex(@"^(?<column>.+?)(?<op>[<>=])\?$")]
    private static partial Regex Term();

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Query_with_a_selective_filter_scans_no_large_table(string query)
    {
        await using var db = await RelationsDataset.OpenAsync(SyntheticDatabase.Path);
        var commands = new List<(string Sql, (string, object?)[] Parameters)>();
        db.Executing = command => commands.Add((command.CommandText, command.Parameters.Cast<SqliteParameter>().Select(p => (p.ParameterName, p.Value)).ToArray()));

        await Calls[query](db);

        Assert.NotEmpty(commands);
        var large = LargeObjects(db.Connection);
        foreach (var (sql, parameters) in commands.Where(c => !c.Sql.Contains("sqlite_schema", StringComparison.Ordinal)))
        {
            var scanned = FullPasses(db.Connection, sql, parameters).Where(large.ContainsKey).Select(o => large[o]).Distinct().ToList();
            Assert.True(scanned.Count == 0, $"{query} scans all of {string.Join(", ", scanned)}:\n{sql}\n{Plan(db.Connection, sql, parameters)}");
        }
    }

    [Fact]
    public async Task FindPeopleAsync_reads_every_person_as_it_must_to_match_inside_names()
    {
        // A name is matched anywhere inside it, in any case and script (azsy_casefold): no index can
        // serve that, so this query is the one that reads the whole (smallest growing) table of people.
        await using var db = await RelationsDataset.OpenAsync(SyntheticDatabase.Path);
        string? sql = null;
        db.Executing = command => sql = command.CommandText;

        await db.FindPeopleAsync("Aliyev");

        Assert.Contains("people", FullPasses(db.Connection, sql!, [("$folded", "aliyev")]).Select(o => LargeObjects(db.Connection).GetValueOrDefault(o)));
    }

    [Fact]
    public async Task GetStatementsAsync_reads_one_speaker_s_stored_rows_as_one_range_in_order()
    {
        // Since 0091 a speaker's statements are one range of statement_rows' key, already in the order returned: no sort.
        await using var db = await RelationsDataset.OpenAsync(SyntheticDatabase.Path);
        var commands = new List<(string Sql, (string, object?)[] Parameters)>();
        db.Executing = command => commands.Add((command.CommandText, command.Parameters.Cast<SqliteParameter>().Select(p => (p.ParameterName, p.Value)).ToArray()));

        Assert.NotEmpty(await db.GetStatementsAsync("synth-person-0000123"));

        var (sql, parameters) = commands.Single(c => !c.Sql.Contains("sqlite_schema", StringComparison.Ordinal));
        var plan = Plan(db.Connection, sql, parameters);
        Assert.Contains("SEARCH s USING PRIMARY KEY (speaker_key=?)", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("TEMP B-TREE", plan, StringComparison.Ordinal);
    }

    /// <summary>Each table with at least <see cref="LargeTable"/> rows more than the shipped file's, and each of its indexes, by root page, with the table's name.</summary>
    private static Dictionary<long, string> LargeObjects(SqliteConnection connection)
    {
        var objects = connection.Query<(string Name, string Table, long Root)>(
            "SELECT name, tbl_name, rootpage FROM sqlite_schema WHERE type IN ('table', 'index') AND rootpage > 0 AND sql NOT LIKE 'CREATE VIRTUAL%'").ToList();
        using var shipped = Shipped.Open();
        long Rows(SqliteConnection c, string table) =>
            c.ExecuteScalar<long>("SELECT count(*) FROM sqlite_schema WHERE name = @table", new { table }) == 0 ? 0 : c.ExecuteScalar<long>($"SELECT count(*) FROM {SchemaCatalog.Quote(table)}");
        var large = objects.Where(o => o.Name == o.Table)
            .Where(t => Rows(connection, t.Name) - Rows(shipped, t.Name) >= LargeTable)
            .Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        return objects.Where(o => large.Contains(o.Table)).ToDictionary(o => o.Root, o => o.Table);
    }

    /// <summary>The root pages of the tables and indexes the compiled statement walks from one end (a full pass).</summary>
    private static IEnumerable<long> FullPasses(SqliteConnection connection, string sql, (string Name, object? Value)[] parameters)
    {
        var program = Explain(connection, "EXPLAIN " + sql, parameters);
        var roots = new Dictionary<long, long>(); // cursor -> root page
        foreach (var op in program)
        {
            if (op.Opcode is "OpenRead" or "ReopenIdx" && op.P3 == 0)
            {
                roots[op.P1] = op.P2;
            }
            else if (op.Opcode == "Rewind" && roots.TryGetValue(op.P1, out var root))
            {
                yield return root;
            }
        }
    }

    private static string Plan(SqliteConnection connection, string sql, (string Name, object? Value)[] parameters) =>
        string.Join("\n", Explain(connection, "EXPLAIN QUERY PLAN " + sql, parameters).Select(r => r.Detail));

    private static List<(string Opcode, long P1, long P2, long P3, string Detail)> Explain(SqliteConnection connection, string sql, (string Name, object? Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        var rows = new List<(string, long, long, long, string)>();
        using var reader = command.ExecuteReader();
        var plan = reader.FieldCount == 4;
        while (reader.Read())
        {
            rows.Add(plan ? (string.Empty, 0, 0, 0, reader.GetString(3)) : (reader.GetString(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4), string.Empty));
        }

        return rows;
    }
}
