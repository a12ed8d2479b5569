using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace AzerbaijanSyria.Relations.Export;

/// <summary>
/// Writes rows as an aligned table, RFC 4180 CSV, JSON or a Markdown table. Rows are written as they
/// come, so a query's result is never held whole: CSV, JSON and Markdown stream every row; the table
/// sizes its columns from the first <see cref="TableSample"/> rows and streams the rest (a longer
/// value later on is printed whole, past its column). The table prints every value whole unless a
/// maximum cell width is asked for; then it cuts longer values of free text, ends them with "…", and
/// says under the table how many it cut. Given the width of the terminal, it fits the table into it by
/// wrapping free text onto more lines. Either way a value without spaces (an id, a date, a code, a
/// number) is never cut or wrapped: a reader can paste it whole into <c>azsy show</c>.
/// </summary>
public static class ResultWriter
{
    /// <summary>The formats' names: table (aligned columns), csv (RFC 4180), json (an array of objects), markdown (a Markdown table).</summary>
    public static IReadOnlyList<string> Names { get; } = ["table", "csv", "json", "markdown"];

    /// <summary>How many rows the table format reads ahead to size its columns.</summary>
    public const int TableSample = 1000;

    /// <summary>The narrowest cell <c>--max-width</c> takes: room for a few characters and the "…".</summary>
    public const int MinCellWidth = 4;

    /// <summary>The narrowest a column of free text is wrapped to when a table is fitted to a width (or its heading's width, if wider).</summary>
    public const int MinWrapWidth = 12;

    private const int JsonRowsPerFlush = 256;

    internal static readonly JsonWriterOptions JsonOptions = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes <paramref name="table"/> in <paramref name="format"/> (see <see cref="Names"/>).</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="table">The rows.</param>
    /// <param name="format">One of <see cref="Names"/>; any other is the table format.</param>
    /// <param name="maxCellWidth">Cuts the table format's cells to this many characters (at least <see cref="MinCellWidth"/>); null prints every value whole.</param>
    public static void Write(TextWriter writer, ResultTable table, string format, int? maxCellWidth) =>
        Write(writer, table.Columns, table.Rows, format, maxCellWidth);

    /// <summary>Writes <paramref name="table"/> in <paramref name="format"/>, the table format fitted to <paramref name="tableWidth"/> characters.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="table">The rows.</param>
    /// <param name="format">One of <see cref="Names"/>; any other is the table format.</param>
    /// <param name="maxCellWidth">Cuts the table format's cells of free text to this many characters (at least <see cref="MinCellWidth"/>); null prints every value whole.</param>
    /// <param name="tableWidth">The width of the terminal: the table format wraps free text so that its lines fit it where the columns that are never wrapped leave room; null for no limit.</param>
    public static void Write(TextWriter writer, ResultTable table, string format, int? maxCellWidth, int? tableWidth) =>
        Write(writer, table.Columns, table.Rows, format, maxCellWidth, tableWidth);

    /// <summary>Writes <paramref name="rows"/>, reading them one at a time; <paramref name="maxCellWidth"/> cuts the table's cells of free text and <paramref name="tableWidth"/> fits the table to a terminal (each only when given).</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="columns">The column names.</param>
    /// <param name="rows">The rows, read as they are written.</param>
    /// <param name="format">One of <see cref="Names"/>; any other is the table format.</param>
    /// <param name="maxCellWidth">Cuts the table format's cells of free text to this many characters; null prints every value whole.</param>
    /// <param name="tableWidth">The width of the terminal the table format fits its lines to by wrapping free text; null for no limit.</param>
    public static void Write(TextWriter writer, IReadOnlyList<string> columns, IEnumerable<object?[]> rows, string format, int? maxCellWidth = null, int? tableWidth = null)
    {
        switch (format)
        {
            case "csv": WriteCsv(writer, columns, rows); break;
            case "json": WriteJson(writer, columns, rows); writer.WriteLine(); break;
            case "markdown": WriteMarkdown(writer, columns, rows); break;
            default: WriteTable(writer, columns, rows, maxCellWidth, tableWidth); break;
        }
    }

    /// <summary>
    /// A value as text: invariant culture, shortest round-trip for numbers, empty for null, and
    /// <c>Infinity</c>/<c>-Infinity</c>/<c>NaN</c> for the doubles JSON has no number for.
    /// </summary>
    /// <param name="value">A value as SQLite gives it: long, double, string, byte[] (written as Base64) or null.</param>
    /// <returns>The text.</returns>
    public static string Text(object? value) => value switch
    {
        null => string.Empty,
        double d when !double.IsFinite(d) => double.IsNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        byte[] b => Convert.ToBase64String(b),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    internal static void WriteCsv(TextWriter writer, ResultTable table) => WriteCsv(writer, table.Columns, table.Rows);

    /// <summary>Writes RFC 4180 CSV; with <paramref name="neutraliseFormulas"/>, text values that start as a formula would get an apostrophe (see <see cref="ExportOptions.NeutraliseFormulas"/>).</summary>
    internal static void WriteCsv(TextWriter writer, IReadOnlyList<string> columns, IEnumerable<object?[]> rows, bool neutraliseFormulas = false)
    {
        writer.Write(string.Join(',', columns.Select(Quote)));
        writer.Write("\r\n");
        foreach (var row in rows)
        {
            writer.Write(string.Join(',', row.Select(v => Quote(neutraliseFormulas && v is string text ? CsvFormulas.Neutralise(text) : Text(v)))));
            writer.Write("\r\n");
        }
    }

    internal static string ToJson(ResultTable table)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        WriteJson(text, table.Columns, table.Rows);
        return text.ToString();
    }

    /// <summary>An indented JSON array of objects, numbers typed, written as the rows come.</summary>
    internal static void WriteJson(TextWriter writer, IReadOnlyList<string> columns, IEnumerable<object?[]> rows)
    {
        using var sink = new Utf8DecodingStream((chars, count) => writer.Write(chars, 0, count));
        using var json = new Utf8JsonWriter(sink, JsonOptions);
        json.WriteStartArray();
        var count = 0;
        foreach (var row in rows)
        {
            json.WriteStartObject();
            for (var i = 0; i < columns.Count; i++)
            {
                json.WritePropertyName(columns[i]);
                switch (row[i])
                {
                    case null: json.WriteNullValue(); break;
                    case long l: json.WriteNumberValue(l); break;
                    case double d when double.IsFinite(d): json.WriteNumberValue(d); break;
                    default: WriteString(json, Text(row[i])); break;
                }
            }

            json.WriteEndObject();
            if (++count % JsonRowsPerFlush == 0)
            {
                json.Flush();
            }
        }

        json.WriteEndArray();
        json.Flush();
    }

    /// <summary>
    /// A JSON string of any length: one longer than <see cref="JsonSegmentChars"/> is written in segments,
    /// since <see cref="Utf8JsonWriter.WriteStringValue(string)"/> refuses a value of more than about 166
    /// million characters (and would half-write the document before failing).
    /// </summary>
    internal static void WriteString(Utf8JsonWriter json, string text)
    {
        if (text.Length <= JsonSegmentChars)
        {
            json.WriteStringValue(text);
            return;
        }

        var rest = text.AsSpan();
        while (rest.Length > 0)
        {
            var take = Math.Min(JsonSegmentChars, rest.Length);
            if (take < rest.Length && char.IsHighSurrogate(rest[take - 1]))
            {
                take--; // keep a surrogate pair in one segment
            }

            json.WriteStringValueSegment(rest[..take], isFinalSegment: take == rest.Length);
            rest = rest[take..];
            if (json.BytesPending > JsonSegmentChars * 4)
            {
                json.Flush();
            }
        }
    }

    /// <summary>How many characters of a long value go into one JSON segment.</summary>
    internal const int JsonSegmentChars = 1 << 16;

    private static void WriteMarkdown(TextWriter writer, IReadOnlyList<string> columns, IEnumerable<object?[]> rows)
    {
        static string Cell(string s) => s.Replace("|", "\\|", StringComparison.Ordinal).Replace("\r", string.Empty, StringComparison.Ordinal).Replace("\n", "<br>", StringComparison.Ordinal);
        writer.WriteLine("| " + string.Join(" | ", columns.Select(Cell)) + " |");
        writer.WriteLine("|" + string.Concat(columns.Select(_ => " --- |")));
        foreach (var row in rows)
        {
            writer.WriteLine("| " + string.Join(" | ", row.Select(v => Cell(Text(v)))) + " |");
        }
    }

    private static void WriteTable(TextWriter writer, IReadOnlyList<string> columns, IEnumerable<object?[]> rows, int? maxCellWidth, int? tableWidth)
    {
        long cut = 0;
        string Cell(object? value)
        {
            var text = Text(value).ReplaceLineEndings(" ").Replace('\t', ' ');
            if (maxCellWidth is { } max && text.Length > max && IsFreeText(text))
            {
                cut++;
                return string.Concat(text.AsSpan(0, max - 1), "…");
            }

            return text;
        }

        string[] Cells(object?[] row) => row.Select(Cell).ToArray();
        using var rest = rows.GetEnumerator();
        var sample = new List<string[]>();
        while (sample.Count < TableSample && rest.MoveNext())
        {
            sample.Add(Cells(rest.Current));
        }

        var widths = columns.Select((c, i) => Math.Max(c.Length, sample.Count == 0 ? 0 : sample.Max(r => r[i].Length))).ToArray();
        var wrapped = tableWidth is { } total ? Fit(columns, sample, widths, total) : new bool[columns.Count];
        void Line(IReadOnlyList<string> cells)
        {
            // A cell of free text in a wrapped column continues on the next lines; every other cell is whole on the first.
            var parts = cells.Select((c, i) => wrapped[i] && c.Length > widths[i] ? Wrap(c, widths[i]) : [c]).ToArray();
            var lines = parts.Max(p => p.Count);
            for (var k = 0; k < lines; k++)
            {
                writer.WriteLine(string.Join("  ", parts.Select((p, i) => (k < p.Count ? p[k] : string.Empty).PadRight(widths[i]))).TrimEnd());
            }
        }

        Line(columns);
        writer.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
        long count = 0;
        foreach (var row in sample)
        {
            Line(row);
            count++;
        }

        while (rest.MoveNext())
        {
            Line(Cells(rest.Current));
            count++;
        }

        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"({count} row{(count == 1 ? string.Empty : "s")})"));
        if (cut > 0)
        {
            writer.WriteLine(ExportMessages.CellsCut(cut, maxCellWidth!.Value));
        }
    }

    /// <summary>Free text (words with spaces between) may be cut or wrapped; a value without spaces (an id, a date, a code, a number, an address) never is.</summary>
    private static bool IsFreeText(string text) => text.Contains(' ', StringComparison.Ordinal);

    /// <summary>
    /// Narrows the columns of free text (those with a sampled value that has a space) so that a line fits
    /// <paramref name="total"/> characters, the widest first and none below <see cref="MinWrapWidth"/> or its
    /// heading; the other columns keep their width, so a table whose ids and dates alone are wider than
    /// the terminal is wider too. Returns which columns wrap.
    /// </summary>
    private static bool[] Fit(IReadOnlyList<string> columns, List<string[]> sample, int[] widths, int total)
    {
        var wrapped = new bool[columns.Count];
        var free = Enumerable.Range(0, columns.Count).Where(i => sample.Any(r => IsFreeText(r[i]))).ToList();
        var floor = columns.Select((c, i) => Math.Min(widths[i], Math.Max(c.Length, MinWrapWidth))).ToArray();
        var over = widths.Sum() + (2 * (columns.Count - 1)) - total;
        while (over > 0)
        {
            var widest = free.Where(i => widths[i] > floor[i]).OrderByDescending(i => widths[i]).ThenBy(i => i).FirstOrDefault(-1);
            if (widest < 0)
            {
                break;
            }

            widths[widest]--;
            wrapped[widest] = true;
            over--;
        }

        return wrapped;
    }

    /// <summary>Text in lines of at most <paramref name="width"/> characters, broken between words (a longer word is split).</summary>
    private static List<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var rest = word.AsSpan();
            if (line.Length > 0 && line.Length + 1 + rest.Length > width)
            {
                lines.Add(line.ToString());
                line.Clear();
            }

            while (rest.Length > width)
            {
                if (line.Length > 0)
                {
                    lines.Add(line.ToString());
                    line.Clear();
                }

                lines.Add(rest[..width].ToString());
                rest = rest[width..];
            }

            line.Append(line.Length > 0 ? " " : string.Empty).Append(rest);
        }

        if (line.Length > 0 || lines.Count == 0)
        {
            lines.Add(line.ToString());
        }

        return lines;
    }

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
}
