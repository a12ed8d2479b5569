using AzerbaijanSyria.Relations.Cli;
using AzerbaijanSyria.Relations.Export;
using AzerbaijanSyria.Relations.Export.Site;
using Dapper;
using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations.Tests;

/// <summary>
/// The site export is whole or absent (issue 21, item 2): staged beside its folder and swapped in only
/// when every page is written; it writes and deletes nothing through a symbolic link, and a forged
/// manifest cannot make it drop a file it did not write; an id too long for a page's file name is
/// caught by the validator.
/// </summary>
public sealed class SiteWholeTests
{
    /// <summary>Every file under <paramref name="root"/> (links not followed), by relative path, with its SHA-256 or what it links to.</summary>
    private static SortedDictionary<string, string> Snapshot(string root)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        void Walk(DirectoryInfo folder)
        {
            foreach (var entry in folder.EnumerateFileSystemInfos())
            {
                var relative = Path.GetRelativePath(root, entry.FullName);
                if (entry.LinkTarget is { } target)
                {
                    result[relative] = "-> " + target;
                }
                else if (entry is DirectoryInfo sub)
                {
                    result[relative + "/"] = string.Empty;
                    Walk(sub);
                }
                else
                {
                    result[relative] = Sha256Hash.OfFile(entry.FullName);
                }
            }
        }

        Walk(new DirectoryInfo(root));
        return result;
    }

    /// <summary>
    /// A copy of the fixture whose every event has another title, so that its site differs from the
    /// fixture's on every event page and the home page: an export that wrote over the old site in place
    /// could not pass for one that left it alone.
    /// </summary>
    private static TempFile ChangedFixture()
    {
        var copy = new TempFile();
        File.Copy(FixtureDatabase.Path, copy.Path);
        using var writer = new SqliteConnection($"Data Source={copy.Path};Pooling=False");
        writer.Open();
        writer.Execute("""
            UPDATE change_context SET reason = 'A test changes every title.';
            UPDATE events SET title = title || ' (changed)';
            UPDATE change_context SET reason = NULL;
            """);
        return copy;
    }

    private static void AssertNoStagingLeft(string target) =>
        Assert.Empty(Directory.GetFileSystemEntries(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.*"));

    [Fact]
    public void Site_export_that_fails_after_writing_its_pages_leaves_the_old_site_as_it_was()
    {
        using var parent = new TempDirectory();
        var site = Path.Combine(parent.Path, "site");
        SiteExport.Write(FixtureDatabase.Path, site);
        // A folder of the reader's where the new site writes a page: found only after every page is written.
        var blocked = Path.Combine(site, "tables", "events.html");
        File.Delete(blocked);
        Directory.CreateDirectory(blocked);
        File.WriteAllText(Path.Combine(blocked, "mine.txt"), "mine");
        var before = Snapshot(site);
        using var changed = ChangedFixture();

        var (exit, _, error) = AzsyInProcess.Run("export", "-f", "site", "-o", site, "--db", changed.Path);

        Assert.Equal(1, exit);
        Assert.Equal(Messages.Usage(ExportMessages.ExportBlocked(blocked)) + Environment.NewLine, error);
        Assert.Equal(before, Snapshot(site));
        AssertNoStagingLeft(site);
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void Site_export_killed_while_it_writes_leaves_the_old_site_whole_and_the_next_export_removes_its_leftovers()
    {
        using var parent = new TempDirectory();
        using var fresh = new TempDirectory();
        var site = Path.Combine(parent.Path, "site");
        SiteExport.Write(FixtureDatabase.Path, site);
        var old = Snapshot(site);
        // A whole export as a process, timed, to kill the next ones a fraction of the way through.
        var timer = System.Diagnostics.Stopwatch.StartNew();
        Assert.Equal(0, Processes.Azsy("export", "-f", "site", "-o", fresh.Path, "--db", Repo.ShippedDatabase).ExitCode);
        var whole = timer.Elapsed;
        var complete = Snapshot(fresh.Path);
        Assert.NotEqual(old, complete);

        // SIGKILL (no clean-up code runs) early, midway and late.
        foreach (var fraction in new[] { 0.4, 0.6, 0.8 })
        {
            var start = new System.Diagnostics.ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "azsy.dll"), "export", "-f", "site", "-o", site, "--db", Repo.ShippedDatabase })
            {
                start.ArgumentList.Add(arg);
            }

            using var process = System.Diagnostics.Process.Start(start)!;
            if (!process.WaitForExit(whole * fraction))
            {
                process.Kill(entireProcessTree: true);
            }

            process.WaitForExit();
            var now = Snapshot(site);
            Assert.True(now.SequenceEqual(old) || now.SequenceEqual(complete), $"killed {fraction:P0} of the way: the site is neither the old one nor the new one");
        }

        SiteExport.Write(Repo.ShippedDatabase, site);

        Assert.Equal(complete, Snapshot(site));
        AssertNoStagingLeft(site);
    }

    [Fact]
    public void Site_export_replaces_the_old_site_whole_and_sweeps_what_a_killed_export_left()
    {
        using var parent = new TempDirectory();
        var site = Path.Combine(parent.Path, "site");
        SiteExport.Write(FixtureDatabase.Path, site);
        // What killed exports left: a staging folder beside the site (no live lock), and a page's
        // temporary file inside it as release 2.0.0 wrote them.
        var killed = Path.Combine(parent.Path, $".site.{Guid.NewGuid():N}.tmp");
        Directory.CreateDirectory(Path.Combine(killed, "events"));
        File.WriteAllText(Path.Combine(killed, "events", "half.html"), "<p>half");
        File.WriteAllText(Path.Combine(killed, ".lock"), string.Empty);
        var stray = Path.Combine(site, "index.html." + Guid.NewGuid().ToString("N") + ".tmp");
        File.WriteAllText(stray, "half a page");

        using var changed = ChangedFixture();
        using var fresh = new TempDirectory();
        SiteExport.Write(changed.Path, fresh.Path); // the site an export into a new folder writes

        SiteExport.Write(changed.Path, site);

        Assert.Equal(Snapshot(fresh.Path), Snapshot(site));
        AssertNoStagingLeft(site);
    }

    [Fact]
    public void Site_export_writes_and_deletes_nothing_through_a_symbolic_link_in_its_folder()
    {
        using var parent = new TempDirectory();
        using var outside = new TempDirectory();
        var site = Path.Combine(parent.Path, "site");
        SiteExport.Write(FixtureDatabase.Path, site);
        var keep = Path.Combine(outside.Path, "keep.html");
        File.WriteAllText(keep, "not the site's");
        // The site's events folder replaced by a link to a folder elsewhere, another link beside it, and a
        // forged manifest that lists the file outside through both links, with its true hash.
        Directory.Delete(Path.Combine(site, "events"), recursive: true);
        Directory.CreateSymbolicLink(Path.Combine(site, "events"), outside.Path);
        Directory.CreateSymbolicLink(Path.Combine(site, "elsewhere"), outside.Path);
        var hash = Sha256Hash.OfFile(keep);
        File.AppendAllText(Path.Combine(site, SiteFiles.ManifestName), $"events/keep.html\t{hash}\nelsewhere/keep.html\t{hash}\n");

        SiteExport.Write(FixtureDatabase.Path, site);

        Assert.Equal(["keep.html"], WalDatabase.Files(outside.Path));
        Assert.Equal("not the site's", File.ReadAllText(keep));
        Assert.Null(new DirectoryInfo(Path.Combine(site, "events")).LinkTarget); // a folder of pages again
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(site, "events"), "*.html"));
        Assert.Equal(outside.Path, new DirectoryInfo(Path.Combine(site, "elsewhere")).LinkTarget); // the reader's link, kept as a link
    }

    [Fact]
    public void Site_export_keeps_a_file_a_forged_manifest_lists_without_its_bytes()
    {
        using var parent = new TempDirectory();
        var site = Path.Combine(parent.Path, "site");
        SiteExport.Write(FixtureDatabase.Path, site);
        var mine = Path.Combine(site, "notes.txt");
        var nested = Path.Combine(site, "events", "my-notes.html");
        File.WriteAllText(mine, "mine");
        File.WriteAllText(nested, "also mine");
        File.AppendAllText(Path.Combine(site, SiteFiles.ManifestName), $"notes.txt\n{"events/my-notes.html"}\t{new string('0', 64)}\n");

        SiteExport.Write(FixtureDatabase.Path, site);

        Assert.Equal("mine", File.ReadAllText(mine));
        Assert.Equal("also mine", File.ReadAllText(nested));
    }

    [Fact]
    public void Validate_refuses_an_id_too_long_for_its_site_page_and_the_site_export_leaves_nothing()
    {
        using var copy = new TempFile();
        File.Copy(FixtureDatabase.Path, copy.Path);
        var id = string.Concat(Enumerable.Repeat("damascus-", 28)); // 252 bytes: with .html, 257
        using (var writer = new SqliteConnection($"Data Source={copy.Path};Pooling=False"))
        {
            writer.Open();
            writer.Execute("""
                UPDATE change_context SET reason = 'A test adds a place whose id is too long for a file name.';
                INSERT INTO places (place_id, name, kind, country_id, parent_place_id, note) VALUES (@id, 'Long', 'city', 'SYR', NULL, NULL);
                UPDATE change_context SET reason = NULL;
                """, new { id });
        }

        var (exit, output, _) = AzsyInProcess.Run("validate", "--db", copy.Path);
        using var parent = new TempDirectory();
        var site = Path.Combine(parent.Path, "site");
        var export = AzsyInProcess.Run("export", "-f", "site", "-o", site, "--db", copy.Path);

        Assert.Equal(1, exit);
        Assert.Contains(output.Split('\n'), line => line.StartsWith($"id_length: places {id[..60]}…: the id (252 bytes) makes a site page name of 257 bytes", StringComparison.Ordinal));
        Assert.Equal(1, export.Exit);
        Assert.Empty(WalDatabase.Files(parent.Path));
    }
}
