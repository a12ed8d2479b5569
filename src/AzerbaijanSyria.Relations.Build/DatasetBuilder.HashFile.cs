using System.Text.RegularExpressions;

namespace AzerbaijanSyria.Relations;

/// <summary>A build with its SHA-256 beside it, as <c>azsy build</c> writes them.</summary>
public static partial class DatasetBuilder
{
    /// <summary>The suffix of the hash file written beside a build: <c>PATH.sha256</c>.</summary>
    public const string HashFileSuffix = ".sha256";

    /// <summary>
    /// Builds the database at <paramref name="outputPath"/> (see <see cref="Build"/>) with its SHA-256 in
    /// <c>PATH.sha256</c>, as <c>sha256sum</c> writes it. The pair is never out of step, even if the build
    /// is killed: the old hash file is removed before the database is replaced (and put back if the build
    /// fails before that), and the new one is written whole after it. A foreign file at either path stops
    /// the build before anything is touched: only a file of this dataset, and a hash line a build wrote,
    /// are replaced.
    /// </summary>
    /// <param name="outputPath">Where to write the database.</param>
    /// <returns>What was built.</returns>
    /// <exception cref="DatasetFileException">A folder, or a file that is not this dataset, is at <paramref name="outputPath"/>; it is left unchanged.</exception>
    /// <exception cref="IOException">A folder, or a file that is not a hash line, is at <c>PATH.sha256</c>; nothing is changed.</exception>
    /// <exception cref="DatasetBuildException">A script failed; the old files are left as they were.</exception>
    public static BuildResult BuildWithHashFile(string outputPath)
    {
        ArgumentException.ThrowIfNullOrEmpty(outputPath);
        var target = Path.GetFullPath(outputPath);
        var hashFile = target + HashFileSuffix;
        const int MaxNameBytes = 255; // NAME_MAX of the common file systems
        if (System.Text.Encoding.UTF8.GetByteCount(Path.GetFileName(hashFile)) > MaxNameBytes)
        {
            throw new IOException(BuildMessages.HashFileNameTooLong(target, MaxNameBytes - HashFileSuffix.Length));
        }

        DatasetFile.CheckOutputPath(hashFile); // a regular file or nothing: never a link, a FIFO, a socket or a device
        // Refuse before anything is removed: a foreign file at either path stops the build untouched.
        DatasetFile.CheckReplaceable(target);
        string? oldHash = null;
        if (File.Exists(hashFile))
        {
            oldHash = File.ReadAllText(hashFile);
            if (!HashFileLine().IsMatch(oldHash))
            {
                throw new IOException(BuildMessages.HashFileNotOurs(hashFile));
            }

            File.Delete(hashFile);
        }

        BuildResult result;
        try
        {
            result = Build(target);
        }
        catch when (oldHash is not null && File.Exists(target) && oldHash.StartsWith(Sha256Hash.OfFile(target), StringComparison.Ordinal))
        {
            StagedFile.WriteAllText(hashFile, oldHash); // the database was not replaced: its hash still holds
            throw;
        }

        StagedFile.WriteAllText(hashFile, Sha256Hash.Line(result.Sha256, result.Path));
        return result;
    }

    [GeneratedRegex(@"\A[0-9a-f]{64}  [^\r\n]+\n?\z")]
    private static partial Regex HashFileLine();
}
