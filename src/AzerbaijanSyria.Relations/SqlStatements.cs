using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace AzerbaijanSyria.Relations;

/// <summary>How SQL text divides into statements, read as SQLite reads it (strings, comments and trigger bodies kept whole).</summary>
public static class SqlStatements
{
    /// <summary>
    /// The text's statements with their offsets: a statement ends at the first semicolon after
    /// which SQLite calls the text complete. Text after the last such semicolon is not returned.
    /// </summary>
    public static IEnumerable<(int Offset, string Text)> Split(string script)
    {
        var start = 0;
        for (var i = script.IndexOf(';', StringComparison.Ordinal); i >= 0; i = script.IndexOf(';', i + 1))
        {
            var candidate = script[start..(i + 1)];
            if (raw.sqlite3_complete(utf8z.FromString(candidate)) != 0)
            {
                yield return (start, candidate);
                start = i + 1;
            }
        }
    }

    /// <summary>
    /// How many statements <paramref name="sql"/> holds, not counting pieces that are only comments or
    /// white space (a trailing semicolon, a closing comment). Each piece is prepared on
    /// <paramref name="connection"/> to tell; nothing is run, and a piece that fails to prepare counts.
    /// </summary>
    public static int Count(SqliteConnection connection, string sql)
    {
        var pieces = Split(sql).ToList();
        var end = pieces.Count == 0 ? 0 : pieces[^1].Offset + pieces[^1].Text.Length;
        return pieces.Select(p => p.Text).Append(sql[end..]).Count(piece => !IsBlank(connection, piece));
    }

    private static bool IsBlank(SqliteConnection connection, string piece)
    {
        if (string.IsNullOrWhiteSpace(piece))
        {
            return true;
        }

        var rc = raw.sqlite3_prepare_v2(connection.Handle, piece, out sqlite3_stmt statement);
        using (statement)
        {
            return rc == raw.SQLITE_OK && statement.IsInvalid;
        }
    }
}
