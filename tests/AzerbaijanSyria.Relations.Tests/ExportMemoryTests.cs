using System.Globalization;
using AzerbaijanSyria.Relations.Cli;
using Dapper;
using Microsoft.Data.Sqlite;

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

    /// <summary>A synthetic file of a third of the shared one's events, for the site's smaller measure.</summary>
    private static readonly Lazy<string> Third = new(() =>
    {
        var path = TestTemp.NewPath("synthetic-third", ".db");
        SyntheticDataset.Write(path, SyntheticDatabase.Events / Times, seed: 1);
        return path;
    });

    /// <summary>
    /// The site streams like the other formats (each page reads its rows by key, every list is written as its
    /// rows are read): the shared synthetic file (about 180,000 rows, six times the 30,000 the site once
    /// refused above) is written within the promised 200 MB, and with no more than <see cref="AllowedGrowthKiB"/>
    /// above a file of a third of its events. (The site writes a page per row, so it is measured at a third of
    /// the other formats' sizes: at three times the shared file's events it takes minutes on a loaded machine.)
    /// </summary>
    [Fact]
    [Trait("Category", "Slow")]
    public void Site_export_peak_memory_stays_within_200_MB_and_flat_when_the_rows_grow()
    {
        var time = Processes.Require("time", "apt-get install time");
        var small = PeakKiB(time, "site", Third.Value);
        var large = PeakKiB(time, "site", SyntheticDatabase.Path);

        var figures = string.Create(CultureInfo.InvariantCulture, $"site: {small / 1024} MiB at {SyntheticDatabase.Events / Times} events, {large / 1024} MiB at {SyntheticDatabase.Events}");
        Assert.True(large <= SitePeakKiB, figures);
        Assert.True(large - small <= AllowedGrowthKiB, figures);
    }

    /// <summary>
    /// The shared synthetic file with its references gathered on one row each: every citation names one source, every
    /// person taking part or speaking is one person, every event with a place is at one place; and each citation is
    /// copied three times more (the copies without a paragraph), so that the source's page lists over 100,000 (the
    /// shared file's most cited source has 3,000; the synthetic file's has 64,000 at 200,000 events). The person's page
    /// lists about 23,000 participations, the place's 6,000 events; every other page is as it was, with more citations.
    /// </summary>
    private static readonly Lazy<string> Gathered = new(() =>
    {
        var path = TestTemp.NewPath("synthetic-gathered", ".db");
        File.Copy(SyntheticDatabase.Path, path);
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var transaction = connection.BeginTransaction();
        connection.Execute("UPDATE change_context SET reason = 'A test gathers the references of a copy on one row each.'", transaction: transaction);
        connection.Execute(
            """
            UPDATE citations SET source_id = (SELECT min(source_id) FROM sources);
            UPDATE event_participants SET person_id = (SELECT min(person_id) FROM people) WHERE person_id IS NOT NULL;
            UPDATE statements SET speaker_person_id = (SELECT min(person_id) FROM people) WHERE speaker_person_id IS NOT NULL;
            UPDATE events SET place_id = (SELECT min(place_id) FROM places) WHERE place_id IS NOT NULL;
            """,
            transaction: transaction);
        var columns = string.Join(", ", connection.Query<string>(
            "SELECT name FROM pragma_table_info('citations') WHERE pk = 0 AND name <> 'paragraph' ORDER BY cid", transaction: transaction));
        for (var i = 0; i < 2; i++)
        {
            connection.Execute($"INSERT INTO citations ({columns}) SELECT {columns} FROM citations", transaction: transaction);
        }

        connection.Execute("UPDATE change_context SET reason = NULL", transaction: transaction);
        transaction.Commit();
        return path;
    });

    /// <summary>
    /// How much more the site of <see cref="Gathered"/> may take than the shared file's, in KiB: run-to-run noise. When those
    /// pages held their rows while written, it took 187 MB more (363 MB against 176 MB); streamed, 2 MB more.
    /// </summary>
    private const long AllowedFanOutKiB = 20 * 1024;

    /// <summary>
    /// A page of a row that tens of thousands of rows refer to (a source's "Cited for" list, a person's or place's events,
    /// the folded tables with their empty columns dropped) is written as its rows are read: gathering the shared file's
    /// references on one source (four times over), one person and one place does not raise the site's peak memory by more
    /// than <see cref="AllowedFanOutKiB"/>. The test above cannot see such pages: a third of the events has a third of the fan-out.
    /// </summary>
    [Fact]
    [Trait("Category", "Slow")]
    public void Site_export_peak_memory_stays_flat_when_one_row_has_most_references()
    {
        var time = Processes.Require("time", "apt-get install time");
        var spread = PeakKiB(time, "site", SyntheticDatabase.Path);
        var gathered = PeakKiB(time, "site", Gathered.Value);

        Assert.True(
            gathered - spread <= AllowedFanOutKiB,
            string.Create(CultureInfo.InvariantCulture, $"site: {spread / 1024} MiB with the shared file's references, {gathered / 1024} MiB with them gathered on one row each"));
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
