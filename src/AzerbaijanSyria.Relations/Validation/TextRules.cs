using System.Globalization;
using Dapper;

namespace AzerbaijanSyria.Relations;

/// <summary>
/// Rules about text in every column of every table: no control characters (they reach a terminal
/// raw, break the SVG and the site's markup) and no empty or blank values (an unknown value is NULL;
/// a title, name or summary says something).
/// </summary>
internal static class TextRules
{
    /// <summary>
    /// Columns kept verbatim from a file they record, with what that file may hold: a reference
    /// file's header keeps its tab separators, and the PLOVER table's lines keep its blank lines.
    /// </summary>
    private static readonly (string Table, string Column, bool Tab, bool Blank)[] Verbatim =
    [
        ("reference_files", "header", Tab: true, Blank: false),
        ("cameo_plover", "line_text", Tab: false, Blank: true),
    ];

    /// <summary>Tables not checked: the change log keeps values as they were, and the stored facets, timeline rows, statements and agreements copy names and texts from the tables checked (stored_facets, stored_timeline, stored_statements and stored_agreements compare them).</summary>
    private static readonly string[] LogTables = ["fact_changes", "fact_changes_unlogged", StoredColumns.Facets, StoredColumns.Tallies, StoredColumns.TimelineRows, StoredColumns.StatementRows, StoredColumns.AgreementRows];

    /// <summary>White space, as <c>trim</c> is told to remove it: a value of nothing else is blank.</summary>
    private static readonly string WhiteSpace = " \t\n\r\v\f\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u200b\u2028\u2029\u202f\u205f\u3000\ufeff";

    public static IReadOnlyList<ValidationRule> All { get; } =
    [
        new("control_characters", "No text in any table holds a control character (U+0000 to U+001F, U+007F to U+009F, the line and paragraph separators U+2028 and U+2029, or the bidirectional embeddings, overrides and isolates U+202A to U+202E and U+2066 to U+2069): titles, names, summaries and notes are one paragraph of plain text. A reference file's header keeps its tabs.", RefusedCharacters),
        new("utf8", "Every text in every table is valid UTF-8, in a file whose encoding is UTF-8 (a damaged byte reads as a replacement character, U+FFFD, everywhere it is shown).", Utf8),
        new("empty_text", "No text in any table is empty or only white space: a title, name or summary says something, and an unknown value is NULL.", EmptyText),
    ];

    /// <summary>Whether <paramref name="ch"/> is a character the rule refuses (a tab only where <paramref name="tabAllowed"/> is false).</summary>
    internal static bool IsRefused(char ch, bool tabAllowed = false) => ControlCharacters.IsControl(ch) && !(tabAllowed && ch == '\t');

    /// <summary>A GLOB pattern matching any text that holds a refused character (SQLite reads a text only up to a NUL: that is searched for apart).</summary>
    private static string Pattern(bool tabAllowed) =>
        "*[" + (tabAllowed ? "\u0001-\u0008\u000a-\u001f" : "\u0001-\u001f") + "\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]*";

    private static IEnumerable<(SchemaCatalog.SchemaObject Table, SchemaCatalog.SchemaColumn Column)> TextColumns(ValidationContext c) =>
        c.Catalog.Tables.Where(t => !LogTables.Contains(t.Name))
            .SelectMany(t => t.Columns.Where(col => !col.Generated).Select(col => (t, col)));

    private static IEnumerable<string> RefusedCharacters(ValidationContext c)
    {
        foreach (var (table, column) in TextColumns(c))
        {
            var tabAllowed = Verbatim.Any(v => v.Table == table.Name && v.Column == column.Name && v.Tab);
            var q = SchemaCatalog.Quote(column.Name);
            foreach (var (row, value) in c.Connection.Rows<string, string>(
                         $"SELECT {table.RowLabelSql}, {q} FROM {SchemaCatalog.Quote(table.Name)} WHERE typeof({q}) = 'text' AND ({q} GLOB @pattern OR instr(CAST({q} AS BLOB), x'00') > 0) ORDER BY 1", ("@pattern", Pattern(tabAllowed))).Select(static ((string Row, string Value) row) => row))
            {
                // A NUL the driver cut the text at is past its end.
                var at = value.ToList().FindIndex(ch => IsRefused(ch, tabAllowed));
                at = at < 0 ? value.Length : at;
                var code = at < value.Length ? ((int)value[at]).ToString("X4", CultureInfo.InvariantCulture) : "0000";
                yield return $"{table.Name} {row}: {column.Name} holds the control character U+{code} at character {at + 1}: remove it (a line break or tab in a title, summary or note is written as a space)";
            }
        }
    }

    private static IEnumerable<string> Utf8(ValidationContext c)
    {
        var encoding = c.Connection.ExecuteScalar<string>("PRAGMA encoding");
        if (encoding != "UTF-8")
        {
            yield return $"the file's text encoding is {encoding}, not UTF-8: rebuild it with 'azsy build'";
            yield break;
        }

        foreach (var (table, column) in TextColumns(c))
        {
            // Every text is read once, in the table's own order (no sort of a large table); the few problems are sorted.
            var q = SchemaCatalog.Quote(column.Name);
            var problems = new List<string>();
            foreach (var (row, bytes) in c.Connection.Stream<string, byte[]>(
                         $"SELECT {table.RowLabelSql}, CAST({q} AS BLOB) FROM {SchemaCatalog.Quote(table.Name)} WHERE typeof({q}) = 'text'"))
            {
                if (!System.Text.Unicode.Utf8.IsValid(bytes))
                {
                    problems.Add($"{table.Name} {row}: {column.Name} is not valid UTF-8 (byte {FirstInvalidByte(bytes) + 1} of {bytes.Length}): write the text again from the source");
                }
            }

            foreach (var problem in problems.Order(StringComparer.Ordinal))
            {
                yield return problem;
            }
        }
    }

    private static int FirstInvalidByte(byte[] bytes)
    {
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, new char[bytes.Length], out var read, out _, replaceInvalidSequences: false);
        return status == System.Buffers.OperationStatus.Done ? bytes.Length : read;
    }

    private static IEnumerable<string> EmptyText(ValidationContext c)
    {
        foreach (var (table, column) in TextColumns(c).Where(tc => !Verbatim.Any(v => v.Table == tc.Table.Name && v.Column == tc.Column.Name && v.Blank)))
        {
            var q = SchemaCatalog.Quote(column.Name);
            foreach (var row in c.Rows(table.Name, $"typeof({q}) = 'text' AND trim({q}, @whiteSpace) = ''", ("@whiteSpace", WhiteSpace)))
            {
                yield return column.NotNull
                    ? $"{table.Name} {row}: {column.Name} is empty: write what the source says, in a few words of your own"
                    : $"{table.Name} {row}: {column.Name} is empty: an unknown value is NULL";
            }
        }
    }
}
