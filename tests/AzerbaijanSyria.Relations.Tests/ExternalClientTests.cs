using Dapper;

namespace AzerbaijanSyria.Relations.Tests;

/// <summary>
/// The shipped database and its exports, opened by clients nobody here wrote: the sqlite3 shell
/// and sqlite-utils (Debian's, with the system SQLite 3.40) and Python's csv module.
/// </summary>
[Trait("Category", "Slow")]
public sealed class ExternalClientTests
{
    private static IEnumerable<string> PublicViews()
    {
        using var db = Shipped.Open();
        return db.Query<string>("SELECT name FROM sqlite_schema WHERE type = 'view' ORDER BY name").ToList();
    }

    [SkippableFact]
    public void Sqlite3_shell_lists_tables_and_reads_every_view()
    {
        var sqlite3 = Processes.Require("sqlite3");

        var tables = Processes.Run(sqlite3, [Repo.ShippedDatabase, ".tables"]);
        Assert.Equal(0, tables.ExitCode);
        Assert.Contains("timeline", tables.Output, StringComparison.Ordinal);

        using var db = Shipped.Open();
        foreach (var view in PublicViews())
        {
            var result = Processes.Run(sqlite3, [Repo.ShippedDatabase, $"SELECT count(*) FROM {view};"]);
            Assert.True(result.ExitCode == 0 && result.Error.Length == 0, $"{view}: {result.Error}");
            Assert.Equal(db.ExecuteScalar<long>($"SELECT count(*) FROM {view}").ToString(System.Globalization.CultureInfo.InvariantCulture), result.Output.Trim());
        }
    }

    [SkippableFact]
    public void Sqlite3_shell_runs_a_full_text_search()
    {
        var sqlite3 = Processes.Require("sqlite3");

        const string sql = "SELECT e.event_id FROM events_fts JOIN events AS e ON e.rowid = events_fts.rowid WHERE events_fts MATCH 'iftar' ORDER BY bm25(events_fts), e.event_id";

        var result = Processes.Run(sqlite3, [Repo.ShippedDatabase, sql + ";"]);

        Assert.Equal(0, result.ExitCode);
        using var db = Shipped.Open();
        var expected = db.Query<string>(sql).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(string.Join("\n", expected), result.Output.Trim().ReplaceLineEndings("\n"));
    }

    [SkippableFact]
    public void Sqlite_utils_lists_tables_and_searches_with_the_detected_fts_table()
    {
        var sqliteUtils = Processes.Require("sqlite-utils");

        var tables = Processes.Run(sqliteUtils, ["tables", Repo.ShippedDatabase, "--counts", "--csv"]);
        var search = Processes.Run(sqliteUtils, ["search", Repo.ShippedDatabase, "agreements", "ICESCO", "-c", "agreement_id", "--csv"]);

        Assert.Equal(0, tables.ExitCode);
        using var db = Shipped.Open();
        Assert.Contains($"events,{db.ExecuteScalar<long>("SELECT count(*) FROM events")}", tables.Output, StringComparison.Ordinal);
        Assert.Equal(0, search.ExitCode);
        var expected = db.Query<string>("SELECT a.agreement_id FROM agreements_fts JOIN agreements AS a ON a.rowid = agreements_fts.rowid WHERE agreements_fts MATCH 'ICESCO'").Order(StringComparer.Ordinal).ToList();
        var found = search.Output.Trim().ReplaceLineEndings("\n").Split('\n').Skip(1).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, found);
    }

    [SkippableFact]
    public void Sqlite_utils_opens_the_csv_export_as_a_new_database()
    {
        var sqliteUtils = Processes.Require("sqlite-utils");
        var directory = ShippedExport.Of("csv");
        using var work = new TempDirectory();
        var target = Path.Combine(work.Path, "fromcsv.db");

        var insert = Processes.Run(sqliteUtils, ["insert", target, "timeline", Path.Combine(directory, "timeline.csv"), "--csv"]);
        var count = Processes.Run(sqliteUtils, ["query", target, "SELECT count(*) AS n FROM timeline WHERE cameo_root = '07'", "--csv"]);

        Assert.Equal(0, insert.ExitCode);
        using var db = Shipped.Open();
        Assert.Equal($"n\n{db.ExecuteScalar<long>("SELECT count(*) FROM timeline WHERE cameo_root = '07'")}", count.Output.Trim().ReplaceLineEndings("\n"));
    }

    [SkippableFact]
    public void Python_reads_every_exported_csv_with_the_row_counts_of_sqlite()
    {
        var python = Processes.Require("python3");
        var directory = ShippedExport.Of("csv");
        const string script =
            """
            import csv, glob, os, sys
            for path in sorted(glob.glob(os.path.join(sys.argv[1], '*.csv'))):
                with open(path, newline='', encoding='utf-8') as f:
                    rows = list(csv.DictReader(f))
                print(os.path.basename(path)[:-4], len(rows))
            """;

        var result = Processes.Run(python, ["-c", script, directory]);

        Assert.Equal(0, result.ExitCode);
        using var db = Shipped.Open();
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length >= 40, result.Output + result.Error);
        foreach (var line in lines)
        {
            var parts = line.Split(' ');
            Assert.Equal(db.ExecuteScalar<long>($"SELECT count(*) FROM \"{parts[0]}\""), long.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [SkippableFact]
    public void Python_answers_from_the_csv_export_match_sqlite()
    {
        var python = Processes.Require("python3");
        var directory = ShippedExport.Of("csv");
        const string script =
            """
            import csv, os, sys
            d = sys.argv[1]
            def rows(name):
                with open(os.path.join(d, name + '.csv'), newline='', encoding='utf-8') as f:
                    return list(csv.DictReader(f))
            trade = rows('trade_flows')
            print(round(sum(float(r['value']) for r in trade if r['unit'] == 'thousand USD' and r['flow'] == 'turnover'), 2))
            events = rows('timeline')
            print(sum(1 for r in events if r['evidence_status'] == 'disputed'))
            print(sorted(r['event_id'] for r in events if r['cameo_root'] == '05')[0])
            cites = rows('citation_details')
            print(len({r['subject_id'] for r in cites if r['paragraph'] == '8'}))
            """;

        var result = Processes.Run(python, ["-c", script, directory]);

        using var db = Shipped.Open();
        var expected = string.Join("\n",
            db.ExecuteScalar<double>("SELECT round(sum(value), 2) FROM trade_flows WHERE unit = 'thousand USD' AND flow = 'turnover'").ToString("0.##", System.Globalization.CultureInfo.InvariantCulture),
            db.ExecuteScalar<long>("SELECT count(*) FROM timeline WHERE evidence_status = 'disputed'"),
            db.ExecuteScalar<string>("SELECT min(event_id) FROM timeline WHERE cameo_root = '05'"),
            db.ExecuteScalar<long>("SELECT count(DISTINCT subject_id) FROM citation_details WHERE paragraph = 8"));
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(expected, result.Output.Trim());
    }
}
