using System.Globalization;

namespace AzerbaijanSyria.Relations.Cli;

/// <summary>
/// Every message the tool writes about a failure, in one place: each says what failed, the value, and
/// what to do instead. Tests compare what the tool prints with these. (Messages about a refused file
/// come from the library's <see cref="DatasetFileException"/>; the tool prints them after "azsy: ".)
/// </summary>
internal static class Messages
{
    public const string Prefix = "azsy: ";

    public const string SeeHelp = "Run 'azsy --help' for usage.";

    public const string EmptySql = "query needs an SQL statement, e.g. azsy query \"SELECT * FROM timeline LIMIT 5\".";

    public const string LimitNotPositive = "--limit must be a positive number.";

    public static string Usage(string problem) => Prefix + problem;

    public static string OneStatement(int count) => count == 2
        ? "query runs one SQL statement, and this text has more than one. Run each statement with its own 'azsy query'."
        : $"query runs one SQL statement, and this text has {count}. Run each statement with its own 'azsy query'.";

    public static string Refused(string? what) =>
        $"refused: the database is opened read-only, and this statement would {what ?? "write to it"}. Nothing was changed and no file was created.";

    public static string SqliteError(string message) => $"SQLite error: {message}";

    public static string OptionNeedsPath(string option) => $"{option} needs a path, not an empty value.";

    public static string DateFormat(string option, string text) =>
        $"{option} takes a date as YYYY, YYYY-MM or YYYY-MM-DD (years 0001 to 9999), not '{text}'.";

    public static string CameoRoot(string root) => $"--cameo takes a two-digit CAMEO root code such as 04, not '{root}'.";

    public static string TooManySearchWords(int count) => LibraryMessages.TooManySearchWords(count);

    public static string SynthEventCount(string text, int max) =>
        string.Create(CultureInfo.InvariantCulture, $"--events takes a number of synthetic events from 1 to {max}, not '{text}'.");

    public static string SynthSeed(string text) => $"--seed takes a whole number (the same seed gives the same file), not '{text}'.";

    public static string SynthWrote(string path, int events, long seed, string sha256) =>
        string.Create(CultureInfo.InvariantCulture, $"Wrote {path}: synthetic, {events} events from seed {seed}, SHA-256 {sha256}");

    public static string NoEvent(string id) => $"no event with id '{id}'. 'azsy timeline' lists them.";

    public static string OutputIsFolder(string path) => $"'{path}' is a folder: give the path of the file to write.";

    public static string NoSuchFolder(string path) => $"the folder of '{path}' does not exist: create it first, or write the file elsewhere.";

    public static string ExportIntoRoot(string path) =>
        $"refusing to export into '{path}', the root of a file system: give a folder of its own, e.g. '{Path.Combine(path, "export")}'.";

    public static string ExportTargetIsFile(string path) => $"'{path}' is a file: --output takes a folder (created if missing).";

    public static string ExportBlocked(string path) =>
        $"'{path}' is a folder where the export writes a file of that name: nothing was written. Move it away, or export to another folder.";

    public static string HashFileNotOurs(string path) =>
        $"'{path}' exists and is not a SHA-256 line written by azsy build, so the build refuses to replace it. Remove it yourself, or build to another path.";

    public static string Unexpected(Exception ex) =>
        $"unexpected error ({ex.GetType().Name}): {ex.Message} This is a bug in azsy: please report it with the command you ran.";

    public static string Wrote(int count, string directory) => $"Wrote {count} files to {directory}";

    public static string ValidationProblems(int count, string path) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} problem{(count == 1 ? string.Empty : "s")} in {path}");

    public static string ValidationPassed(string path, IReadOnlyList<string> checks) =>
        $"OK: {path} passed all {checks.Count} checks ({string.Join(", ", checks)}).";
}
