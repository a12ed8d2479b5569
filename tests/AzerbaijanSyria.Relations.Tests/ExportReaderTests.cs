using System.Text.Json;
using Dapper;

namespace AzerbaijanSyria.Relations.Tests;

/// <summary>
/// The exports read by tools nobody here wrote, installed from npm by the test: frictionless's Data
/// Package reader (npm <c>datapackage</c>), which casts every value to its field's type and checks
/// constraints and foreign keys, and DuckDB (npm <c>@duckdb/node-api</c>), which reads the Parquet
/// files. Node and npm come with the machine (.ci/run installs them where they do not).
/// </summary>
[Trait("Category", "Slow")]
public sealed class ExportReaderTests
{
    private static readonly string ReadersFolder = Path.Combine(Repo.Root, "tests", "AzerbaijanSyria.Relations.Tests", "Readers");

    /// <summary>SQL that SQLite and DuckDB both run, over the tables and views by their names.</summary>
    private static readonly string[] SharedQueries =
    [
        "SELECT quad_class, count(*) AS n FROM timeline GROUP BY quad_class ORDER BY quad_class NULLS FIRST",
        "SELECT et.topic_id, count(*) AS n FROM event_topics AS et JOIN events AS e ON e.event_id = et.event_id GROUP BY et.topic_id ORDER BY n DESC, et.topic_id LIMIT 5",
        "SELECT min(date_earliest) AS first_day, max(date_latest) AS last_day, count(*) - count(date_earliest) AS open_start FROM events",
        "SELECT sum(trucks) AS trucks, round(sum(tonnes), 3) AS tonnes, count(*) AS approximate FROM aid_deliveries WHERE tonnes_approximate",
        "SELECT event_id, date_edtf FROM timeline WHERE date_earliest IS NULL AND date_latest >= '2025-07-01' ORDER BY date_latest, event_id",
        "SELECT count(*) AS n FROM citation_details WHERE source_kind = 'article'",
    ];

    private static (string Node, string Modules) Readers()
    {
        var node = Processes.Require("node", "apt-get install nodejs npm");
        var npm = Processes.Require("npm", "apt-get install nodejs npm");
        return (node, NodeModules.Install(npm, Path.Combine(ReadersFolder, "package.json"), "reader-node"));
    }

    private static void Export(string format, string directory)
    {
        var export = Processes.Azsy("export", "--format", format, "--output", directory, "--db", Repo.ShippedDatabase);
        Assert.True(export.ExitCode == 0, export.Error);
    }

    private static JsonElement ReadPackage(string node, string modules, string directory)
    {
        var run = Processes.Run(node, [Path.Combine(ReadersFolder, "read-datapackage.cjs"), "--modules", modules, "--package", Path.Combine(directory, "datapackage.json")]);
        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        return JsonDocument.Parse(run.Output).RootElement.Clone();
    }

    [SkippableFact]
    public void Datapackage_reader_casts_every_value_and_checks_every_constraint_and_foreign_key()
    {
        var (node, modules) = Readers();
        using var directory = new TempDirectory();
        Export("datapackage", directory.Path);

        var report = ReadPackage(node, modules, directory.Path);

        Assert.True(report.GetProperty("valid").GetBoolean(), string.Join("\n", report.GetProperty("errors").EnumerateArray()));
        using var db = Shipped.Open();
        var rows = report.GetProperty("rows").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt64());
        Assert.NotEmpty(rows);
        foreach (var (name, count) in rows)
        {
            Assert.True(db.ExecuteScalar<long>($"SELECT count(*) FROM \"{name}\"") == count, name);
        }
    }

    [SkippableFact]
    public void Datapackage_reader_reports_a_broken_foreign_key_and_a_bad_value_in_a_damaged_copy()
    {
        var (node, modules) = Readers();
        using var directory = new TempDirectory();
        Export("datapackage", directory.Path);
        File.AppendAllText(Path.Combine(directory.Path, "event_topics.csv"), "no-such-event,energy\r\n");
        var countries = Path.Combine(directory.Path, "trade_flows.csv");
        var lines = File.ReadAllLines(countries);
        var header = lines[0].Split(',').ToList();
        var cells = lines[1].Split(',');
        cells[header.IndexOf("year")] = "last year";
        lines[1] = string.Join(',', cells);
        File.WriteAllText(countries, string.Join("\r\n", lines) + "\r\n");

        var report = ReadPackage(node, modules, directory.Path);

        Assert.False(report.GetProperty("valid").GetBoolean());
        var errors = report.GetProperty("errors").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Contains(errors, e => e.StartsWith("event_topics: Foreign key \"event_id\" violation", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("trade_flows: ", StringComparison.Ordinal) && e.Contains("\"last year\"", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void Parquet_files_give_duckdb_the_rows_types_descriptions_and_answers_of_the_database()
    {
        var (node, modules) = Readers();
        using var directory = new TempDirectory();
        Export("parquet", directory.Path);
        using var queries = new TempFile(".json");
        File.WriteAllText(queries.Path, JsonSerializer.Serialize(SharedQueries));

        var run = Processes.Run(node, [Path.Combine(ReadersFolder, "query-parquet.mjs"), "--modules", modules, "--folder", directory.Path, "--queries", queries.Path]);

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        var report = JsonDocument.Parse(run.Output).RootElement;
        using var db = Shipped.Open();
        var resources = db.Query<string>("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type IN ('table', 'view') AND name NOT LIKE 'sqlite_%' AND name <> 'SchemaVersions' ORDER BY name").ToList();
        var rows = report.GetProperty("rows").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt64());
        Assert.Equal(resources, rows.Keys.Order(StringComparer.Ordinal));
        foreach (var name in resources)
        {
            Assert.True(db.ExecuteScalar<long>($"SELECT count(*) FROM \"{name}\"") == rows[name], name);
        }

        // Every column carries its description from the data dictionary.
        var descriptions = report.GetProperty("descriptions").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString());
        foreach (var (table, column, description) in db.Query<(string, string, string)>("SELECT table_name, column_name, description FROM data_dictionary WHERE description <> ''"))
        {
            if (resources.Contains(table))
            {
                Assert.Equal(description, descriptions.GetValueOrDefault($"{table}.{column}"));
            }
        }

        var types = report.GetProperty("types");
        Assert.Equal("DATE", types.GetProperty("events.date_earliest").GetString());
        Assert.Equal("BOOLEAN", types.GetProperty("aid_deliveries.tonnes_approximate").GetString());
        Assert.Equal("BIGINT", types.GetProperty("trade_flows.year").GetString());
        Assert.Equal("DOUBLE", types.GetProperty("aid_deliveries.tonnes").GetString());
        Assert.Equal("VARCHAR", types.GetProperty("timeline.title").GetString());

        // The same SQL gives the same answers in DuckDB over the files as in SQLite over the database.
        var answers = report.GetProperty("answers").EnumerateArray().ToList();
        for (var i = 0; i < SharedQueries.Length; i++)
        {
            var sqlite = db.Query(SharedQueries[i]).Select(r => string.Join("|", ((IDictionary<string, object?>)r).Values.Select(Text))).ToList();
            var duckdb = answers[i].EnumerateArray().Select(r => string.Join("|", r.EnumerateObject().Select(p => Text(p.Value)))).ToList();
            Assert.NotEmpty(sqlite);
            Assert.True(sqlite.SequenceEqual(duckdb), $"{SharedQueries[i]}\nSQLite: {string.Join("; ", sqlite)}\nDuckDB: {string.Join("; ", duckdb)}");
        }
    }

    [SkippableFact]
    public void Readme_duckdb_example_runs_on_the_parquet_export_and_joins_event_data()
    {
        var (node, modules) = Readers();
        using var work = new TempDirectory();
        Export("parquet", Path.Combine(work.Path, "export"));
        Directory.CreateDirectory(Path.Combine(work.Path, "gdelt"));
        var block = ReadmeTests.Blocks(File.ReadAllText(Repo.Readme), "sql").Single(b => b.StartsWith("-- duckdb", StringComparison.Ordinal));
        // A stand-in for GDELT: two events between Azerbaijan and Syria on the day of al-Sharaa's visit to Baku, one elsewhere.
        string[] setup =
        [
            """
            COPY (SELECT * FROM (VALUES (1, 20250712, 'AZE', 'SYR'), (2, 20250712, 'SYR', 'AZE'), (3, 20250712, 'USA', 'SYR'))
                  AS g(GLOBALEVENTID, SQLDATE, Actor1CountryCode, Actor2CountryCode))
            TO 'gdelt/events-1.parquet' (FORMAT parquet)
            """,
        ];
        var statements = block.Split(';').Select(s => string.Join('\n', s.Split('\n').Where(l => !l.TrimStart().StartsWith("--", StringComparison.Ordinal)))).Where(s => s.Trim().Length > 0).ToList();
        using var queries = new TempFile(".json");
        File.WriteAllText(queries.Path, JsonSerializer.Serialize(setup.Concat(statements)));

        var run = Processes.Run(node, [Path.Combine(ReadersFolder, "query-parquet.mjs"), "--modules", modules, "--queries", queries.Path], workingDirectory: work.Path);

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        var answers = JsonDocument.Parse(run.Output).RootElement.GetProperty("answers").EnumerateArray().ToList();
        var joined = answers[^2].EnumerateArray().ToList();
        using var db = Shipped.Open();
        Assert.Equal(db.ExecuteScalar<long>("SELECT count(*) FROM timeline WHERE date_latest >= '2025-01-01'"), joined.Count);
        var visit = db.ExecuteScalar<string>("SELECT title FROM timeline WHERE event_id = 'al-sharaa-visits-baku'");
        Assert.Equal("2", joined.Single(r => r.GetProperty("title").GetString() == visit).GetProperty("gdelt_events").GetString());
        var described = answers[^1].EnumerateArray().ToDictionary(r => r.GetProperty("path_in_schema").GetString()!, r => r.GetProperty("description").GetString());
        Assert.Equal(db.ExecuteScalar<string>("SELECT description FROM data_dictionary WHERE table_name = 'events' AND column_name = 'title'"), described["title"]);
    }

    private static string Text(object? value) => value switch
    {
        null => "NULL",
        double d => d.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        JsonElement { ValueKind: JsonValueKind.Null } => "NULL",
        JsonElement { ValueKind: JsonValueKind.String } e => e.GetString()!,
        JsonElement e => e.GetRawText(),
        _ => value.ToString()!,
    };
}
