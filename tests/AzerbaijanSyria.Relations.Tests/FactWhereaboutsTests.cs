using AzerbaijanSyria.Relations.Cli;
using Dapper;

namespace AzerbaijanSyria.Relations.Tests;

/// <summary>
/// Where a fact lives: every change in the log names the migration script that made it, the scripts
/// before the log are found by comparing the facts around each one, and <c>azsy show ID --history</c>
/// lists them all. Checked on the shipped file against the rows themselves: each event was added once,
/// and each field's changes chain from one value to the next and end at the value the row has today.
/// </summary>
public sealed class FactWhereaboutsTests
{
    [Fact]
    public void Build_names_the_script_of_every_logged_change_and_no_script_afterwards()
    {
        using var db = Shipped.Open();

        Assert.Equal(0, db.ExecuteScalar<long>("SELECT count(*) FROM fact_changes WHERE script IS NULL"));
        Assert.Empty(db.Query<string>("SELECT DISTINCT script FROM fact_changes UNION SELECT DISTINCT script FROM fact_changes_unlogged").Except(DatasetBuilder.ScriptNames));
        Assert.NotEqual(0, db.ExecuteScalar<long>("SELECT count(*) FROM fact_changes_unlogged"));
        Assert.Null(db.ExecuteScalar<string?>("SELECT script FROM change_context"));
    }

    [Fact]
    public async Task GetFactHistoryAsync_adds_each_event_once_and_chains_each_field_to_its_value_today()
    {
        await using var db = await RelationsDataset.OpenAsync(Repo.ShippedDatabase);
        var events = db.Connection.Query("SELECT * FROM events").Cast<IDictionary<string, object?>>().ToList();
        var problems = new List<string>();

        foreach (var row in events)
        {
            var id = (string)row["event_id"]!;
            var history = await db.GetFactHistoryAsync("events", id);
            var scripts = history.Select(h => h.Script!).ToList();
            if (history.Count(h => h.Action == "add") - history.Count(h => h.Action == "withdraw") != 1 || history[0].Action != "add")
            {
                problems.Add($"{id}: {history.Count(h => h.Action == "add")} additions, first {history[0].Action}");
            }

            if (!scripts.SequenceEqual(scripts.Order(StringComparer.Ordinal)))
            {
                problems.Add($"{id}: scripts out of order: {string.Join(", ", scripts)}");
            }

            foreach (var field in history.Where(h => h.Action == "correct").GroupBy(h => h.Field!))
            {
                var steps = field.ToList();
                for (var k = 1; k < steps.Count; k++)
                {
                    if (!Equals(steps[k].OldValue, steps[k - 1].NewValue))
                    {
                        problems.Add($"{id}.{field.Key}: {steps[k].Script} changed {steps[k].OldValue} but {steps[k - 1].Script} left {steps[k - 1].NewValue}");
                    }
                }

                if (!Equals(steps[^1].NewValue, row[field.Key]))
                {
                    problems.Add($"{id}.{field.Key}: the last change ({steps[^1].Script}) gives {steps[^1].NewValue}, the row has {row[field.Key]}");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(20)));
    }

    [Fact]
    public async Task GetFactHistoryAsync_lists_changes_made_outside_a_build_last_with_no_script()
    {
        using var builds = new FixtureBuilds();
        await using var db = await RelationsDataset.OpenAsync(builds.New);

        var history = await db.GetFactHistoryAsync("events", FixtureBuilds.CorrectedEvent);

        Assert.Equal(["date_earliest", "date_latest", "date_edtf"], history.Select(h => h.Field));
        Assert.All(history, h => Assert.Equal((null, true, FixtureBuilds.NewRelease, FixtureBuilds.CorrectReason), (h.Script, h.Logged, h.Release, h.Reason)));
    }

    [Fact]
    public void Show_history_lists_every_script_that_changed_an_event_also_by_a_set_based_update()
    {
        // An event changed both before the log existed (by comparison) and after (by the log).
        using var shipped = Shipped.Open();
        var id = shipped.ExecuteScalar<string>(
            """
            SELECT b.row_key FROM fact_changes_unlogged AS b JOIN fact_changes AS f ON f.table_name = b.table_name AND f.row_key = b.row_key
            WHERE b.table_name = 'events' AND b.action = 'correct' AND f.action = 'correct' ORDER BY b.row_key LIMIT 1
            """)!;
        var scripts = shipped.Query<string>(
            """
            SELECT script FROM fact_changes WHERE table_name = 'events' AND row_key = @id
            UNION SELECT script FROM fact_changes_unlogged WHERE table_name = 'events' AND row_key = @id
            ORDER BY 1
            """, new { id }).ToList();

        var (exit, output, error) = AzsyInProcess.Run("show", id, "--history", "--db", Repo.ShippedDatabase);

        Assert.Equal((0, string.Empty), (exit, error));
        var positions = scripts.Select(s => output.IndexOf(s, StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p >= 0, output));
        Assert.Equal(positions.Order(), positions);
        Assert.Contains(Messages.BeforeTheLog, output, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_history_of_an_id_no_script_touched_exits_1_naming_it()
    {
        var (exit, output, error) = AzsyInProcess.Run("show", "no-such-event", "--history", "--db", Repo.ShippedDatabase);

        Assert.Equal((1, string.Empty), (exit, output));
        Assert.Equal(Messages.Usage(Messages.NoEventHistory("no-such-event")) + Environment.NewLine, error);
    }
}
