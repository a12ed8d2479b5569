using System.Globalization;
using AzerbaijanSyria.Relations.Export;
using Dapper;

namespace AzerbaijanSyria.Relations.Tests;

/// <summary>
/// The Datasette canned queries in the sqlite3 shell of Debian 12 (SQLite 3.40, as Datasette and Python
/// users there have): each runs with text parameters, as Datasette passes them, and counts the rows the
/// bundled SQLite counts.
/// </summary>
[Trait("Category", "Slow")]
public sealed class DatasetteQueryShellTests
{
    /// <summary>Sample parameters for each canned query, from the shipped file.</summary>
    private static Dictionary<string, string> Sample(string name)
    {
        using var db = Shipped.Open();
        return name switch
        {
            "offices_on_day" => new() { ["day"] = "2022-06-01", ["country"] = "" },
            "offices_in_year" => new() { ["year"] = "2024", ["country"] = "SYR" },
            "agreements_by_status" => new() { ["status"] = "signed" },
            "agreement_life" => new() { ["agreement_id"] = db.QueryFirst<string>("SELECT agreement_id FROM agreement_actions ORDER BY agreement_id") },
            "one_sided_facts" => new() { ["side"] = "" },
            "person_events" => new() { ["person_id"] = db.QueryFirst<string>("SELECT person_id FROM event_participants WHERE person_id IS NOT NULL GROUP BY person_id ORDER BY count(*) DESC, person_id") },
            "event_participants_with_offices" => new() { ["event_id"] = db.QueryFirst<string>("SELECT event_id FROM event_participants GROUP BY event_id ORDER BY count(*) DESC, event_id") },
            "source_facts" => new() { ["source_id"] = db.QuerySingle<string>("SELECT source_id FROM sources WHERE kind = 'article'") },
            "discrepancy_claims_with_sources" => new() { ["discrepancy_id"] = db.QueryFirst<string>("SELECT discrepancy_id FROM discrepancies ORDER BY discrepancy_id") },
            _ => throw new ArgumentException($"no sample parameters for the canned query '{name}': add them here", nameof(name)),
        };
    }

    public static TheoryData<string> Names() => new(DatasetteQueries.All.Select(q => q.Name));

    [SkippableTheory]
    [MemberData(nameof(Names))]
    public void Canned_query_counts_the_rows_the_bundled_sqlite_counts_when_run_in_the_system_sqlite3_shell(string name)
    {
        var sqlite3 = Processes.Require("sqlite3");
        var query = DatasetteQueries.All.Single(q => q.Name == name);
        var parameters = Sample(name);
        var counting = $"SELECT count(*) FROM ({query.Sql});";

        // The shell strips one level of quotes from a dot-command's arguments: "'2024'" binds the text
        // 2024, as Datasette binds it ('2022-06-01' alone would bind the number 2015).

        var result = Processes.Run(sqlite3, [Repo.ShippedDatabase, .. parameters.Select(p => $".parameter set :{p.Key} \"'{p.Value}'\""), counting]);

        Assert.True(result.ExitCode == 0 && result.Error.Length == 0, $"{name}: {result.Error}");
        using var db = Shipped.Open();
        var expected = db.ExecuteScalar<long>(counting, new DynamicParameters(parameters.ToDictionary(p => p.Key, p => (object)p.Value)));
        Assert.True(expected > 0, $"{name} returns no row with its sample parameters");
        Assert.Equal(expected.ToString(CultureInfo.InvariantCulture), result.Output.Trim());
    }
}
