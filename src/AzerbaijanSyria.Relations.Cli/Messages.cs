using System.Globalization;
using System.Text.RegularExpressions;

namespace AzerbaijanSyria.Relations.Cli;

/// <summary>
/// Every message the tool writes about a failure, in one place: each says what failed, the value, and
/// what to do instead. Tests compare what the tool prints with these. (Messages about a refused file
/// come from the library's <see cref="DatasetFileException"/>; the tool prints them after "azsy: ".)
/// </summary>
internal static partial class Messages
{
    public const string Prefix = "azsy: ";

    public const string SeeHelp = "Run 'azsy --help' for usage.";

    /// <summary>A problem the command-line parser found, as one line, with where to read the usage.</summary>
    public static string ParseProblem(string problem, string? command) =>
        $"{OneLine(problem)} Run 'azsy {(command is null ? string.Empty : command + " ")}--help' for usage.";

    public static string NoCommand(IEnumerable<string> commands) =>
        $"a command is needed: {string.Join(", ", commands)}. {SeeHelp}";

    public static string UnknownCommand(string token, IEnumerable<string> commands) =>
        $"'{token}' is not an azsy command; the commands are {string.Join(", ", commands)}. {SeeHelp}";

    public static string OneOf(string option, IReadOnlyList<string> values, string value) =>
        $"{option} takes {Alternatives(values)}, not '{value}'.";

    public const string EmptySql = "query needs an SQL statement, e.g. azsy query \"SELECT * FROM timeline LIMIT 5\".";

    public const string LimitNotPositive = "--limit must be a positive number.";

    public static string Usage(string problem) => Prefix + problem;

    public static string OneStatement(int count) => count == 2
        ? "query runs one SQL statement, and this text has more than one. Run each statement with its own 'azsy query'."
        : $"query runs one SQL statement, and this text has {count}. Run each statement with its own 'azsy query'.";

    public static string Refused(string? what) =>
        $"refused: the database is opened read-only, and this statement would {what ?? "write to it"}. Nothing was changed and no file was created.";

    /// <summary>
    /// SQLite's own message for a failure, once: Microsoft.Data.Sqlite's exception text
    /// ("SQLite Error 1: 'no such table: x'.") is taken apart so the code and the words are not repeated.
    /// </summary>
    public static string SqliteError(int code, string exceptionMessage)
    {
        var inner = SqliteExceptionText().Match(exceptionMessage) is { Success: true } m ? m.Groups["text"].Value : exceptionMessage;
        return string.Create(CultureInfo.InvariantCulture, $"SQLite: {OneLine(inner).TrimEnd('.')} (SQLite error {code}).");
    }

    public static string OptionNeedsPath(string option) => $"{option} needs a path, not an empty value.";

    public static string DateFormat(string option, string text) =>
        $"{option} takes a date as YYYY, YYYY-MM or YYYY-MM-DD (years 0001 to 9999), not '{text}'.";

    public static string CameoRoot(string root) => $"--cameo takes a two-digit CAMEO root code such as 04, not '{root}'. 'azsy list cameo' lists them.";

    public static string UnknownCameoRoot(string root, IEnumerable<string> roots) =>
        $"--cameo '{root}' is not a CAMEO root code of this dataset; the codes are {string.Join(", ", roots)} ('azsy list cameo' names them).";

    public static string UnknownTopic(string topic, IEnumerable<string> topics) =>
        $"--topic '{topic}' is not a topic of this dataset; the topics are {string.Join(", ", topics)} ('azsy list topics' describes them).";

    public static string ReversedRange(string from, string to, DateOnly first, DateOnly last) =>
        string.Create(CultureInfo.InvariantCulture, $"--from {from} ({first:yyyy-MM-dd}) is after --to {to} ({last:yyyy-MM-dd}): give the earlier date as --from.");

    public static string MaxWidthTooSmall(int width) =>
        string.Create(CultureInfo.InvariantCulture, $"--max-width takes a number of characters from {Output.Formats.MinCellWidth} up, not {width}.");

    public static string MaxWidthNeedsTable(string format) => $"--max-width cuts cells of the table format only, and --format is {format}: leave --max-width out.";

    /// <summary>The line under a table whose cells <c>--max-width</c> cut.</summary>
    public static string CellsCut(long cut, int width) => string.Create(CultureInfo.InvariantCulture,
        $"({cut} value{(cut == 1 ? " was" : "s were")} cut to {width} characters, ending in …; leave out --max-width to see them whole)");

    public static string LowercaseOperator(string word) =>
        $"('{word}' was searched as a word that must match: OR, AND and NOT are operators only in capitals, as in gas OR aid)";

    public static string BadSearch(string problem) => LibraryMessages.BadSearch(problem);

    public static string TooManySearchWords(int count) => LibraryMessages.TooManySearchWords(count);

    public static string SynthEventCount(string text, int max) =>
        string.Create(CultureInfo.InvariantCulture, $"--events takes a number of synthetic events from 1 to {max}, not '{text}'.");

    public static string SynthSeed(string text) => $"--seed takes a whole number (the same seed gives the same file), not '{text}'.";

    public static string SynthWrote(string path, int events, long seed, string sha256) =>
        string.Create(CultureInfo.InvariantCulture, $"Wrote {path}: synthetic, {events} events from seed {seed}, SHA-256 {sha256}");

    public static string NoEvent(string id) => $"no event with id '{id}'. 'azsy timeline' lists them.";

    public static string NoEventHistory(string id) => $"no script added, changed or removed an event with id '{id}'. 'azsy timeline' lists the events.";

    /// <summary>In <c>azsy show --history</c>: a change made outside a build, which names no script.</summary>
    public const string NoScript = "(outside a build)";

    /// <summary>In <c>azsy show --history</c>: the release column of a change the change log does not hold (made before it existed, or to a row the same release added).</summary>
    public const string BeforeTheLog = "not logged";

    public static string OutputIsFolder(string path) => $"'{path}' is a folder: give the path of the file to write.";

    public static string NoSuchFolder(string path) => $"the folder of '{path}' does not exist: create it first, or write the file elsewhere.";

    public static string ExportIntoRoot(string path) =>
        $"refusing to export into '{path}', the root of a file system: give a folder of its own, e.g. '{Path.Combine(path, "export")}'.";

    public static string ExportTargetIsFile(string path) => $"'{path}' is a file: --output takes a folder (created if missing).";

    public static string ExportBlocked(string path) =>
        $"'{path}' is a folder where the export writes a file of that name: nothing was written. Move it away, or export to another folder.";

    public static string HashFileNotOurs(string path) =>
        $"'{path}' exists and is not a SHA-256 line written by azsy build, so the build refuses to replace it. Remove it yourself, or build to another path.";

    public static string ArgumentNeedsPath(string argument) => $"{argument} needs the path of a database file, not an empty value.";

    public static string DiffKeyDiffers(string table, IReadOnlyList<string> key) =>
        $"cannot compare the table {table}: one file lacks its key column(s) {string.Join(", ", key)}, so its rows cannot be matched by key.";

    public static string ReleaseTargetNotEmpty(string path) =>
        $"'{path}' is a folder that is not empty: a release is written into a new or empty folder, so that it holds nothing else. Give another folder, or empty this one.";

    public static string ReleaseNeedsDate(string path, string key, string? value) => value is null
        ? $"'{path}' records no release date (dataset_metadata.{key}): a release takes its date from the database, never the clock. Set it, with the version, in the release's migration, e.g. INSERT INTO dataset_metadata (key, value) VALUES ('{key}', '2026-12-31')."
        : $"'{path}' records the release date '{value}' (dataset_metadata.{key}), which is not a day as YYYY-MM-DD: correct it in the release's migration.";

    public static string ReleaseVersionNotARelease(string path, string version) =>
        $"'{path}' has the version '{version}' (dataset_metadata.version), which is not MAJOR.MINOR.PATCH: a release needs one.";

    public static string ReleaseVersionBehindLog(string path, string version, string logged) =>
        $"'{path}' says it is version {version} (dataset_metadata.version), but its change log records changes of release {logged}: set the version to {logged} in the release's migration (and <Version> in Directory.Build.props) before releasing.";

    public static string ReleaseNotNewer(string path, string version, string previousPath, string previousVersion) =>
        $"'{path}' is version {version}, not newer than the previous release '{previousPath}' ({previousVersion}): bump the version, or give the release before it with --previous.";

    public static string NoPreviousRelease(string path) =>
        $"no previous release at '{path}', the default --previous (the shipped 2.0.0 file, a path relative to the repository's root): run from the repository's root, or give the previous release's database with --previous FILE.";

    public static string ReleaseOfWalFile(string path) =>
        $"'{path}' is in write-ahead-log mode: its newest rows may be in '{path}-wal', which a release's copy of the file would miss. Release the file azsy build writes, or convert this one first: sqlite3 '{path}' 'PRAGMA journal_mode = DELETE'.";

    public static string ReleaseWritten(string version, int count, string directory) =>
        string.Create(CultureInfo.InvariantCulture, $"Wrote release {version} to {directory}: {count} files, each listed with its SHA-256 in SHA256SUMS");

    public static string Unexpected(Exception ex) =>
        $"unexpected error ({ex.GetType().Name}): {OneLine(ex.Message).TrimEnd('.')}. This is a bug in azsy: please report it with the command you ran.";

    public static string Wrote(int count, string directory) => $"Wrote {count} files to {directory}";

    public static string ValidationProblems(int count, string path) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} problem{(count == 1 ? string.Empty : "s")} in {path}");

    /// <summary>"a, b or c".</summary>
    public static string Alternatives(IReadOnlyList<string> values) => values.Count switch
    {
        0 => "nothing",
        1 => values[0],
        _ => string.Join(", ", values.Take(values.Count - 1)) + " or " + values[^1],
    };

    /// <summary>Text on one line: every run of white space (new lines and tabs included) becomes one space.</summary>
    public static string OneLine(string text) => WhiteSpace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"^SQLite Error (?<code>-?\d+): '(?<text>.*)'\.?$", RegexOptions.Singleline)]
    private static partial Regex SqliteExceptionText();

    public static string ValidationPassed(string path, IReadOnlyList<string> checks) =>
        $"OK: {path} passed all {checks.Count} checks ({string.Join(", ", checks)}).";
}
