namespace AzerbaijanSyria.Relations;

/// <summary>
/// Every sentence the library puts into a <see cref="DatasetFileException"/> or an argument error, and
/// what a statement refused on a read-only connection would have done, in one place: each says what was
/// refused, the value, and what to do instead. Tests compare with these; the tool prints them.
/// </summary>
internal static class LibraryMessages
{
    public static string UnknownDateRangeMatch(DateRangeMatch match) =>
        $"DateRangeMatch {(int)match} is not a reading of a date range: pass DateRangeMatch.Plausible (the default), Possible or Certain.";

    public static string Missing(string path) => $"No database file at '{path}'.";

    /// <summary>The database that ships with the package is not beside the application (an executable published as a single file and copied alone, say).</summary>
    public static string BundledMissing(string path) =>
        $"The database that ships with AzerbaijanSyria.Relations is not beside the application: no file at '{path}'. Keep {RelationsDataset.DatabaseFileName} from the build or publish folder next to the executable; for an app published as a single file that must travel alone, set <IncludeAllContentForSelfExtract>true</IncludeAllContentForSelfExtract> in its project so the file is bundled and extracted when the app starts; or open a copy elsewhere with RelationsDataset.OpenAsync(path).";

    public static string Folder(string path) => $"'{path}' is a folder, not a database file: give the path of the .db file.";

    public static string NotAFile(string path) => $"'{path}' is not a regular file (a device, a pipe or a socket), so it cannot be a database file.";

    public static string NotAFile(string path, string kind) => $"'{path}' is {kind}, not a regular file, so it cannot be a database file: give the path of the .db file.";

    public static string OutputIsFolder(string path) => $"'{path}' is a folder: give the path of the file to write.";

    public static string OutputNotAFile(string path, string kind) =>
        $"'{path}' is {kind}: azsy writes its outputs only as regular files, and replaces nothing else. Give the path of a file.";

    public static string OutputIsLink(string path, string target) =>
        $"'{path}' is a symbolic link (to '{target}'): azsy never writes through a link or replaces one, since the link or its target would be left stale. Give the path of the file itself, e.g. '{target}'.";

    public static string Empty(string path) => $"'{path}' is empty (0 bytes), not an SQLite database.";

    public static string NotSqlite(string path) => $"'{path}' is not an SQLite database.";

    public static string Truncated(string path, long promised, long actual) =>
        $"'{path}' is truncated: its header promises {promised} bytes but the file has {actual}.";

    public static string NotThisDataset(string path, int applicationId) =>
        $"'{path}' is an SQLite database but not the Azerbaijan–Syria relations dataset (application_id {applicationId}, expected {DatasetFormat.ApplicationId}).";

    public static string NewerSchema(string path, int userVersion) =>
        $"'{path}' has schema version {userVersion}, newer than this library's {DatasetFormat.SchemaVersion}: update the AzerbaijanSyria.Relations package.";

    public static string OlderRelease(string path, string release, int schemaVersion) =>
        $"'{path}' is a file of release {release} of the dataset (schema version {schemaVersion}), older than the schema version {DatasetFormat.SchemaVersion} this library reads, and lacks what this query reads. Read it with the package or tool of its release (AzerbaijanSyria.Relations {release}), or use a current file: the one that ships with the package, or one built with 'azsy build'.";

    public static string InterruptedWrite(string path) =>
        $"'{path}' holds an unfinished write: its rollback journal '{path}-journal' is beside it, and SQLite must roll that back before anyone can read the file, which a read-only open cannot do. Open the file once with a client that may write to it (for example: sqlite3 '{path}' 'PRAGMA integrity_check'), or read a copy made before the interrupted write.";

    public static string Unreadable(string path, string sqliteMessage) =>
        $"'{path}' could not be read as the dataset: {sqliteMessage}";

    public static string RefuseToReplace(string path, string what) =>
        $"'{path}' exists and is {what}: a build replaces only a file of this dataset, so it refuses to overwrite it. Remove the file yourself, or build to another path.";

    public static string ReplaceFolder(string path) =>
        $"'{path}' is a folder: a build writes a database file, so give a file path such as '{Path.Combine(path, RelationsDataset.DatabaseFileName)}'.";

    public static string TooManySearchWords(int count) =>
        $"The search text has {count} words (a repeated word counts each time); a search takes at most {RelationsDataset.MaxSearchWords} (every word must match, so more words only narrow it). Leave some out.";

    public static string NegativeOption(string option, long value) =>
        $"RelationsDatasetOptions.{option} is {value}: it takes a size of 0 or more (or null for SQLite's default).";

    public static string TooFewConnections(int value) =>
        $"RelationsDatasetOptions.MaxConnections is {value}: the dataset's queries need at least 1 connection (or null for twice the number of processors).";

    public static string NotARelease(string? text) =>
        $"'{text}' is not a release of the dataset: give one as MAJOR.MINOR.PATCH, e.g. 1.0.0.";

    public static string ReleaseBeforeFirst(string release) =>
        $"Release {release} is before the dataset's first release, {ReleaseVersion.First}: there were no facts then. Ask about {ReleaseVersion.First} or later.";

    public static string ReleaseAfterFile(string release, string fileRelease, string path) =>
        $"Release {release} is newer than '{path}', whose newest release is {fileRelease}: this file cannot know it. Open a file of release {release} or later.";

    public static string NoFactTable(string table) =>
        $"'{table}' is not a table of the dataset with a primary key: give a fact table such as events, statements or citations.";

    /// <summary>A search text that is not a query FTS5 can read, with what search takes.</summary>
    public static string BadSearch(string problem) =>
        $"The search text {problem}. Search takes words (every one must match), \"exact phrases\", prefixes such as energ*, and OR, AND, NOT between terms, with parentheses to group; OR, AND and NOT are operators only in capitals.";

    // What a statement refused by ReadOnlyGuard would have done ("this statement would ...").
    public static string WouldCall(string? function) => $"call {function}(), which reaches outside the database";

    public static string WouldRunPragma(string? pragma) => $"run PRAGMA {pragma}";

    public static string WouldSetPragma(string? pragma, string? value) => $"set PRAGMA {pragma} = {value}";

    public const string WouldVacuum = "VACUUM the file (rewrite it)";

    public static string WouldAttach(string? file) => $"attach or create the file '{file}' (ATTACH, or VACUUM INTO)";

    public static string WouldDetach(string? database) => $"detach the database {database}";

    public static string WouldInsert(string? table) => $"insert into {table}";

    public static string WouldUpdate(string? table) => $"update {table}";

    public static string WouldDelete(string? table) => $"delete from {table}";

    public static string WouldCreate(string? name) => $"create {name}";

    public static string WouldCreateTemporary(string? name) => $"create the temporary {name}";

    public static string WouldDrop(string? name) => $"drop {name}";

    public static string WouldAlter(string? table) => $"alter the table {table}";

    public const string WouldReindex = "rebuild an index (REINDEX)";

    public const string WouldAnalyze = "write statistics (ANALYZE)";

    public static string WouldDoOther(int action) => $"do something other than read (SQLite authorizer action {action})";

    public static string PeriodBackwards(DateOnly from, DateOnly to) =>
        $"The period starts on {from:yyyy-MM-dd}, after its last day {to:yyyy-MM-dd}: give the earlier day first.";

    public static string UnknownSide(string side, IReadOnlyList<string> sides) =>
        $"'{side}' is not a side: give {string.Join(" or ", sides)} (or null for both).";
}
