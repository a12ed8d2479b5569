using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations;

/// <summary>
/// Finds which statement of a failed migration script failed, so that a build error names its
/// line. DbUp reports only SQLite's message, not which statement of the script failed; after the failed
/// script was rolled back, the file is as it was before it, so the script's statements are run
/// again one by one inside a transaction that is always rolled back.
/// </summary>
internal sealed record FailingStatement(int Line, string Preview)
{
    private const int PreviewLength = 80;

    /// <summary>The first statement of <paramref name="script"/> that fails on the database at <paramref name="path"/>, or null when none does.</summary>
    public static FailingStatement? Locate(string path, string script) =>
        LocateWith(DatasetFormat.WritableConnectionString(path, create: false), script);

    /// <summary>The first statement of <paramref name="script"/> that fails on the database <paramref name="connectionString"/> opens, or null when none does.</summary>
    public static FailingStatement? LocateWith(string connectionString, string script)
    {
        try
        {
            using var connection = new SqliteConnection(connectionString);
            connection.Open();
            using var transaction = connection.BeginTransaction();
            foreach (var (offset, text) in Split(script))
            {
                try
                {
                    using var command = connection.CreateCommand();
                    command.Transaction = transaction;
                    command.CommandText = text;
                    command.ExecuteNonQuery();
                }
                catch (SqliteException)
                {
                    var body = WithoutLeadingComments(text);
                    var line = 1 + script.AsSpan(0, offset + (text.Length - body.Length)).Count('\n');
                    var oneLine = string.Join(' ', body.Split((char[])['\n', '\r', ' '], StringSplitOptions.RemoveEmptyEntries));
                    return new FailingStatement(line, Shorten(oneLine));
                }
            }

            transaction.Rollback();
        }
        catch (SqliteException)
        {
            // The file cannot be opened for the diagnosis: report SQLite's message alone.
        }

        return null;
    }

    /// <summary>
    /// The statement on one line, whole when it is short, else cut to <see cref="PreviewLength"/>
    /// characters; a long <c>INSERT</c> is shown by its table and its first value (the row's key, in every data script), so that the
    /// message names the row: <c>INSERT INTO events … VALUES ('an-event-id', …)</c>.
    /// </summary>
    private static string Shorten(string oneLine)
    {
        if (oneLine.Length <= PreviewLength)
        {
            return oneLine;
        }

        var insert = System.Text.RegularExpressions.Regex.Match(oneLine, @"^INSERT INTO (?<table>\S+) \([^)]*\) VALUES \((?<first>'(?:[^']|'')*'|[^,)]*)");
        if (insert.Success)
        {
            var first = insert.Groups["first"].Value;
            if (first.Length > PreviewLength)
            {
                first = string.Concat(first.AsSpan(0, PreviewLength - 1), "…");
            }

            return $"INSERT INTO {insert.Groups["table"].Value} … VALUES ({first}, …)";
        }

        return string.Concat(oneLine.AsSpan(0, PreviewLength - 1), "…");
    }

    /// <summary>The statement without the blank lines and <c>--</c> comments before it.</summary>
    private static string WithoutLeadingComments(string text)
    {
        var rest = text.TrimStart();
        while (rest.StartsWith("--", StringComparison.Ordinal))
        {
            var end = rest.IndexOf('\n', StringComparison.Ordinal);
            rest = end < 0 ? string.Empty : rest[(end + 1)..].TrimStart();
        }

        return rest;
    }

    /// <summary>The script's statements with their offsets (see <see cref="SqlStatements.Split"/>).</summary>
    internal static IEnumerable<(int Offset, string Text)> Split(string script) => SqlStatements.Split(script);
}
