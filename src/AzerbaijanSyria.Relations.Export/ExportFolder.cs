namespace AzerbaijanSyria.Relations.Export;

/// <summary>
/// Where an export is written before it appears: a hidden folder beside the target
/// (<c>.NAME.RANDOM.tmp</c>), so that a failed export (an error, a full disk) leaves nothing. When every
/// file is written, a new target folder is the staging folder renamed (it appears whole); into an
/// existing folder each file is renamed over its old copy, after checking that none of them can fail
/// (other files there are left alone). While it is being written the staging folder holds a lock file
/// that its process keeps locked; a staging folder without a live lock was left by a killed export, and
/// the next export to the same target removes it.
/// </summary>
internal sealed class ExportFolder : IDisposable
{
    private const string LockName = ".lock";

    private readonly string target;
    private FileStream? lockFile;
    private bool committed;

    private ExportFolder(string target, string path)
    {
        this.target = target;
        Path = path;
        Directory.CreateDirectory(path);
        lockFile = new FileStream(System.IO.Path.Combine(path, LockName), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None);
    }

    /// <summary>The staging folder to write the files into.</summary>
    public string Path { get; }

    /// <summary>Starts an export to <paramref name="target"/> (a full path), refusing a target that cannot be a folder of its own.</summary>
    public static ExportFolder Begin(string target)
    {
        var parent = System.IO.Path.GetDirectoryName(target) ?? throw new ArgumentException(ExportMessages.ExportIntoRoot(target), nameof(target));
        CheckTarget(target);

        Directory.CreateDirectory(parent);
        var name = System.IO.Path.GetFileName(target);
        foreach (var leftover in Directory.EnumerateDirectories(parent, $"{StagedFile.HiddenPrefix(name)}*.tmp"))
        {
            RemoveIfAbandoned(leftover);
        }

        return new ExportFolder(target, StagingPath(parent, name));
    }

    /// <summary>
    /// Refuses a target that is not a folder of its own (nothing there, or a real folder): a file, a
    /// symbolic link (even to a folder: writing through it would write elsewhere, and replacing it would
    /// leave its target stale), a FIFO, a socket or a device. See <see cref="DatasetFile.CheckOutputPath"/>.
    /// </summary>
    /// <exception cref="IOException">The target is not a folder of its own; nothing is changed.</exception>
    public static void CheckTarget(string target)
    {
        if (Directory.Exists(target) && new DirectoryInfo(target).LinkTarget is null)
        {
            return;
        }

        DatasetFile.CheckOutputPath(target); // names a link, a FIFO, a socket or a device
        if (File.Exists(target))
        {
            throw new IOException(ExportMessages.ExportTargetIsFile(target));
        }
    }

    /// <summary>
    /// Replaces the target folder whole with the staging folder: a new target is the staging folder
    /// renamed; an existing one changes places with it (in one step on Linux; see <see cref="FolderSwap.Exchange"/>)
    /// and is then deleted, its symbolic links removed and never followed. Whatever of the old folder is to
    /// stay must be in the staging folder by then.
    /// </summary>
    public void ReplaceWhole()
    {
        ReleaseLock();
        if (!Directory.Exists(target))
        {
            Directory.Move(Path, target);
            committed = true;
            return;
        }

        var parent = System.IO.Path.GetDirectoryName(target)!;
        var old = FolderSwap.Exchange(Path, target, StagingPath(parent, System.IO.Path.GetFileName(target)));
        committed = true;
        // Recursive deletion unlinks a symbolic link and never enters it; a kill here leaves a hidden
        // folder without a lock, which the next export to this target removes.
        Directory.Delete(old, recursive: true);
    }

    /// <summary>A hidden staging folder beside <paramref name="name"/>, <c>.NAME.RANDOM.tmp</c>, its name within the file system's 255 bytes.</summary>
    private static string StagingPath(string parent, string name) =>
        System.IO.Path.Combine(parent, $"{StagedFile.HiddenPrefix(name)}{Guid.NewGuid():N}.tmp");

    /// <summary>Moves the written files into the target; returns their final paths, by name.</summary>
    public IReadOnlyList<string> Commit()
    {
        ReleaseLock();
        var names = Directory.GetFiles(Path).Select(f => System.IO.Path.GetFileName(f)).Order(StringComparer.Ordinal).ToList();
        if (!Directory.Exists(target))
        {
            Directory.Move(Path, target);
        }
        else
        {
            foreach (var destination in names.Select(n => System.IO.Path.Combine(target, n)))
            {
                // Checked for every file before any is moved: only a regular file is replaced.
                if (Directory.Exists(destination) && new DirectoryInfo(destination).LinkTarget is null)
                {
                    throw new IOException(ExportMessages.ExportBlocked(destination));
                }

                DatasetFile.CheckOutputPath(destination);
            }

            foreach (var name in names)
            {
                File.Move(System.IO.Path.Combine(Path, name), System.IO.Path.Combine(target, name), overwrite: true);
            }

            Directory.Delete(Path);
        }

        committed = true;
        return names.Select(n => System.IO.Path.Combine(target, n)).ToList();
    }

    public void Dispose()
    {
        ReleaseLock();
        if (!committed && Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }

    private static void RemoveIfAbandoned(string folder)
    {
        try
        {
            var lockPath = System.IO.Path.Combine(folder, LockName);
            if (File.Exists(lockPath))
            {
                using var probe = new FileStream(lockPath, FileMode.Open, FileAccess.ReadWrite, FileShare.None); // throws while a live export holds it
            }

            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A live export's folder, or already gone.
        }
    }

    private void ReleaseLock()
    {
        if (lockFile is not null)
        {
            lockFile.Dispose();
            lockFile = null;
            File.Delete(System.IO.Path.Combine(Path, LockName));
        }
    }
}
