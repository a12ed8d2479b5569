using System.Text;
using Dapper;
using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations;

/// <summary>
/// The approved definition of every table, view, index and trigger the build writes, as listed in
/// <c>SchemaDefinitions.txt</c> (embedded): a line per object, <c>kind name sha256</c>, where the hash
/// is of its <c>CREATE</c> statement with comments and runs of white space outside quotes set aside
/// (<see cref="Normalise"/>). The validator compares a file's definitions with these, so a view
/// redefined (say, as an endless recursion with the same columns), a CHECK dropped from a table or a
/// guard trigger removed is a finding; a test compares the file with a fresh build and prints the
/// lines to paste when a migration changes a definition on purpose.
/// </summary>
internal static class SchemaDefinitions
{
    private const string ResourceName = "SchemaDefinitions.txt";

    /// <summary>The approved objects: (kind, name) to the hash of the definition.</summary>
    public static IReadOnlyDictionary<(string Kind, string Name), string> Approved { get; } = Parse(ApprovedText());

    /// <summary>The approved text, as embedded.</summary>
    public static string ApprovedText()
    {
        using var stream = typeof(SchemaDefinitions).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The assembly lacks its {ResourceName}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The definitions of the file behind <paramref name="connection"/>: (kind, name) to hash, leaving out SQLite's own objects.</summary>
    public static IReadOnlyDictionary<(string Kind, string Name), string> Read(SqliteConnection connection) =>
        connection.Query<(string Type, string Name, string Sql)>(
                "SELECT type, name, sql FROM sqlite_schema WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")
            .ToDictionary(o => (o.Type, o.Name), o => Hash(o.Sql));

    /// <summary>The definitions of a file in the approved file's form: a line per object, <c>kind name sha256</c>, ordered by kind and name.</summary>
    public static string Describe(IReadOnlyDictionary<(string Kind, string Name), string> definitions) =>
        string.Concat(definitions.OrderBy(d => d.Key.Kind, StringComparer.Ordinal).ThenBy(d => d.Key.Name, StringComparer.Ordinal)
            .Select(d => $"{d.Key.Kind} {d.Key.Name} {d.Value}\n"));

    /// <summary>The SHA-256 of a definition's normalised text.</summary>
    public static string Hash(string sql) => Sha256Hash.Of(Encoding.UTF8.GetBytes(Normalise(sql)));

    /// <summary>
    /// A <c>CREATE</c> statement with its comments removed and every run of white space outside
    /// string literals and quoted identifiers made one space, trimmed: two texts that SQLite reads
    /// alike in layout get the same form, and any change of a token, a literal or a name does not.
    /// </summary>
    public static string Normalise(string sql)
    {
        var text = new StringBuilder(sql.Length);
        var pendingSpace = false;
        for (var i = 0; i < sql.Length; i++)
        {
            var ch = sql[i];
            if (ch == '-' && i + 1 < sql.Length && sql[i + 1] == '-')
            {
                while (i < sql.Length && sql[i] != '\n')
                {
                    i++;
                }

                pendingSpace = true;
                continue;
            }

            if (ch == '/' && i + 1 < sql.Length && sql[i + 1] == '*')
            {
                var end = sql.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = end < 0 ? sql.Length : end + 1;
                pendingSpace = true;
                continue;
            }

            if (char.IsWhiteSpace(ch))
            {
                pendingSpace = true;
                continue;
            }

            if (pendingSpace && text.Length > 0)
            {
                text.Append(' ');
            }

            pendingSpace = false;
            var close = ch switch { '\'' => '\'', '"' => '"', '`' => '`', '[' => ']', _ => '\0' };
            if (close == '\0')
            {
                text.Append(ch);
                continue;
            }

            // A quoted run is kept as it is, to its closing quote (a doubled quote stays inside).
            var start = i;
            i++;
            while (i < sql.Length)
            {
                if (sql[i] == close)
                {
                    if (close != ']' && i + 1 < sql.Length && sql[i + 1] == close)
                    {
                        i += 2;
                        continue;
                    }

                    break;
                }

                i++;
            }

            // i is at the closing quote, or past the end of an unclosed one.
            text.Append(sql, start, Math.Min(i + 1, sql.Length) - start);
        }

        return text.ToString();
    }

    private static Dictionary<(string Kind, string Name), string> Parse(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(l => !l.StartsWith('#'))
            .Select(l => l.Split(' '))
            .ToDictionary(p => (p[0], p[1]), p => p[2]);
}
