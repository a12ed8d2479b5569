namespace AzerbaijanSyria.Relations.Export;

/// <summary>
/// Writes output files whole or not at all: into a hidden file beside the target, then renamed over
/// it (see <see cref="StagedFile"/>). Only a regular file at the target is replaced: a folder, a symbolic
/// link, a FIFO, a socket or a device is refused (see <see cref="DatasetFile.CheckOutputPath"/>).
/// </summary>
public static class OutputFile
{
    /// <summary>Writes <paramref name="text"/> (UTF-8, no byte-order mark) to <paramref name="path"/>, whole or not at all.</summary>
    /// <param name="path">The file to write; its folder must exist.</param>
    /// <param name="text">The content.</param>
    /// <exception cref="IOException"><paramref name="path"/> is a folder, a symbolic link, a FIFO, a socket or a device, or its folder does not exist.</exception>
    public static void WriteAllText(string path, string text) => StagedFile.WriteAllText(CheckWritable(path), text);

    /// <summary>The full path of <paramref name="path"/>, after checking that a file can be written there: nothing or a regular file is there, and its folder exists.</summary>
    /// <param name="path">The file to write.</param>
    /// <returns>Its full path.</returns>
    /// <exception cref="IOException"><paramref name="path"/> is a folder, a symbolic link, a FIFO, a socket or a device, or its folder does not exist.</exception>
    public static string CheckWritable(string path)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new IOException(ExportMessages.OutputIsFolder(full));
        }

        if (!Directory.Exists(Path.GetDirectoryName(full)))
        {
            throw new IOException(ExportMessages.NoSuchFolder(full));
        }

        DatasetFile.CheckOutputPath(full); // only a regular file is replaced: never a link, a FIFO, a socket or a device
        return full;
    }
}
