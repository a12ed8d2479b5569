namespace AzerbaijanSyria.Relations.Tests;

/// <summary>The test run's temp folder: what a run leaves when it is killed is deleted by the next, and nothing of a live run.</summary>
public sealed class TestTempTests
{
    [Fact]
    public void Sweep_deletes_the_folders_of_ended_runs_and_keeps_those_of_live_ones()
    {
        using var root = new TempDirectory();
        string Run(string name, bool withLock)
        {
            var folder = Directory.CreateDirectory(Path.Combine(root.Path, name)).FullName;
            File.WriteAllText(Path.Combine(folder, "page.html"), "left behind");
            if (withLock)
            {
                File.WriteAllText(folder + ".lock", string.Empty);
            }

            return folder;
        }

        var ended = Run("run-ended", withLock: true);
        var live = Run("run-live", withLock: true);
        var starting = Run("run-starting", withLock: false);
        var unlockedOld = Run("run-unlocked-old", withLock: false);
        Directory.SetLastWriteTimeUtc(unlockedOld, DateTime.UtcNow.AddHours(-1));
        var notARun = Directory.CreateDirectory(Path.Combine(root.Path, "other")).FullName;

        int deleted;
        using (new FileStream(live + ".lock", FileMode.Open, FileAccess.ReadWrite, FileShare.None))
        {
            deleted = TestTemp.Sweep(root.Path);
            Assert.True(File.Exists(live + ".lock"));
        }

        Assert.Equal(2, deleted);
        Assert.False(Directory.Exists(ended));
        Assert.False(File.Exists(ended + ".lock"));
        Assert.False(Directory.Exists(unlockedOld));
        Assert.True(Directory.Exists(live));
        Assert.True(Directory.Exists(starting));
        Assert.True(Directory.Exists(notARun));
    }

    [Fact]
    public void NewPath_is_inside_this_runs_folder_whose_lock_this_process_holds()
    {
        var path = TestTemp.NewPath("probe", ".db");

        Assert.Equal(TestTemp.Folder, Path.GetDirectoryName(path));
        Assert.Equal(TestTemp.Root, Path.GetDirectoryName(TestTemp.Folder));
        Assert.Throws<IOException>(() => new FileStream(TestTemp.Folder + ".lock", FileMode.Open, FileAccess.ReadWrite, FileShare.None).Dispose());

        TestTemp.Sweep(TestTemp.Root);
        Assert.True(Directory.Exists(TestTemp.Folder));
    }
}
