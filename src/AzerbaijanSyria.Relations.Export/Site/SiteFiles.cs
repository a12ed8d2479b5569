using System.Text;

namespace AzerbaijanSyria.Relations.Export.Site;

/// <summary>
/// The files of a site, gathered (as functions that make them) and then written as one folder, whole or
/// not at all: every file is written into a hidden staging folder beside the target (see
/// <see cref="ExportFolder"/>), and only when all are written does the staging folder take the target's
/// place (in one step on Linux), after which the old folder is deleted. A failure or a kill before that
/// leaves the old site as it was, and the staging folder a killed export left is removed by the next.
/// No path leaves the folder, and nothing inside the old folder is written through: a symbolic link in it
/// is never followed (where the site writes, the link itself is dropped; elsewhere it is kept as a link).
/// Files in the folder that the site did not write are kept (linked into the new folder, not copied).
/// The folder's <c>.azsy-site</c> lists each file written with its SHA-256: a file of an earlier export
/// that the site no longer writes (the page of a row that is gone) is left out of the new folder only
/// when the manifest lists it and its bytes are still the ones listed, so a forged or stale manifest
/// cannot make an export drop a file it did not write.
/// </summary>
internal sealed partial class SiteFiles
{
    public const string ManifestName = ".azsy-site";

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Every file, in the order it is written: a file may be made from facts an earlier one learnt (the data package's descriptor from its CSV files).</summary>
    private readonly List<(string? Path, Func<string, CancellationToken, Task>? Write, Action? Then)> files = [];

    /// <summary>The files' paths, for the manifest's order and to find a path the site writes.</summary>
    private readonly SortedSet<string> paths = new(StringComparer.Ordinal);

    public void Add(string path, string text) => Add(path, () => text);

    /// <summary>Adds a text file made only when it is written (its line endings as "\n", in UTF-8).</summary>
    public void Add(string path, Func<string> text) => Add(path, _ => Task.FromResult(text()));

    /// <summary>Adds a text file made (asynchronously) only when it is written (its line endings as "\n", in UTF-8).</summary>
    public void Add(string path, Func<CancellationToken, Task<string>> text) =>
        Add(path, async cancellationToken => Utf8NoBom.GetBytes((await text(cancellationToken).ConfigureAwait(false)).ReplaceLineEndings("\n")));

    /// <summary>Adds a copy of <paramref name="sourceFile"/>, copied as a stream (never held whole).</summary>
    public void AddCopy(string path, string sourceFile) => AddWriter(path, async (target, cancellationToken) =>
    {
        await using var source = new FileStream(sourceFile, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        await using var copy = new FileStream(target, FileMode.CreateNew, FileAccess.Write);
        await source.CopyToAsync(copy, cancellationToken).ConfigureAwait(false);
    });

    public void Add(string path, Func<byte[]> content) => Add(path, _ => Task.FromResult(content()));

    /// <summary>Adds a file whose content is made (asynchronously) only when it is written, so that the site is never held whole.</summary>
    public void Add(string path, Func<CancellationToken, Task<byte[]>> content) => AddWriter(path, async (target, cancellationToken) =>
    {
        var bytes = await content(cancellationToken).ConfigureAwait(false);
        await File.WriteAllBytesAsync(target, bytes, cancellationToken).ConfigureAwait(false);
    });

    /// <summary>
    /// Adds a file that <paramref name="write"/> writes itself, when its turn comes, at the path it is
    /// given (a new file in the staging folder): a page as it is rendered, a table as its rows are read.
    /// Files are written in the order they are added.
    /// </summary>
    public void AddWriter(string path, Func<string, CancellationToken, Task> write)
    {
        if (!paths.Add(Check(path)))
        {
            throw new InvalidOperationException($"The site has two files at {path}.");
        }

        files.Add((path, write, null));
    }

    /// <summary>
    /// Adds, when the files added so far are written, the files <paramref name="add"/> adds then: what
    /// they need (the model the pages are made from) is made only once the files before them no longer
    /// take memory.
    /// </summary>
    public void Then(Action add) => files.Add((null, null, add));

    /// <summary>Writes every file as the folder <paramref name="directory"/>, whole or not at all, and returns their full paths.</summary>
    /// <exception cref="IOException">The target is not a folder of its own, or a folder of the old site's is where a page goes; nothing is changed.</exception>
    public async Task<IReadOnlyList<string>> WriteToAsync(string directory, CancellationToken cancellationToken)
    {
        var root = Path.GetFullPath(directory);
        using var folder = ExportFolder.Begin(root);
        var staging = folder.Path;
        var hashes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        for (var next = 0; next < files.Count; next++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (relative, write, then) = files[next];
            if (then is not null)
            {
                files[next] = default; // its files follow it in the list
                then();
                continue;
            }

            files[next] = default; // what a file was made from goes once it is written
            var path = Path.Combine(staging, relative!);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await write!(path, cancellationToken).ConfigureAwait(false);
            hashes[relative!] = Sha256Hash.OfFile(path);
        }

        var manifest = new StringBuilder();
        foreach (var (relative, sha256) in hashes)
        {
            manifest.Append(relative).Append('\t').Append(sha256).Append('\n');
        }

        await File.WriteAllTextAsync(Path.Combine(staging, ManifestName), manifest.ToString(), Utf8NoBom, cancellationToken).ConfigureAwait(false);
        if (Directory.Exists(root))
        {
            KeepOthers(root, staging, ReadManifest(root), string.Empty);
        }

        cancellationToken.ThrowIfCancellationRequested();
        folder.ReplaceWhole();
        return [.. paths.Select(k => Path.Combine(root, k.Replace('/', Path.DirectorySeparatorChar))), Path.Combine(root, ManifestName)];
    }

    /// <summary>
    /// Puts into <paramref name="staging"/> what of the old folder stays: every entry the site does not
    /// write and did not write before (by the old manifest), as it is: a folder as a folder, a symbolic
    /// link as the same link (never followed), anything else as a hard link to the same file.
    /// </summary>
    private void KeepOthers(string oldRoot, string staging, IReadOnlyDictionary<string, string> previous, string relative)
    {
        var folder = relative.Length == 0 ? oldRoot : Path.Combine(oldRoot, relative);
        foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos())
        {
            var name = relative.Length == 0 ? entry.Name : $"{relative}/{entry.Name}";
            if (name == ManifestName)
            {
                continue;
            }

            var destination = Path.Combine(staging, name);
            var siteFile = paths.Contains(name);
            var siteFolder = !siteFile && Directory.Exists(destination);
            if (entry.LinkTarget is { } linkTarget)
            {
                if (!siteFile && !siteFolder)
                {
                    File.CreateSymbolicLink(destination, linkTarget);
                }

                continue; // where the site writes, its file replaces the link, and the link (not its target) goes with the old folder
            }

            if (entry is DirectoryInfo)
            {
                if (siteFile)
                {
                    throw new IOException(ExportMessages.ExportBlocked(entry.FullName));
                }

                Directory.CreateDirectory(destination);
                KeepOthers(oldRoot, staging, previous, name);
            }
            else if (siteFolder)
            {
                throw new IOException(ExportMessages.SiteFolderBlocked(entry.FullName));
            }
            else if (!siteFile && !WrittenBefore(entry, previous.GetValueOrDefault(name)) && !LeftByAnOlderRelease(name, previous))
            {
                FolderSwap.HardLink(entry.FullName, destination);
            }
        }
    }

    /// <summary>
    /// Whether <paramref name="name"/> is a page's temporary file that a killed export of release 2.0.0 left
    /// inside the folder (<c>PAGE.RANDOM.tmp</c>, beside a page the site writes or wrote).
    /// </summary>
    private bool LeftByAnOlderRelease(string name, IReadOnlyDictionary<string, string> previous) =>
        OlderTemporary().Match(name) is { Success: true } match
        && (paths.Contains(match.Groups["page"].Value) || previous.ContainsKey(match.Groups["page"].Value));

    [System.Text.RegularExpressions.GeneratedRegex(@"\A(?<page>.+)\.[0-9a-f]{32}\.tmp\z")]
    private static partial System.Text.RegularExpressions.Regex OlderTemporary();

    /// <summary>Whether <paramref name="entry"/> is a regular file with the SHA-256 an earlier export recorded for it.</summary>
    private static bool WrittenBefore(FileSystemInfo entry, string? sha256)
    {
        if (sha256 is null)
        {
            return false;
        }

        try
        {
            DatasetFile.CheckOutputPath(entry.FullName); // a regular file (a FIFO would never be read to its end)
        }
        catch (DatasetFileException)
        {
            return false;
        }

        return string.Equals(Sha256Hash.OfFile(entry.FullName), sha256, StringComparison.Ordinal);
    }

    private static string Check(string path)
    {
        var parts = path.Split('/');
        if (path.Length == 0 || Path.IsPathRooted(path) || path.Contains('\\', StringComparison.Ordinal)
            || parts.Any(p => p.Length == 0 || p is "." or ".." || p.StartsWith('.')))
        {
            throw new InvalidOperationException($"The site file name '{path}' would leave the output folder or hide a file.");
        }

        return path;
    }

    /// <summary>The old folder's manifest: each file an earlier export wrote, with its SHA-256 (a manifest without them, of an older release, proves nothing).</summary>
    private static Dictionary<string, string> ReadManifest(string root)
    {
        var manifest = Path.Combine(root, ManifestName);
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        if (new FileInfo(manifest) is not { Exists: true, LinkTarget: null })
        {
            return entries;
        }

        try
        {
            DatasetFile.CheckOutputPath(manifest);
        }
        catch (DatasetFileException)
        {
            return entries; // not a regular file: nothing is read from it
        }

        foreach (var line in File.ReadLines(manifest))
        {
            if (line.Split('\t') is [var path, var sha256] && sha256.Length == 64)
            {
                entries[path] = sha256;
            }
        }

        return entries;
    }
}
