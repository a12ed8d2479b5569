using System.Text.Json;

namespace AzerbaijanSyria.Relations.Tests;

/// <summary>
/// The exported site in a real browser: Debian's chromium, headless, driven by playwright-core
/// from npm through <c>Browser/site-check.mjs</c>, over <c>file://</c>. It loads the home page, the
/// timeline, a filter kept in and opened from the address, a search from the address, an event, a
/// person and a discrepancy at 1280 px and at a 390 px phone width, and the timeline with JavaScript
/// off; fails on any console error, on any of those pages or a sample of every kind wider than the
/// window, and on a label the timeline picture cuts; and keeps its screenshots in
/// <c>TestResults/site-screenshots/</c>.
/// </summary>
[Trait("Category", "Slow")]
public sealed class SiteBrowserTests
{
    private static readonly string BrowserFolder = Path.Combine(Repo.Root, "tests", "AzerbaijanSyria.Relations.Tests", "Browser");

    /// <summary>Where the screenshots are kept after the run, for CI to keep as artifacts.</summary>
    public static string ScreenshotFolder => Path.Combine(Repo.Root, "TestResults", "site-screenshots");

    [SkippableFact]
    public void Chromium_loads_every_kind_of_page_at_both_widths_with_no_overflow_and_no_console_error()
    {
        var chromium = Processes.Require("chromium", "apt-get install chromium");
        var node = Processes.Require("node", "apt-get install nodejs npm");
        var npm = Processes.Require("npm", "apt-get install nodejs npm");
        var modules = NodeModules.Install(npm, Path.Combine(BrowserFolder, "package.json"), "browser-node");
        var site = SiteExport.Shipped.Root; // the run's site of the shipped file, which the browser only reads
        if (Directory.Exists(ScreenshotFolder))
        {
            Directory.Delete(ScreenshotFolder, recursive: true);
        }

        string person;
        using (var db = Shipped.Open())
        {
            // The person with the most events, so the page has a list to check.
            person = Dapper.SqlMapper.ExecuteScalar<string>(db, "SELECT person_id FROM event_participants WHERE person_id IS NOT NULL GROUP BY person_id ORDER BY count(DISTINCT event_id) DESC, person_id LIMIT 1")!;
        }

        var run = Processes.Run(node, [Path.Combine(BrowserFolder, "site-check.mjs"), "--site", site, "--screenshots", ScreenshotFolder, "--modules", modules, "--chromium", chromium, "--person", person]);

        Assert.True(run.ExitCode == 0, $"site-check.mjs exited {run.ExitCode}:\n{run.Output}\n{run.Error}");
        using var report = JsonDocument.Parse(run.Output);
        Assert.Empty(report.RootElement.GetProperty("problems").EnumerateArray());
        var steps = report.RootElement.GetProperty("steps").EnumerateArray().Select(s => s.GetString()!).ToList();
        foreach (var width in new[] { "desktop", "phone" })
        {
            foreach (var step in new[] { "home", "timeline", "timeline-filtered", "search", "event", "person", "offices", "discrepancy" })
            {
                Assert.Contains($"{width}-{step}", steps);
            }
        }

        Assert.Contains("desktop-timeline-no-script", steps);
        Assert.All(steps, step =>
        {
            var png = File.ReadAllBytes(Path.Combine(ScreenshotFolder, step + ".png"));
            Assert.True(png.AsSpan().StartsWith(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }), step);
        });
    }
}
