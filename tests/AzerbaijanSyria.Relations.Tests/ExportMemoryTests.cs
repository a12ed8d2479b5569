using System.Globalization;
using AzerbaijanSyria.Relations.Cli;

namespace AzerbaijanSyria.Relations.Tests;

/// <summary>
/// Exports stream: each format's peak memory (the export process's peak resident set, from
/// <c>/usr/bin/time</c>) stays flat in the number of rows. Two synthetic files, one several times the
/// other, are exported; the larger may take only a little more memory than the smaller, where an
/// export that reads a table whole grows with it.
/// </summary>
public sealed class ExportMemoryTests
{
    /// <summary>How many times the shared synthetic file's events the larger file has.</summary>
    private const int Times = 4;

    /// <summary>How much more the larger file's export may take than the smaller's, in KiB: run-to-run noise, not rows.</summary>
    private const long AllowedGrowthKiB = 40 * 1024;

    private static readonly Lazy<string> Larger = new(() =>
    {
        var path = Path.Combine(Path.GetTempPath(), $"azsy-test-synthetic-x{Times}-{Guid.NewGuid():N}.db");
        SyntheticDataset.Write(path, SyntheticDatabase.Events * Times, seed: 1);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => File.Delete(path);
        return path;
    });

    [Theory]
    [Trait("Category", "Slow")]
    [InlineData("csv")]
    [InlineData("json")]
    [InlineData("datapackage")]
    [InlineData("parquet")]
    [InlineData("datasette")]
    public void Export_peak_memory_stays_flat_when_the_rows_grow(string format)
    {
        var time = Processes.Require("time", "apt-get install time");
        var small = PeakKiB(time, format, SyntheticDatabase.Path);
        var large = PeakKiB(time, format, Larger.Value);

        Assert.True(
            large - small <= AllowedGrowthKiB,
            string.Create(CultureInfo.InvariantCulture, $"{format}: {small / 1024} MiB at {SyntheticDatabase.Events} events, {large / 1024} MiB at {SyntheticDatabase.Events * Times}"));
    }

    /// <summary>Exports <paramref name="database"/> in its own process and returns that process's peak resident memory, in KiB.</summary>
    private static long PeakKiB(string time, string format, string database)
    {
        using var output = new TempDirectory();
        var target = Path.Combine(output.Path, "out");
        var result = Processes.Run(time, ["-f", "peak-kib %M", "dotnet", Path.Combine(AppContext.BaseDirectory, "azsy.dll"), "export", "-f", format, "-o", target, "--db", database]);
        Assert.True(result.ExitCode == AzsyApp.Ok, result.Error);
        var line = result.Error.Split('\n').Last(l => l.StartsWith("peak-kib ", StringComparison.Ordinal));
        return long.Parse(line["peak-kib ".Length..], CultureInfo.InvariantCulture);
    }
}
