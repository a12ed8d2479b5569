namespace AzerbaijanSyria.Relations.Tests;

/// <summary>
/// The test run's own folder, <c>azsy-tests/run-GUID</c> in the temp folder: every temporary file and folder
/// the tests make is made in it. The run holds an exclusive lock on <c>run-GUID.lock</c> beside it for as long
/// as its process lives, and deletes the folder when the process exits. A run that is killed, or whose test
/// host is stopped before its clean-up ends (the host that runs the tests is given little time to exit, so a
/// few thousand site pages could outlast it), leaves its folder behind unlocked; the next run deletes every
/// such folder before it makes its own. The folders of runs still going (in other work trees, say) are
/// locked and kept.
/// </summary>
internal static class TestTemp
{
    private const string LockExtension = ".lock";

    private static readonly Lazy<string> Run = new(Create);

    /// <summary>The folder holding every run's folder.</summary>
    public static string Root => Path.Combine(Path.GetTempPath(), "azsy-tests");

    /// <summary>This run's folder, made (after deleting those of runs that have ended) on first use.</summary>
    public static string Folder => Run.Value;

    /// <summary>A new unique path in this run's folder: <paramref name="prefix"/>, a GUID, then <paramref name="extension"/>.</summary>
    public static string NewPath(string prefix, string extension = "") => Path.Combine(Folder, $"{prefix}-{Guid.NewGuid():N}{extension}");

    /// <summary>
    /// Deletes, in <paramref name="root"/>, the folder of every run whose lock nobody holds, with its lock
    /// file, and returns how many it deleted. A folder whose lock file is missing is deleted only when it is
    /// older than a minute (its run may be between making the one and the other).
    /// </summary>
    public static int Sweep(string root)
    {
        var deleted = 0;
        foreach (var folder in Directory.EnumerateDirectories(root, "run-*"))
        {
            var lockPath = folder + LockExtension;
            FileStream? unheld = null;
            try
            {
                if (File.Exists(lockPath))
                {
                    // .NET takes flock(LOCK_EX) for FileShare.None: this open fails while the run's process holds it.
                    unheld = new FileStream(lockPath, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
                }
                else if (Directory.GetLastWriteTimeUtc(folder) > DateTime.UtcNow.AddMinutes(-1))
                {
                    continue;
                }

                Directory.Delete(folder, recursive: true);
                if (unheld is not null)
                {
                    File.Delete(lockPath);
                }

                deleted++;
            }
            catch (IOException)
            {
                // Held by a live run, or being deleted by another sweep: not ours.
            }
            catch (UnauthorizedAccessException)
            {
            }
            finally
            {
                unheld?.Dispose();
            }
        }

        return deleted;
    }

    private static string Create()
    {
        Directory.CreateDirectory(Root);
        Sweep(Root);
        var folder = Path.Combine(Root, $"run-{Guid.NewGuid():N}");
        var held = new FileStream(folder + LockExtension, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None);
        Directory.CreateDirectory(folder);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                Directory.Delete(folder, recursive: true);
                File.Delete(folder + LockExtension);
            }
            catch (IOException)
            {
                // Left for the next run's sweep.
            }
            catch (UnauthorizedAccessException)
            {
            }
            finally
            {
                held.Dispose();
            }
        };
        return folder;
    }
}
