using System.Globalization;

namespace AzerbaijanSyria.Relations.Export;

/// <summary>
/// Every message the export package gives about a failure, in one place: each says what failed, the
/// value, and what to do instead. Tests compare with these; the tool prints them after "azsy: ".
/// </summary>
internal static class ExportMessages
{
    public static string UnknownList(string name, IReadOnlyList<string> names) =>
        $"'{name}' is not a list of this dataset; the lists are {string.Join(", ", names)}.";

    public static string UnknownFormat(string name, IReadOnlyList<string> names) =>
        $"'{name}' is not an export format; the formats are {string.Join(", ", names)}.";

    public static string OutputIsFolder(string path) => $"'{path}' is a folder: give the path of the file to write.";

    public static string NoSuchFolder(string path) => $"the folder of '{path}' does not exist: create it first, or write the file elsewhere.";

    public static string ExportIntoRoot(string path) =>
        $"refusing to export into '{path}', the root of a file system: give a folder of its own, e.g. '{Path.Combine(path, "export")}'.";

    public static string ExportTargetIsFile(string path) => $"'{path}' is a file: --output takes a folder (created if missing).";

    public static string ExportBlocked(string path) =>
        $"'{path}' is a folder where the export writes a file of that name: nothing was written. Move it away, or export to another folder.";

    public static string SiteFolderBlocked(string path) =>
        $"'{path}' is a file where the site writes a folder of that name: nothing was written. Move it away, or export to another folder.";

    public static string NeutraliseFormulasNeedsCsv(string format) =>
        $"neutralising formulas (--csv-safe) applies to the csv format only, and the format is {format}: leave it out, or export csv.";

    public static string DiffKeyDiffers(string table, IReadOnlyList<string> key) =>
        $"cannot compare the table {table}: one file lacks its key column(s) {string.Join(", ", key)}, so its rows cannot be matched by key.";

    public static string ReleaseProgramsMissing(string path) =>
        $"'{path}', the folder of programs to ship, does not exist: build them first (scripts/build-programs.sh DIR), or leave --programs out.";

    public static string ReleaseProgramsEmpty(string path) =>
        $"'{path}', the folder of programs to ship, is empty: build them first (scripts/build-programs.sh DIR), or leave --programs out.";

    public static string ReleaseProgramNotAFile(string path) =>
        $"'{path}' is not a regular file: the programs folder of a release holds only the files to ship (a package, an executable), no folders or links.";

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

    public static string ReleaseOfWalFile(string path) =>
        $"'{path}' is in write-ahead-log mode: its newest rows may be in '{path}-wal', which a release's copy of the file would miss. Release the file azsy build writes, or convert this one first: sqlite3 '{path}' 'PRAGMA journal_mode = DELETE'.";

    /// <summary>The line under a table whose cells <c>--max-width</c> cut.</summary>
    public static string CellsCut(long cut, int width) => string.Create(CultureInfo.InvariantCulture,
        $"({cut} value{(cut == 1 ? " was" : "s were")} cut to {width} characters, ending in …; leave out --max-width to see them whole)");
}
