namespace AzerbaijanSyria.Relations.Tests;

/// <summary>The azsy tool run as its own process: exit codes, output, and refusal of writes.</summary>
[Trait("Category", "Slow")]
public sealed class AzsyProcessTests
{
    [Fact]
    public void Query_exits_0_and_prints_rows_when_sql_reads()
    {
        var result = Processes.Azsy("query", "SELECT count(*) AS n FROM events", "-f", "csv");

        Assert.Equal(0, result.ExitCode);
        using var db = Shipped.Open();
        Assert.Equal($"n\r\n{Dapper.SqlMapper.ExecuteScalar<long>(db, "SELECT count(*) FROM events")}\r\n", result.Output);
    }

    [Fact]
    public void Query_exits_1_and_leaves_the_file_unchanged_when_sql_writes()
    {
        using var copy = new TempFile();
        File.Copy(Repo.ShippedDatabase, copy.Path);
        var before = DatasetBuilder.ComputeSha256(copy.Path);

        var result = Processes.Azsy("query", "DROP TABLE events", "--db", copy.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("refused", result.Error, StringComparison.Ordinal);
        Assert.Equal(before, DatasetBuilder.ComputeSha256(copy.Path));
    }

    [Fact]
    public void Query_exits_1_when_attach_would_create_a_file()
    {
        using var directory = new TempDirectory();
        var target = Path.Combine(directory.Path, "new.db");

        var result = Processes.Azsy("query", $"ATTACH '{target}' AS x");

        Assert.Equal(1, result.ExitCode);
        Assert.False(File.Exists(target));
    }

    [Fact]
    public async Task Query_ends_when_its_reader_stops_reading()
    {
        var start = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "azsy.dll"), "query", "WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r) SELECT x FROM r", "-f", "csv" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        Assert.Equal("x", process.StandardOutput.ReadLine());
        Assert.Equal("1", process.StandardOutput.ReadLine());
        process.StandardOutput.Close(); // like `azsy query … | head -2`

        var ended = process.WaitForExit(TimeSpan.FromMinutes(2));
        if (!ended)
        {
            process.Kill(entireProcessTree: true);
        }

        Assert.True(ended, "an endless query went on writing to a closed pipe");
        Assert.Equal(1, process.ExitCode);
        Assert.Equal(string.Empty, await error);
    }

    [Fact]
    public async Task Query_stops_on_ctrl_c_and_exits_130_saying_so()
    {
        var start = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "azsy.dll"), "query", "WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r) SELECT x FROM r", "-f", "csv" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        Assert.Equal("x", process.StandardOutput.ReadLine()); // the endless query is running
        var rest = process.StandardOutput.ReadToEndAsync(); // go on reading, so that the tool never waits on a full pipe

        using (var interrupt = System.Diagnostics.Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await interrupt.WaitForExitAsync();
        }

        var ended = process.WaitForExit(TimeSpan.FromMinutes(2));
        if (!ended)
        {
            process.Kill(entireProcessTree: true);
        }

        Assert.True(ended, "Ctrl-C did not stop an endless query");
        await rest;
        Assert.Equal(Cli.AzsyApp.Cancelled, process.ExitCode);
        // Said by the tool itself: a process the signal killed would say nothing.
        Assert.Equal(Cli.Messages.Usage(Cli.Messages.Cancelled) + "\n", await error);
    }

    [Fact]
    public void Azsy_exits_2_on_an_unknown_option()
    {
        var result = Processes.Azsy("timeline", "--colour", "red");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--colour", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_gives_identical_files_in_different_time_zones()
    {
        using var directory = new TempDirectory();
        var first = Path.Combine(directory.Path, "a.db");
        var second = Path.Combine(directory.Path, "b.db");

        var a = Processes.Run("dotnet", [Path.Combine(AppContext.BaseDirectory, "azsy.dll"), "build", "-o", first], environment: new Dictionary<string, string> { ["TZ"] = "Pacific/Kiritimati" });
        var b = Processes.Run("dotnet", [Path.Combine(AppContext.BaseDirectory, "azsy.dll"), "build", "-o", second], environment: new Dictionary<string, string> { ["TZ"] = "America/Adak" });

        Assert.Equal(0, a.ExitCode);
        Assert.Equal(0, b.ExitCode);
        Assert.Equal(DatasetBuilder.ComputeSha256(first), DatasetBuilder.ComputeSha256(second));
        Assert.Equal(DatasetBuilder.ComputeSha256(Repo.ShippedDatabase), DatasetBuilder.ComputeSha256(first));
    }
}
