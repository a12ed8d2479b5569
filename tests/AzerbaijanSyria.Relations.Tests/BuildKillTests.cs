using System.Diagnostics;

namespace AzerbaijanSyria.Relations.Tests;

/// <summary>
/// <c>azsy build</c> killed (SIGKILL, no clean-up code runs) at the moments where a half-finished
/// output could be left: the outputs are whole or absent, and nothing is left in the temp folder.
/// </summary>
[Trait("Category", "Slow")]
public sealed class BuildKillTests
{
    private static Process StartBuild(string output, string tempFolder)
    {
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "azsy.dll"), "build", "-o", output })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["TMPDIR"] = tempFolder;
        start.Environment["DOTNET_EnableDiagnostics"] = "0"; // no diagnostics socket in TMPDIR
        return Process.Start(start)!;
    }

    /// <summary>Kills the process as soon as <paramref name="moment"/> holds, or returns when it ends first.</summary>
    private static void KillWhen(Process process, Func<bool> moment)
    {
        while (!process.HasExited)
        {
            if (moment())
            {
                process.Kill(entireProcessTree: true);
                break;
            }
        }

        process.WaitForExit();
    }

    private static IEnumerable<string> Entries(string directory) => Directory.GetFileSystemEntries(directory).Select(Path.GetFileName)!;

    [Fact]
    public void Build_killed_while_it_works_leaves_nothing_in_the_temp_folder_and_the_next_build_cleans_up()
    {
        using var temp = new TempDirectory();
        using var output = new TempDirectory();
        var target = Path.Combine(output.Path, "out.db");

        using (var build = StartBuild(target, temp.Path))
        {
            KillWhen(build, () => Entries(temp.Path).Any() || Entries(output.Path).Any(n => n != "out.db"));
        }

        Assert.Empty(Entries(temp.Path));
        var again = Processes.Azsy("build", "-o", target);
        Assert.Equal(0, again.ExitCode);
        Assert.Equal(["out.db", "out.db.sha256"], Entries(output.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Build_killed_right_after_replacing_the_database_leaves_no_stale_hash_file()
    {
        using var temp = new TempDirectory();
        using var output = new TempDirectory();
        var target = Path.Combine(output.Path, "out.db");
        File.Copy(FixtureDatabase.Path, target);
        File.WriteAllText(target + ".sha256", $"{DatasetBuilder.ComputeSha256(target)}  out.db\n");
        var oldWrite = File.GetLastWriteTimeUtc(target);
        var oldLength = new FileInfo(target).Length;

        using (var build = StartBuild(target, temp.Path))
        {
            KillWhen(build, () =>
            {
                var info = new FileInfo(target);
                return info.Exists && (info.Length != oldLength || info.LastWriteTimeUtc != oldWrite);
            });
        }

        var hashFile = target + ".sha256";
        if (File.Exists(hashFile))
        {
            Assert.Equal($"{DatasetBuilder.ComputeSha256(target)}  out.db\n", File.ReadAllText(hashFile));
        }

        Assert.Empty(Entries(temp.Path));
    }
}
