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

    /// <summary>
    /// Every file, in the order it is written: a file may be made from facts an earlier one learnt (the data
    /// package's descriptor from its CSV files). An entry is one file, files to add when its turn comes
    /// (<see cref="Then"/>), or a run of files made one by one as they are written (<see cref="AddEach"/>).
    /// </summary>
    private readonly List<(string? Path, Func<string, CancellationToken, Task>? Write, Action? Then, IEnumerable<(string Path, Func<string, CancellationToken, Task> Write)>? Each)> files = [];

    /// <summary>Where the files' paths and hashes are kept: in <see cref="SiteScratch"/>, so that a site of a million pages does not hold them in memory.</summary>
    private readonly SiteScratch scratch;

    private readonly Microsoft.Data.Sqlite.SqliteCommand addPath;
    private readonly Microsoft.Data.Sqlite.SqliteCommand setHash;
    private readonly Microsoft.Data.Sqlite.SqliteCommand hasPath;

    /// <summary>How many files the site has (each path once).</summary>
    private long count;

    public SiteFiles(SiteScratch scratch)
    {
        this.scratch = scratch;
        scratch.Execute("CREATE TABLE site_files (sort_key BLOB PRIMARY KEY, path TEXT NOT NULL, sha256 TEXT) WITHOUT ROWID");
        addPath = scratch.Prepare("INSERT OR IGNORE INTO site_files (sort_key, path) VALUES ($p0, $p1)", 2);
        setHash = scratch.Prepare("UPDATE site_files SET sha256 = $p1 WHERE sort_key = $p0", 2);
        hasPath = scratch.Prepare("SELECT count(*) FROM site_files WHERE sort_key = $p0", 1);
    }

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
        Register(path);
        files.Add((path, write, null, null));
    }

    /// <summary>
    /// Adds files that are only known when their turn comes: <paramref name="each"/> is read then, one file
    /// at a time, each written before the next is made (the page of every row of a table, as the rows are
    /// read), so that neither the files nor the list of them is ever held.
    /// </summary>
    public void AddEach(IEnumerable<(string Path, Func<string, CancellationToken, Task> Write)> each) => files.Add((null, null, null, each));

    /// <summary>
    /// Adds, when the files added so far are written, the files <paramref name="add"/> adds then: what
    /// they need (the model the pages are made from) is made only once the files before them no longer
    /// take memory.
    /// </summary>
    public void Then(Action add) => files.Add((null, null, add, null));

    /// <summary>Writes every file as the folder <paramref name="directory"/>, whole or not at all, and returns their full paths.</summary>
    /// <exception cref="IOException">The target is not a folder of its own, or a folder of the old site's is where a page goes; nothing is changed.</exception>
    public async Task<IReadOnlyList<string>> WriteToAsync(string directory, CancellationToken cancellationToken)
    {
        var root = Path.GetFullPath(directory);
        using var folder = ExportFolder.Begin(root);
        var staging = folder.Path;
        for (var next = 0; next < files.Count; next++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (relative, write, then, each) = files[next];
            files[next] = default; // what a file was made from goes once it is written (a Then's files follow it in the list)
            if (then is not null)
            {
                then();
            }
            else if (each is not null)
            {
                foreach (var (path, writeOne) in each)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    Register(path);
                    await WriteOneAsync(staging, path, writeOne, cancellationToken).ConfigureAwait(false);
                }
            }
            else
            {
                await WriteOneAsync(staging, relative!, write!, cancellationToken).ConfigureAwait(false);
            }
        }

        var manifestPath = Path.Combine(staging, ManifestName);
        await using (var manifest = new StreamWriter(new FileStream(manifestPath, FileMode.CreateNew, FileAccess.Write), Utf8NoBom))
        {
            foreach (var (relative, sha256) in Manifest())
            {
                cancellationToken.ThrowIfCancellationRequested();
                await manifest.WriteAsync($"{relative}\t{sha256}\n").ConfigureAwait(false);
            }
        }

        if (Directory.Exists(root))
        {
            scratch.Execute("CREATE TABLE site_previous (path TEXT PRIMARY KEY, sha256 TEXT NOT NULL) WITHOUT ROWID");
            ReadManifest(root);
            KeepOthers(root, staging, string.Empty);
        }

        cancellationToken.ThrowIfCancellationRequested();
        folder.ReplaceWhole();
        return new WrittenPaths(Path.Combine(root, ManifestName), count + 1);
    }

    /// <summary>Notes a path of the site, refusing a second file at the same path.</summary>
    private void Register(string path)
    {
        if (SiteScratch.Run(addPath, SiteScratch.OrdinalKey(Check(path)), path) == 0)
        {
            throw new InvalidOperationException($"The site has two files at {path}.");
        }

        count++;
    }

    private async Task WriteOneAsync(string staging, string relative, Func<string, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        var path = Path.Combine(staging, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await write(path, cancellationToken).ConfigureAwait(false);
        SiteScratch.Run(setHash, SiteScratch.OrdinalKey(relative), Sha256Hash.OfFile(path));
    }

    /// <summary>Every file written with its SHA-256, in ordinal order of the path (as the manifest lists them).</summary>
    private IEnumerable<(string Path, string Sha256)> Manifest()
    {
        using var command = scratch.Connection.CreateCommand();
        command.CommandText = "SELECT path, sha256 FROM site_files ORDER BY sort_key";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return (reader.GetString(0), reader.GetString(1));
        }
    }

    /// <summary>Whether the site writes a file at <paramref name="relative"/>.</summary>
    private bool Writes(string relative)
    {
        SiteScratch.Bind(hasPath, SiteScratch.OrdinalKey(relative));
        return (long)hasPath.ExecuteScalar()! > 0;
    }

    /// <summary>The SHA-256 the old folder's manifest lists for <paramref name="relative"/>, or null.</summary>
    private string? Previous(string relative)
    {
        using var command = scratch.Connection.CreateCommand();
        command.CommandText = "SELECT sha256 FROM site_previous WHERE path = $path";
        command.Parameters.AddWithValue("$path", relative);
        return command.ExecuteScalar() as string;
    }

    /// <summary>
    /// The full paths of the files written, in the order of the folder's manifest (and the manifest last),
    /// read from the manifest when asked rather than held: a site has as many files as the file has rows.
    /// </summary>
    private sealed class WrittenPaths(string manifest, long count) : IReadOnlyList<string>
    {
        public int Count { get; } = checked((int)count);

        public string this[int index] => index >= 0 && index < Count ? this.ElementAt(index) : throw new ArgumentOutOfRangeException(nameof(index));

        public IEnumerator<string> GetEnumerator()
        {
            var root = Path.GetDirectoryName(manifest)!;
            foreach (var line in File.ReadLines(manifest))
            {
                var relative = line[..line.IndexOf('\t', StringComparison.Ordinal)];
                yield return Path.Combine(root, relative.Replace('/', Path.DirectorySeparatorChar));
            }

            yield return manifest;
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>
    /// Puts into <paramref name="staging"/> what of the old folder stays: every entry the site does not
    /// write and did not write before (by the old manifest), as it is: a folder as a folder, a symbolic
    /// link as the same link (never followed), anything else as a hard link to the same file.
    /// </summary>
    private void KeepOthers(string oldRoot, string staging, string relative)
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
            var siteFile = Writes(name);
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
                KeepOthers(oldRoot, staging, name);
            }
            else if (siteFolder)
            {
                throw new IOException(ExportMessages.SiteFolderBlocked(entry.FullName));
            }
            else if (!siteFile && !WrittenBefore(entry, Previous(name)) && !LeftByAnOlderRelease(name))
            {
                FolderSwap.HardLink(entry.FullName, destination);
            }
        }
    }

    /// <summary>
    /// Whether <paramref name="name"/> is a page's temporary file that a killed export of release 2.0.0 left
    /// inside the folder (<c>PAGE.RANDOM.tmp</c>, beside a page the site writes or wrote).
    /// </summary>
    private bool LeftByAnOlderRelease(string name) =>
        OlderTemporary().Match(name) is { Success: true } match
        && (Writes(match.Groups["page"].Value) || Previous(match.Groups["page"].Value) is not null);

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

    /// <summary>
    /// Reads the old folder's manifest into the scratch database: each file an earlier export wrote, with its
    /// SHA-256 (a manifest without them, of an older release, proves nothing).
    /// </summary>
    private void ReadManifest(string root)
    {
        var manifest = Path.Combine(root, ManifestName);
        if (new FileInfo(manifest) is not { Exists: true, LinkTarget: null })
        {
            return;
        }

        try
        {
            DatasetFile.CheckOutputPath(manifest);
        }
        catch (DatasetFileException)
        {
            return; // not a regular file: nothing is read from it
        }

        using var batch = scratch.Batch();
        using var insert = scratch.Prepare("INSERT OR REPLACE INTO site_previous (path, sha256) VALUES ($p0, $p1)", 2);
        foreach (var line in File.ReadLines(manifest))
        {
            if (line.Split('\t') is [var path, var sha256] && sha256.Length == 64)
            {
                SiteScratch.Run(insert, path, sha256);
            }
        }
    }
}
