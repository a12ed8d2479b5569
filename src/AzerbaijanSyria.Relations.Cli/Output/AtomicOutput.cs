namespace AzerbaijanSyria.Relations.Cli.Output;

/// <summary>
/// Writes the tool's output files whole or not at all: into a hidden file beside the target, then
/// renamed over it (see <see cref="StagedFile"/>). A folder at the target is refused, not replaced.
/// </summary>
internal static class AtomicOutput
{
    public static void WriteAllText(string path, string text)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new IOException(Messages.OutputIsFolder(full));
        }

        StagedFile.WriteAllText(full, text);
    }
}
