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
        if (File.Exists(target))
        {
            throw new IOException(ExportMessages.ExportTargetIsFile(target));
        }

        Directory.CreateDirectory(parent);
        var name = System.IO.Path.GetFileName(target);
        foreach (var leftover in Directory.EnumerateDirectories(parent, $".{name}.*.tmp"))
        {
            RemoveIfAbandoned(leftover);
        }

        return new ExportFolder(target, System.IO.Path.Combine(parent, $".{name}.{Guid.NewGuid():N}.tmp"));
    }

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
            var blocked = names.Select(n => System.IO.Path.Combine(target, n)).FirstOrDefault(Directory.Exists);
            if (blocked is not null)
            {
                throw new IOException(ExportMessages.ExportBlocked(blocked));
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
