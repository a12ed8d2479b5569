using Dapper;
using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations.Tests;

public sealed class DatasetBuilderTests
{
    [Fact]
    public void Build_applies_every_script_when_database_is_new()
    {
        // The run's shared build, of a new file.
        var result = FreshBuild.Result;

        Assert.Equal(DatasetBuilder.ScriptNames, result.ScriptsApplied);
        Assert.Equal(DatasetBuilder.SchemaVersion, result.SchemaVersion);
        Assert.True(result.TableCounts["events"] > 0);
        using var connection = new SqliteConnection(RelationsDataset.ReadOnlyConnectionString(result.Path));
        connection.Open();
        Assert.Equal(DatasetBuilder.ScriptNames, connection.Query<string>("SELECT ScriptName FROM SchemaVersions ORDER BY SchemaVersionID"));
    }

    [Fact]
    public void Upgrade_applies_no_script_when_database_is_current()
    {
        using var file = new TempFile();
        FreshBuild.CopyTo(file.Path);

        var applied = DatasetBuilder.Upgrade(file.Path);

        Assert.Empty(applied);
    }

    [Fact]
    public void Upgrade_applies_every_script_when_file_is_missing_and_holds_the_rows_of_a_fresh_build()
    {
        using var file = new TempFile();

        var applied = DatasetBuilder.Upgrade(file.Path);

        Assert.Equal(DatasetBuilder.ScriptNames, applied);
        using (var dataset = RelationsDataset.Open(file.Path))
        {
            Assert.Equal(DatasetBuilder.SchemaVersion, dataset.SchemaVersion);
        }

        // An upgrade runs every trigger row by row; a fresh build defers those of the stored columns and
        // recomputes them after (StoredColumnsDeferral): every table must hold the same rows.
        var upgraded = TableRows(file.Path);
        var built = TableRows(FreshBuild.Result.Path);
        Assert.Equal(built.Keys.Order(StringComparer.Ordinal), upgraded.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("event_facets", built.Keys);
        Assert.All(built, table => Assert.True(table.Value.SequenceEqual(upgraded[table.Key]), $"table {table.Key} differs between an upgrade and a fresh build"));
    }

    /// <summary>Every ordinary table's rows (not the journal, whose times a build normalises), each row as text, sorted.</summary>
    private static Dictionary<string, List<string>> TableRows(string path)
    {
        using var connection = new SqliteConnection(RelationsDataset.ReadOnlyConnectionString(path));
        connection.Open();
        var tables = connection.Query<string>("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite%' AND name <> 'SchemaVersions'").ToList();
        var rows = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\"";
            using var reader = command.ExecuteReader();
            var list = new List<string>();
            while (reader.Read())
            {
                list.Add(string.Join('\u001f', Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "\u0000" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
            }

            list.Sort(StringComparer.Ordinal);
            rows[table] = list;
        }

        return rows;
    }

    [Fact]
    public void Upgrade_applies_only_missing_scripts_when_journal_lacks_the_newest()
    {
        using var file = new TempFile();
        DatasetBuilder.ApplyScripts(file.Path, Migrations.All.SkipLast(1));
        var newest = DatasetBuilder.ScriptNames[^1];

        var applied = DatasetBuilder.Upgrade(file.Path);

        Assert.Equal([newest], applied);
    }

    [Fact]
    public void Upgrade_refuses_an_sqlite_file_of_another_application_and_leaves_it_unchanged()
    {
        using var file = new TempFile();
        using (var other = new SqliteConnection($"Data Source={file.Path};Pooling=False"))
        {
            other.Open();
            other.Execute("CREATE TABLE accounts (id INTEGER PRIMARY KEY, balance REAL)");
        }

        var before = DatasetBuilder.ComputeSha256(file.Path);

        var error = Assert.Throws<DatasetFileException>(() => DatasetBuilder.Upgrade(file.Path));

        Assert.Equal(DatasetFileProblem.NotThisDataset, error.Problem);
        Assert.Equal(before, DatasetBuilder.ComputeSha256(file.Path));
    }

    [Fact]
    public void Upgrade_finishes_a_build_that_stopped_before_marking_the_file()
    {
        using var file = new TempFile();
        DatasetBuilder.ApplyScripts(file.Path, Migrations.All.Take(3));

        var applied = DatasetBuilder.Upgrade(file.Path);

        Assert.Equal(DatasetBuilder.ScriptNames.Skip(3), applied);
    }

    [Fact]
    public void Upgrade_rolls_back_a_failing_script_and_keeps_the_ones_before_it()
    {
        using var file = new TempFile();
        var failing = new DbUp.Engine.SqlScript("0004_failing.sql", "CREATE TABLE half_done (x INTEGER); INSERT INTO no_such_table VALUES (1);");

        var error = Assert.Throws<DatasetBuildException>(() => DatasetBuilder.ApplyScripts(file.Path, [.. Migrations.All.Take(3), failing]));

        Assert.Contains("0004_failing.sql", error.Message, StringComparison.Ordinal);
        using var connection = new SqliteConnection(RelationsDataset.ReadOnlyConnectionString(file.Path));
        connection.Open();
        Assert.Equal(0L, connection.ExecuteScalar<long>("SELECT count(*) FROM sqlite_schema WHERE name = 'half_done'"));
        Assert.Equal(1L, connection.ExecuteScalar<long>("SELECT count(*) FROM sqlite_schema WHERE name = 'events'"));
        Assert.Equal(3L, connection.ExecuteScalar<long>("SELECT count(*) FROM SchemaVersions"));
    }

    [Fact]
    public void ApplyScripts_fails_naming_script_and_statement_when_a_statement_after_an_added_checked_column_fails()
    {
        // Microsoft.Data.Sqlite 11 (SQLite 3.53) ends a multi-statement command without an error once an
        // ALTER TABLE … ADD COLUMN … CHECK (…) ran in it, if a later statement fails: the rest was skipped,
        // and DbUp journalled the script as applied.
        const string text =
            """
            -- 0999: adds a checked column, then a statement that fails, then one that must not be lost.
            CREATE TABLE guarded (x INTEGER);
            ALTER TABLE guarded ADD COLUMN y INTEGER CHECK (y > 0);
            INSERT INTO no_such_table VALUES (1);
            CREATE TABLE after_the_failure (z INTEGER);
            """;
        using var file = new TempFile();

        var error = Assert.Throws<DatasetBuildException>(() => DatasetBuilder.ApplyScripts(file.Path, [.. Migrations.All.Take(3), new DbUp.Engine.SqlScript("0999_checked_column.sql", text)]));

        Assert.StartsWith("Migration 0999_checked_column.sql failed at line 4 (INSERT INTO no_such_table VALUES (1);): ", error.Message, StringComparison.Ordinal);
        Assert.Contains("no such table: no_such_table", error.Message, StringComparison.Ordinal);
        using var connection = new SqliteConnection(RelationsDataset.ReadOnlyConnectionString(file.Path));
        connection.Open();
        Assert.Equal(0L, connection.ExecuteScalar<long>("SELECT count(*) FROM sqlite_schema WHERE name IN ('guarded', 'after_the_failure')"));
        Assert.Equal(DatasetBuilder.ScriptNames.Take(3), connection.Query<string>("SELECT ScriptName FROM SchemaVersions ORDER BY SchemaVersionID"));
    }

    [Fact]
    public void ApplyScripts_runs_a_last_statement_without_a_semicolon_when_the_script_ends_with_it()
    {
        using var file = new TempFile();

        DatasetBuilder.ApplyScripts(file.Path, [new DbUp.Engine.SqlScript("0999_no_final_semicolon.sql", "-- 0999: the last statement has no semicolon.\nCREATE TABLE first_one (x INTEGER);\nCREATE TABLE last_one (x INTEGER)\n-- a closing comment\n")]);

        using var connection = new SqliteConnection(RelationsDataset.ReadOnlyConnectionString(file.Path));
        connection.Open();
        Assert.Equal(2L, connection.ExecuteScalar<long>("SELECT count(*) FROM sqlite_schema WHERE name IN ('first_one', 'last_one')"));
    }

    private const string NewEventScript =
        """
        -- 0999: a contributor's new event, with its source and citation.
        UPDATE change_context SET reason = 'A contributor adds an event from a page.';
        INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('contributor-page', 'web_page', 'A contributor''s page', 'An agency', 'https://example.org/contributor', 'en', NULL, '2026-12-01', NULL, 'private_media', 'AZE');
        INSERT INTO events (event_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, cameo_code, plover_type, title, summary, place_id, note) VALUES ('contributor-event', '2026-05-04', '2026-05-04', 'day', 'stated', '{EDTF}', '040', 'CONSULT', 'A contributor''s event', 'Two officials consult.', NULL, NULL);
        INSERT INTO event_participants (event_id, country_id, role) VALUES ('contributor-event', 'AZE', 'participant');
        INSERT INTO event_topics (event_id, topic_id) VALUES ('contributor-event', 'diplomacy');
        INSERT INTO citations (event_id, source_id, locator) VALUES ('contributor-event', 'contributor-page', 'paragraph 1');
        UPDATE change_context SET reason = NULL;
        """;

    [Fact]
    public void Build_accepts_a_well_formed_new_event_that_the_validator_then_passes()
    {
        using var file = new TempFile();
        FreshBuild.CopyTo(file.Path); // every script applied and journalled: the build runs the new one after them

        DatasetBuilder.ApplyScripts(file.Path, [.. Migrations.All, new DbUp.Engine.SqlScript("0999_insert_contributor_event.sql", NewEventScript.Replace("{EDTF}", "2026-05-04", StringComparison.Ordinal))]);

        // The script is not in the migrations folder, so this library does not know its number: leave the header aside.
        Assert.Empty(DatasetValidator.Validate(file.Path).Where(p => p.Check != "header").Select(p => $"{p.Check}: {p.Message}"));
    }

    [Fact]
    public void Build_logs_a_contributors_new_event_as_added_with_its_reason()
    {
        using var file = new TempFile();
        FreshBuild.CopyTo(file.Path); // every script applied and journalled: the build runs the new one after them

        DatasetBuilder.ApplyScripts(file.Path, [.. Migrations.All, new DbUp.Engine.SqlScript("0999_insert_contributor_event.sql", NewEventScript.Replace("{EDTF}", "2026-05-04", StringComparison.Ordinal))]);

        using var connection = new SqliteConnection(RelationsDataset.ReadOnlyConnectionString(file.Path));
        connection.Open();
        Assert.Equal(
            [("add", "A contributor adds an event from a page.")],
            connection.Query<(string, string)>("SELECT action, reason FROM fact_changes WHERE table_name = 'events' AND row_key = 'contributor-event'").ToList());
        // The PLOVER type the script gave is the table's for CAMEO 040, and the mode and context came from the table.
        Assert.Equal("CONSULT", connection.ExecuteScalar<string>("SELECT plover_type FROM events WHERE event_id = 'contributor-event'"));
    }

    [Fact]
    public void Build_refuses_a_change_to_a_fact_when_the_script_gives_no_reason()
    {
        using var file = new TempFile();
        FreshBuild.CopyTo(file.Path); // every script applied and journalled: the build runs the new one after them
        var script = new DbUp.Engine.SqlScript("0999_retitle_event.sql", "-- 0999: retitles an event without saying why.\nUPDATE events SET title = 'A new title' WHERE event_id = 'rafiyev-visits-damascus';\n");

        var error = Assert.Throws<DatasetBuildException>(() => DatasetBuilder.ApplyScripts(file.Path, [.. Migrations.All, script]));

        Assert.Contains("a fact changes only with a reason", error.Message, StringComparison.Ordinal);
        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_refuses_an_event_whose_edtf_contradicts_its_bounds_naming_script_line_and_row()
    {
        using var file = new TempFile();
        FreshBuild.CopyTo(file.Path); // every script applied and journalled: the build runs the new one after them
        var name = $"{Migrations.LatestNumber + 1:D4}_insert_contributor_event.sql"; // after every script, whatever their numbers
        var script = new DbUp.Engine.SqlScript(name, NewEventScript.Replace("{EDTF}", "2026-06-01", StringComparison.Ordinal));

        var error = Assert.Throws<DatasetBuildException>(() => DatasetBuilder.ApplyScripts(file.Path, [.. Migrations.All, script]));

        Assert.StartsWith($"Migration {name} failed at line 4 (INSERT INTO events … VALUES ('contributor-event', …)): ", error.Message, StringComparison.Ordinal);
        Assert.Contains("events.date_edtf does not agree with date_earliest, date_latest and date_precision", error.Message, StringComparison.Ordinal);
        using var connection = new SqliteConnection(RelationsDataset.ReadOnlyConnectionString(file.Path));
        connection.Open();
        Assert.Equal(0L, connection.ExecuteScalar<long>("SELECT count(*) FROM sources WHERE source_id = 'contributor-page'"));
        Assert.Equal(Migrations.LatestNumber, connection.ExecuteScalar<int>("PRAGMA user_version")); // the failed script is not counted
    }

    [Fact]
    public void Build_names_the_line_of_a_failing_statement_after_a_trigger_and_comments()
    {
        const string text =
            """
            -- 0998: a script with a trigger whose body holds semicolons, then a bad insert.
            CREATE TABLE t (x INTEGER);
            CREATE TRIGGER t_guard BEFORE INSERT ON t WHEN NEW.x < 0 BEGIN
              SELECT RAISE(ABORT, 'x; must not be negative');
            END;
            -- the next statement fails
            INSERT INTO t (x) VALUES (1);
            INSERT INTO t (x) VALUES (-1);
            """;

        using var copy = new TempFile();
        File.Copy(FixtureDatabase.Path, copy.Path);

        var where = FailingStatement.Locate(copy.Path, text);

        Assert.Equal(new FailingStatement(8, "INSERT INTO t (x) VALUES (-1);"), where);
        Assert.Equal(4, FailingStatement.Split(text).Count());
        Assert.Equal(0L, new SqliteConnection(RelationsDataset.ReadOnlyConnectionString(copy.Path)).ExecuteScalar<long>("SELECT count(*) FROM sqlite_schema WHERE name = 't'"));
    }

    [Fact]
    public void SchemaVersion_of_the_reader_equals_the_builder_s_newest_script()
    {
        Assert.Equal(DatasetBuilder.SchemaVersion, DatasetFormat.SchemaVersion);
    }

    [Fact]
    public void Build_gives_the_committed_file_byte_for_byte()
    {
        var result = FreshBuild.Result;

        Assert.Equal(DatasetBuilder.ComputeSha256(Repo.ShippedDatabase), result.Sha256);
        Assert.True(File.ReadAllBytes(Repo.ShippedDatabase).AsSpan().SequenceEqual(File.ReadAllBytes(result.Path)),
            "dataset/azerbaijan-syria.db is stale: run the README's build command and commit the result.");
    }

    [Fact]
    public void Build_gives_identical_bytes_when_run_twice()
    {
        using var second = new TempFile();

        var a = FreshBuild.Result; // the run's shared build is the first
        var b = DatasetBuilder.Build(second.Path);

        Assert.Equal(a.Sha256, b.Sha256);
    }

    [Fact]
    public void Build_marks_the_file_with_application_id_and_schema_version()
    {
        using var connection = new SqliteConnection(RelationsDataset.ReadOnlyConnectionString(FreshBuild.Path));
        connection.Open();

        Assert.Equal(DatasetBuilder.ApplicationId, connection.ExecuteScalar<int>("PRAGMA application_id"));
        Assert.Equal(DatasetBuilder.SchemaVersion, connection.ExecuteScalar<int>("PRAGMA user_version"));
        Assert.Equal(DatasetBuilder.ScriptNames.Max(DatasetFormat.ScriptNumber), DatasetBuilder.SchemaVersion);
    }

    [Fact]
    public void ScriptNames_are_numbered_zero_padded_and_in_order_when_listed()
    {
        var names = DatasetBuilder.ScriptNames;

        Assert.All(names, n => Assert.Matches(@"^\d{4}_[a-z0-9_]+\.sql$", n));
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
        Assert.Equal(Enumerable.Range(1, names.Count), names.Select(n => int.Parse(n[..4], System.Globalization.CultureInfo.InvariantCulture)));
        var onDisk = Directory.GetFiles(Path.Combine(Repo.Root, "migrations"), "*.sql").Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(onDisk, names);
    }

    [Fact]
    public void ScriptNames_each_open_with_a_comment_when_read()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(Repo.Root, "migrations"), "*.sql"))
        {
            var first = File.ReadLines(file).First();
            Assert.StartsWith($"-- {Path.GetFileName(file)[..4]}: ", first);
        }
    }

    [Fact]
    public void Committed_hash_file_matches_committed_database()
    {
        var line = File.ReadAllText(Repo.ShippedDatabaseHash).Trim();

        Assert.Equal($"{DatasetBuilder.ComputeSha256(Repo.ShippedDatabase)}  azerbaijan-syria.db", line);
    }
}
