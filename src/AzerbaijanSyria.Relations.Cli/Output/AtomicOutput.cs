namespace AzerbaijanSyria.Relations.Cli.Output;

/// <summary>
/// Writes the tool's output files whole or not at all: into a hidden file beside the target, then
/// renamed over it (see <see cref="StagedFile"/>). A folder at the target is refused, not replaced.
/// </summary>
internal static class AtomicOutput
{
    public static void WriteAllText(string path, string text) => StagedFile.WriteAllText(CheckWritable(path), text);

    /// <summary>The full path of <paramref name="path"/>, after checking that a file can be written there: it is not a folder, and its folder exists.</summary>
    public static string CheckWritable(string path)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new IOException(Messages.OutputIsFolder(full));
        }

        if (!Directory.Exists(Path.GetDirectoryName(full)))
        {
            throw new IOException(Messages.NoSuchFolder(full));
        }

        return full;
    }
}
