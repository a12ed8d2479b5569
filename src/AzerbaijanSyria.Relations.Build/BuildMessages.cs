namespace AzerbaijanSyria.Relations;

/// <summary>
/// The builder package's own messages, in one place: each says what failed, the value, and what to
/// do instead. (Messages about a file the reader refuses come from the reader library.)
/// </summary>
internal static class BuildMessages
{
    public static string SynthRefusesToReplace(string path, string what) =>
        $"'{path}' exists and is {what}: azsy synth replaces only a synthetic database it wrote itself, so it refuses to overwrite it. Remove the file yourself, or write the synthetic database to another path.";

    public const string SynthRealDataset = "this dataset's real data (it has no 'synthetic' mark in dataset_metadata)";

    public const string SynthUnreadable = "a file of this dataset that could not be read to see whether it is synthetic";

    public static string OutputBeingWritten(string path, int seconds) =>
        $"'{path}' is being written by another process (it holds SQLite's write lock, still after {seconds} s): the build would replace the file under it and lose its change, so it replaced nothing. Let that process finish, then build again, or build to another path.";

    public static string HashFileNameTooLong(string path, int maxBytes) =>
        $"the name of '{path}' is too long for a build: its hash file '{Path.GetFileName(path)}.sha256' would pass the file system's limit of 255 bytes. Give a name of at most {maxBytes} bytes.";

    public static string OutputIsFolder(string path) => $"'{path}' is a folder: give the path of the file to write.";

    public static string HashFileNotOurs(string path) =>
        $"'{path}' exists and is not a SHA-256 line written by azsy build, so the build refuses to replace it. Remove it yourself, or build to another path.";
}
