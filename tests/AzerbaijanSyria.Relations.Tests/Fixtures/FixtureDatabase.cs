using Dapper;
using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations.Tests;

/// <summary>
/// A small frozen dataset built by the tests: the real schema (every migration), every table of
/// facts emptied, then the rows of <c>Fixtures/fixture.sql</c>. Query behaviour is tested on it,
/// so new facts in the real data never change what those tests expect.
/// </summary>
internal static class FixtureDatabase
{
    /// <summary>The tables the migrations fill with reference data, which the fixture keeps.</summary>
    private static readonly string[] ReferenceTables =
        ["countries", "cameo_roots", "cameo_codes", "topics", "dataset_metadata", "table_docs", "column_docs",
         "reference_files", "goldstein_scale", "cameo_event_codes", "cameo_plover", "change_context"];

    /// <summary>The release the fixture records itself as, fixed so that tests of releases and diffs never follow the real data's version.</summary>
    public const string Release = "2.0.0";

    /// <summary>The day the fixture's release records.</summary>
    public const string ReleaseDate = "2026-12-02";

    private static readonly Lazy<string> Built = new(Build);

    /// <summary>The fixture's file, built once per test run; open it read-only, or copy it to change it.</summary>
    public static string Path => Built.Value;

    private static string Build()
    {
        var path = TestTemp.NewPath("fixture", ".db");
        FreshBuild.CopyTo(path); // the run's one build: the real schema and reference data
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False;Foreign Keys=False");
        connection.Open();
        using (var transaction = connection.BeginTransaction())
        {
            // The change log's triggers refuse a change without a reason; the fixture's changes are not
            // facts of any release, so the log is emptied afterwards.
            connection.Execute("UPDATE change_context SET reason = 'The test fixture replaces the facts.'", transaction: transaction);
            foreach (var table in connection.Query<string>("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'SchemaVersions'", transaction: transaction).ToList())
            {
                if (table == "sources")
                {
                    // The files the reference tables were loaded from stay; every other source goes.
                    connection.Execute("DELETE FROM sources WHERE source_id NOT IN (SELECT source_id FROM reference_files)", transaction: transaction);
                }
                else if (!ReferenceTables.Contains(table))
                {
                    connection.Execute($"DELETE FROM \"{table}\"", transaction: transaction);
                }
            }

            connection.Execute(File.ReadAllText(System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", "fixture.sql")), transaction: transaction);
            connection.Execute("DELETE FROM fact_changes; UPDATE change_context SET reason = NULL", transaction: transaction);

            // The fixture is a release of its own, whatever release the real scripts are making.
            connection.Execute(
                """
                UPDATE change_context SET release = @Release;
                UPDATE dataset_metadata SET value = @Release WHERE key = 'version';
                INSERT OR REPLACE INTO dataset_metadata (key, value) VALUES ('date_released', @ReleaseDate);
                """,
                new { Release, ReleaseDate }, transaction);
            transaction.Commit();
        }

        connection.Execute("PRAGMA foreign_keys = ON");
        return path;
    }
}
