using System.Text;

namespace AzerbaijanSyria.Relations.Export.Site;

/// <summary>
/// The files of a site, gathered in memory and then written into one folder. Each file is written
/// beside its final name and moved into place, so a reader never sees half a page; no path leaves
/// the folder. The folder's <c>.azsy-site</c> lists what was written, so the next export removes the
/// pages of rows that are gone, and never touches any other file in the folder.
/// </summary>
internal sealed class SiteFiles
{
    public const string ManifestName = ".azsy-site";

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private readonly SortedDictionary<string, Func<CancellationToken, Task<byte[]>>> files = new(StringComparer.Ordinal);

    public void Add(string path, string text) => Add(path, _ => Task.FromResult(Utf8NoBom.GetBytes(text.ReplaceLineEndings("\n"))));

    public void AddCopy(string path, string sourceFile) => Add(path, cancellationToken => File.ReadAllBytesAsync(sourceFile, cancellationToken));

    public void Add(string path, Func<byte[]> content) => Add(path, _ => Task.FromResult(content()));

    /// <summary>Adds a file whose content is made (asynchronously) only when it is written, so that the site is never held whole.</summary>
    public void Add(string path, Func<CancellationToken, Task<byte[]>> content)
    {
        if (!files.TryAdd(Check(path), content))
        {
            throw new InvalidOperationException($"The site has two files at {path}.");
        }
    }

    /// <summary>Writes every file into <paramref name="directory"/> (created if missing) and returns their full paths.</summary>
    public async Task<IReadOnlyList<string>> WriteToAsync(string directory, CancellationToken cancellationToken)
    {
        var root = Path.GetFullPath(directory);
        Directory.CreateDirectory(root);
        var previous = ReadManifest(root);
        var written = new List<string>();
        foreach (var (relative, content) in files)
        {
            var path = Resolve(root, relative)!;
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
            try
            {
                await File.WriteAllBytesAsync(temporary, await content(cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
                File.Move(temporary, path, overwrite: true);
            }
            finally
            {
                File.Delete(temporary);
            }

            written.Add(path);
        }

        foreach (var stale in previous.Where(p => !files.ContainsKey(p)))
        {
            if (Resolve(root, stale) is { } path && File.Exists(path))
            {
                File.Delete(path);
                RemoveEmptyFolders(root, Path.GetDirectoryName(path)!);
            }
        }

        var manifest = Path.Combine(root, ManifestName);
        File.WriteAllText(manifest, string.Concat(files.Keys.Select(k => k + "\n")), Utf8NoBom);
        written.Add(manifest);
        return written;
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

    /// <summary>The full path of <paramref name="relative"/> inside <paramref name="root"/>, or null when it would lie outside.</summary>
    private static string? Resolve(string root, string relative)
    {
        var full = Path.GetFullPath(Path.Combine(root, relative));
        return full.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? full : null;
    }

    private static IReadOnlyList<string> ReadManifest(string root)
    {
        var manifest = Path.Combine(root, ManifestName);
        return File.Exists(manifest)
            ? File.ReadAllLines(manifest).Where(l => l.Length > 0 && !Path.IsPathRooted(l) && !l.Split('/').Contains("..")).ToList()
            : [];
    }

    private static void RemoveEmptyFolders(string root, string folder)
    {
        var rootFull = root.TrimEnd(Path.DirectorySeparatorChar);
        while (folder.Length > rootFull.Length && folder.StartsWith(rootFull + Path.DirectorySeparatorChar, StringComparison.Ordinal)
               && Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
        {
            Directory.Delete(folder);
            folder = Path.GetDirectoryName(folder)!;
        }
    }
}
