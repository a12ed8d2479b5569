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

    public static string TimeLimit(int seconds) => string.Create(CultureInfo.InvariantCulture,
        $"the statement ran longer than its time limit of {seconds} s and was stopped (any rows written are only part of its result). Allow more time with --time-limit SECONDS (0 for no limit).");

    public static string ValueTooLong(long bytes) => string.Create(CultureInfo.InvariantCulture,
        $"a value the statement makes is longer than {bytes:N0} bytes, the limit for one value, and it was stopped. Allow longer values with --max-value-bytes N (up to {int.MaxValue:N0}).");

    public static string MemoryLimit(long mib) => string.Create(CultureInfo.InvariantCulture,
        $"the statement needed more than {mib:N0} MiB of memory and was stopped. Allow more with --max-memory-mb MIB, or ask for less (fewer rows, a LIMIT, no large sort).");

    public static string TimeLimitNegative(int seconds) => string.Create(CultureInfo.InvariantCulture,
        $"--time-limit takes a number of seconds, 0 for no limit, not {seconds}.");

    public static string MaxValueBytesRange(long bytes, long max) => string.Create(CultureInfo.InvariantCulture,
        $"--max-value-bytes takes a number of bytes from 1 to {max}, not {bytes}.");

    public static string MaxMemoryRange(long mib, long max) => string.Create(CultureInfo.InvariantCulture,
        $"--max-memory-mb takes a number of MiB from 1 to {max}, not {mib}.");

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

    public static string EmptyValue(string option) => $"{option} needs a value, not an empty one: leave the option out, or give it a value ('azsy --help' describes each).";

    public static string EmptyArgument(string argument, string command) =>
        $"{argument} needs a value, not an empty one. Run 'azsy {command} --help' for usage.";

    public static string NumberTooLarge(string option, string text, long max) =>
        string.Create(CultureInfo.InvariantCulture, $"{option} takes a whole number up to {max}, and '{text}' is larger than that.");

    public static string NumberTooSmall(string option, string text, long min) =>
        string.Create(CultureInfo.InvariantCulture, $"{option} takes a whole number down to {min}, and '{text}' is smaller than that.");

    public static string NotANumber(string option, string text) => $"{option} takes a whole number, not '{text}'.";

    public static string OutputFailed(string reason) =>
        $"could not write to standard output ({OneLine(reason).TrimEnd('.')}), so the output is incomplete: check the file or the device it goes to (a full disk, say).";

    public static string CsvSafeNeedsCsv(string format) =>
        $"--csv-safe neutralises formulas in CSV files for spreadsheets, and --format is {format}: leave --csv-safe out, or export with --format csv.";

    public static string OptionNeedsPath(string option) => $"{option} needs a path, not an empty value.";

    public static string DateFormat(string option, string text) =>
        $"{option} takes a date as YYYY, YYYY-MM or YYYY-MM-DD (years 0001 to 9999), not '{text}'.";

    public static string DayFormat(string option, string text) =>
        $"{option} takes one day as YYYY-MM-DD (years 0001 to 9999), not '{text}'.";

    public static string CountryCode(string code) =>
        $"--country takes a three-letter ISO country code in capitals such as SYR, not '{code}'. 'azsy list countries' lists them.";

    public static string UnknownCountry(string code) =>
        $"--country '{code}' is not a country of this dataset. 'azsy list countries' lists them.";

    public static string CameoRoot(string root) => $"--cameo takes a two-digit CAMEO root code such as 04, not '{root}'. 'azsy list cameo' lists them.";

    public static string UnknownCameoRoot(string root, IEnumerable<string> roots) =>
        $"--cameo '{root}' is not a CAMEO root code of this dataset; the codes are {string.Join(", ", roots)} ('azsy list cameo' names them).";

    public static string UnknownTopic(string topic, IEnumerable<string> topics) =>
        $"--topic '{topic}' is not a topic of this dataset; the topics are {string.Join(", ", topics)} ('azsy list topics' describes them).";

    public static string ReversedRange(string from, string to, DateOnly first, DateOnly last) =>
        string.Create(CultureInfo.InvariantCulture, $"--from {from} ({first:yyyy-MM-dd}) is after --to {to} ({last:yyyy-MM-dd}): give the earlier date as --from.");

    public static string StatsEvents(int events, int certain, string reading) =>
        string.Create(CultureInfo.InvariantCulture, $"{events} events. A year counts the events azsy timeline --from YEAR --to YEAR --dates {reading} lists: {certain} of them are certainly in their year; \"possibly\" counts those whose dates span a new year or are known only on one side (an event known only as on or before a day falls in that day's year or the year before, never before 1992).");

    public static string MaxWidthTooSmall(int width) =>
        string.Create(CultureInfo.InvariantCulture, $"--max-width takes a number of characters from {Export.ResultWriter.MinCellWidth} up, not {width}.");

    public static string MaxWidthNeedsTable(string format) => $"--max-width cuts cells of the table format only, and --format is {format}: leave --max-width out.";

    public static string LowercaseOperator(string word) =>
        $"('{word}' was searched as a word that must match: OR, AND and NOT are operators only in capitals, as in gas OR aid)";

    public static string SynthEventCount(string text, int max) =>
        string.Create(CultureInfo.InvariantCulture, $"--events takes a number of synthetic events from 1 to {max}, not '{text}'.");

    public static string SynthSeed(string text) => $"--seed takes a whole number (the same seed gives the same file), not '{text}'.";

    public static string SynthWrote(string path, int events, long seed, string sha256) =>
        string.Create(CultureInfo.InvariantCulture, $"Wrote {path}: synthetic, {events} events from seed {seed}, SHA-256 {sha256}");

    public static string NoEventHistory(string id) => $"no script added, changed or removed an event with id '{id}'. 'azsy timeline' lists the events.";

    public static string NoEntity(string id) =>
        $"no event, person, organization, place, agreement, source or disagreement has the id '{id}'. 'azsy timeline' and 'azsy search' find events, 'azsy agreements' the agreements, 'azsy list people|organizations|places|sources|discrepancies' the others.";

    public static string NoEntityOfKind(string kind, string id) =>
        $"no {kind} has the id '{id}'. Leave out --kind to look in every kind.";

    public static string AmbiguousId(string id, IReadOnlyList<string> kinds) =>
        $"'{id}' is the id of more than one kind of entity ({Alternatives(kinds)}): add --kind with one of them.";

    public static string NoHistory(string kind, string id) => $"no script added, changed or removed a {kind} with id '{id}'.";

    public static string UnknownParty(string party) =>
        $"--party '{party}' is neither a country code nor an organization id of this dataset. 'azsy list countries' lists the countries; 'azsy show ID' shows an organization.";

    /// <summary>Under <c>azsy agreements --status S</c> when no agreement has that status: what the file does record, so that "none" is not read as "unknown".</summary>
    public static string NoAgreementWithStatus(string status, IEnumerable<(string Status, int Count)> statuses, IEnumerable<(string Action, int Count)> steps)
    {
        var recorded = string.Join(", ", statuses.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Status} ({s.Count})")));
        var actions = steps.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Action} ({s.Count})")).ToList();
        return $"No agreement in this file has the status {status}. The statuses it records: {(recorded.Length == 0 ? "none" : recorded)}. "
            + (actions.Count == 0 ? "It records no step after signing (approval, ratification, entry into force). " : $"The steps after signing it records: {string.Join(", ", actions)}. ")
            + "'azsy show AGREEMENT_ID' lists an agreement's steps in date order, with their notes.";
    }

    /// <summary>In <c>azsy show --history</c>: a change made outside a build, which names no script.</summary>
    public const string NoScript = "(outside a build)";

    /// <summary>In <c>azsy show --history</c>: the release column of a change the change log does not hold (made before it existed, or to a row the same release added).</summary>
    public const string BeforeTheLog = "not logged";

    public static string ExportIntoRoot(string path) =>
        $"refusing to export into '{path}', the root of a file system: give a folder of its own, e.g. '{Path.Combine(path, "export")}'.";

    public const string Cancelled = "cancelled: the command was stopped (Ctrl-C) before it finished; no output file was changed.";

    public static string ArgumentNeedsPath(string argument) => $"{argument} needs the path of a database file, not an empty value.";

    public static string NoPreviousRelease(string path) =>
        $"no previous release at '{path}', the default --previous (the shipped 2.0.0 file, a path relative to the repository's root): run from the repository's root, or give the previous release's database with --previous FILE.";

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
