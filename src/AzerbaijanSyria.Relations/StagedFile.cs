namespace AzerbaijanSyria.Relations;

/// <summary>
/// A hidden file beside an output (the built database, a drawn or exported file) (<c>.NAME.RANDOM.tmp</c>), written in full and then renamed over the
/// output, so that the output is replaced whole or not at all. While it exists its creator holds an
/// exclusive lock on it (<c>flock</c> on Unix, through <see cref="FileShare.None"/>): one that no live
/// process holds was left by a killed build, and the next build to the same output removes it.
/// </summary>
public sealed class StagedFile : IDisposable
{
    private readonly FileStream lockHandle;
    private bool moved;

    private StagedFile(string path, FileStream lockHandle)
    {
        Path = path;
        this.lockHandle = lockHandle;
    }

    /// <summary>The staged file's path.</summary>
    public string Path { get; }

    /// <summary>The open, locked staged file, to write the content through (or leave empty for SQLite to write).</summary>
    public Stream Stream => lockHandle;

    /// <summary>Writes <paramref name="text"/> (UTF-8, no byte-order mark) to <paramref name="path"/> whole or not at all.</summary>
    public static void WriteAllText(string path, string text)
    {
        RemoveLeftovers(path);
        using var staged = Create(path);
        var bytes = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text);
        staged.Stream.Write(bytes);
        staged.Stream.Flush();
        staged.Replace(path);
    }

    /// <summary>Creates an empty, locked staged file beside <paramref name="output"/>.</summary>
    public static StagedFile Create(string output)
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(output)!, $"{Prefix(output)}{Guid.NewGuid():N}.tmp");
        return new StagedFile(path, new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None));
    }

    /// <summary>
    /// Removes the staged files of <paramref name="output"/> that no live process holds: those a killed
    /// build left, with the rollback journal SQLite keeps beside one while it writes it.
    /// </summary>
    public static void RemoveLeftovers(string output)
    {
        var directory = System.IO.Path.GetDirectoryName(output)!;
        if (!Directory.Exists(directory))
        {
            return;
        }

        var staged = Directory.EnumerateFiles(directory, $"{Prefix(output)}*.tmp*")
            .Select(f => f.EndsWith(".tmp-journal", StringComparison.Ordinal) ? f[..^"-journal".Length] : f)
            .Where(f => f.EndsWith(".tmp", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        foreach (var leftover in staged)
        {
            try
            {
                if (File.Exists(leftover))
                {
                    using (new FileStream(leftover, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
                    {
                        File.Delete(leftover);
                    }
                }

                File.Delete(leftover + "-journal");
            }
            catch (IOException)
            {
                // Held by a build that is still running, or already gone.
            }
        }
    }

    /// <summary>
    /// Renames the staged file over <paramref name="output"/> (atomic on one file system). Its lock becomes a
    /// shared one first: once renamed the file is the output, which readers open with a shared lock, and an
    /// exclusive one kept until <see cref="Dispose"/> refused them ("the process cannot access the file") in
    /// the moment between the rename and the release. A shared lock still keeps <see cref="RemoveLeftovers"/>
    /// of another process away from the staged file until it is renamed.
    /// </summary>
    /// <param name="output">The output to replace.</param>
    public void Replace(string output)
    {
        SharedFileLock.Downgrade(lockHandle.SafeFileHandle);
        File.Move(Path, output, overwrite: true);
        moved = true;
    }

    /// <summary>Deletes the staged file unless it was moved over its output, and releases its lock.</summary>
    public void Dispose()
    {
        if (!moved)
        {
            File.Delete(Path);
        }

        lockHandle.Dispose();
    }

    private static string Prefix(string output) => HiddenPrefix(System.IO.Path.GetFileName(output));

    /// <summary>
    /// The start of the name of a hidden file or folder staged beside <paramref name="name"/>: <c>.NAME.</c>,
    /// to which a random part and <c>.tmp</c> are added. A name too long for that within the file system's
    /// limit of 255 bytes (with SQLite's <c>-journal</c> beside a staged database) is cut to its first
    /// bytes and a hash of the whole, so that an output named up to that limit can still be staged.
    /// </summary>
    /// <param name="name">The output's file name, without its folder.</param>
    /// <returns>The prefix, at most 201 bytes of UTF-8.</returns>
    public static string HiddenPrefix(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        const int MaxNameBytes = 199; // . + name + . + 32 hex + .tmp + -journal stays within 255 bytes
        if (System.Text.Encoding.UTF8.GetByteCount(name) <= MaxNameBytes)
        {
            return $".{name}.";
        }

        var hash = Sha256Hash.Of(System.Text.Encoding.UTF8.GetBytes(name))[..8];
        var kept = new System.Text.StringBuilder();
        foreach (var rune in name.EnumerateRunes())
        {
            if (System.Text.Encoding.UTF8.GetByteCount(kept.ToString()) + rune.Utf8SequenceLength > MaxNameBytes - 9)
            {
                break;
            }

            kept.Append(rune.ToString());
        }

        return $".{kept}~{hash}.";
    }
}
