using System.Text.Json;

namespace AzerbaijanSyria.Relations.Tests;

/// <summary>
/// The exported site in a real browser: Debian's chromium, headless, driven by playwright-core
/// from npm through <c>Browser/site-check.mjs</c>, over <c>file://</c>. It loads the home page, the
/// timeline, a filter, a search, an event and a discrepancy at desktop and phone widths, and the
/// timeline with JavaScript off, fails on any console error, and keeps its screenshots in
/// <c>TestResults/site-screenshots/</c>.
/// </summary>
[Trait("Category", "Slow")]
public sealed class SiteBrowserTests
{
    private static readonly string BrowserFolder = Path.Combine(Repo.Root, "tests", "AzerbaijanSyria.Relations.Tests", "Browser");

    /// <summary>Where the screenshots are kept after the run, for CI to keep as artifacts.</summary>
    public static string ScreenshotFolder => Path.Combine(Repo.Root, "TestResults", "site-screenshots");

    [SkippableFact]
    public void Chromium_loads_home_timeline_filter_search_and_event_pages_with_no_console_error()
    {
        var chromium = Processes.Require("chromium", "apt-get install chromium");
        var node = Processes.Require("node", "apt-get install nodejs npm");
        var npm = Processes.Require("npm", "apt-get install nodejs npm");
        var modules = NodeModules.Install(npm, Path.Combine(BrowserFolder, "package.json"), "browser-node");
        using var site = new TempDirectory();
        SiteExport.Write(Repo.ShippedDatabase, site.Path);
        if (Directory.Exists(ScreenshotFolder))
        {
            Directory.Delete(ScreenshotFolder, recursive: true);
        }

        var run = Processes.Run(node, [Path.Combine(BrowserFolder, "site-check.mjs"), "--site", site.Path, "--screenshots", ScreenshotFolder, "--modules", modules, "--chromium", chromium]);

        Assert.True(run.ExitCode == 0, $"site-check.mjs exited {run.ExitCode}:\n{run.Output}\n{run.Error}");
        using var report = JsonDocument.Parse(run.Output);
        Assert.Empty(report.RootElement.GetProperty("problems").EnumerateArray());
        var steps = report.RootElement.GetProperty("steps").EnumerateArray().Select(s => s.GetString()!).ToList();
        foreach (var width in new[] { "desktop", "phone" })
        {
            foreach (var step in new[] { "home", "timeline", "timeline-filtered", "search", "event", "discrepancy" })
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
