using System.Globalization;
using AzerbaijanSyria.Relations.Cli;
using AzerbaijanSyria.Relations.Export.Site;

namespace AzerbaijanSyria.Relations.Tests;

/// <summary>
/// Exports stream: each format's peak memory (the export process's peak resident set, from
/// <c>/usr/bin/time</c>) stays flat in the number of rows. Two synthetic files, one several times the
/// other, are exported; the larger may take only a little more memory than the smaller, where an
/// export that reads a table whole grows with it.
/// </summary>
public sealed class ExportMemoryTests
{
    /// <summary>
    /// How many times the shared synthetic file's events the larger file has: 16,000 events more, which an
    /// export that read its largest table whole would turn into over 100 MB more (CSV held about 10 KB an
    /// event before it streamed, Parquet 20 KB), well above <see cref="AllowedGrowthKiB"/>.
    /// </summary>
    private const int Times = 3;

    /// <summary>How much more the larger file's export may take than the smaller's, in KiB: run-to-run noise, not rows.</summary>
    private const long AllowedGrowthKiB = 40 * 1024;

    private static readonly Lazy<string> Larger = new(() =>
    {
        var path = TestTemp.NewPath($"synthetic-x{Times}", ".db");
        SyntheticDataset.Write(path, SyntheticDatabase.Events * Times, seed: 1);
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

    /// <summary>
    /// The site holds every row while it writes (its pages link them), so its memory is bounded by a
    /// limit on the rows instead (<see cref="SiteExporter.MaxRows"/>, above which it refuses the file): a
    /// synthetic file just under the limit is written within the promised 200 MB.
    /// </summary>
    [Fact]
    [Trait("Category", "Slow")]
    public void Site_export_peak_memory_stays_within_200_MB_up_to_its_row_limit()
    {
        var time = Processes.Require("time", "apt-get install time");
        using var folder = new TempDirectory();
        var database = Path.Combine(folder.Path, "near-limit.db");
        var events = NearLimitEvents();
        SyntheticDataset.Write(database, events, seed: 1);
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False"))
        {
            connection.Open();
            var rows = SiteModel.CountRows(connection);
            Assert.InRange(rows, SiteExporter.MaxRows * 9 / 10, SiteExporter.MaxRows);
        }

        var peak = PeakKiB(time, "site", database);

        Assert.True(peak <= SitePeakKiB, string.Create(CultureInfo.InvariantCulture, $"site: {peak / 1024} MiB at {events} events"));
    }

    /// <summary>
    /// Synthetic events whose file has about 95% of <see cref="SiteExporter.MaxRows"/> rows: the real data's rows
    /// and the rows an event adds in the shared synthetic file, both read from the files, so the count follows
    /// the record as it grows (a fixed 820 events went over the limit once the record did).
    /// </summary>
    private static int NearLimitEvents()
    {
        long Rows(string path)
        {
            using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
            connection.Open();
            return SiteModel.CountRows(connection);
        }

        var real = Rows(Repo.ShippedDatabase);
        var perEvent = (double)(Rows(SyntheticDatabase.Path) - real) / SyntheticDatabase.Events;
        return (int)((SiteExporter.MaxRows * 0.95 - real) / perEvent);
    }

    /// <summary>The site's memory bound, in KiB: 200 MB.</summary>
    private const long SitePeakKiB = 200 * 1000 * 1000 / 1024;

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
