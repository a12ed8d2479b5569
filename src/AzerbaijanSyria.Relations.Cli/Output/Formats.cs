using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace AzerbaijanSyria.Relations.Cli.Output;

/// <summary>Writes a <see cref="ResultTable"/> as an aligned table, RFC 4180 CSV, JSON or a Markdown table.</summary>
internal static class Formats
{
    public static readonly string[] Names = ["table", "csv", "json", "markdown"];

    private const int MaxTableCell = 70;

    public static readonly JsonWriterOptions JsonOptions = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(TextWriter writer, ResultTable table, string format)
    {
        switch (format)
        {
            case "csv": WriteCsv(writer, table); break;
            case "json": writer.Write(ToJson(table)); writer.WriteLine(); break;
            case "markdown": WriteMarkdown(writer, table); break;
            default: WriteTable(writer, table); break;
        }
    }

    /// <summary>A value as text: invariant culture, shortest round-trip for numbers, empty for null.</summary>
    public static string Text(object? value) => value switch
    {
        null => string.Empty,
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        byte[] b => Convert.ToBase64String(b),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    public static void WriteCsv(TextWriter writer, ResultTable table)
    {
        writer.Write(string.Join(',', table.Columns.Select(Quote)));
        writer.Write("\r\n");
        foreach (var row in table.Rows)
        {
            writer.Write(string.Join(',', row.Select(v => Quote(Text(v)))));
            writer.Write("\r\n");
        }
    }

    public static string ToJson(ResultTable table)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, JsonOptions))
        {
            json.WriteStartArray();
            foreach (var row in table.Rows)
            {
                json.WriteStartObject();
                for (var i = 0; i < table.Columns.Count; i++)
                {
                    json.WritePropertyName(table.Columns[i]);
                    switch (row[i])
                    {
                        case null: json.WriteNullValue(); break;
                        case long l: json.WriteNumberValue(l); break;
                        case double d: json.WriteNumberValue(d); break;
                        default: json.WriteStringValue(Text(row[i])); break;
                    }
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteMarkdown(TextWriter writer, ResultTable table)
    {
        static string Cell(string s) => s.Replace("|", "\\|", StringComparison.Ordinal).Replace("\r", string.Empty, StringComparison.Ordinal).Replace("\n", "<br>", StringComparison.Ordinal);
        writer.WriteLine("| " + string.Join(" | ", table.Columns.Select(Cell)) + " |");
        writer.WriteLine("|" + string.Concat(table.Columns.Select(_ => " --- |")));
        foreach (var row in table.Rows)
        {
            writer.WriteLine("| " + string.Join(" | ", row.Select(v => Cell(Text(v)))) + " |");
        }
    }

    private static void WriteTable(TextWriter writer, ResultTable table)
    {
        var cells = table.Rows.Select(r => r.Select(v => Shorten(Text(v).Replace('\n', ' '))).ToArray()).ToList();
        var widths = table.Columns.Select((c, i) => Math.Max(c.Length, cells.Count == 0 ? 0 : cells.Max(r => r[i].Length))).ToArray();
        writer.WriteLine(string.Join("  ", table.Columns.Select((c, i) => c.PadRight(widths[i]))).TrimEnd());
        writer.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in cells)
        {
            writer.WriteLine(string.Join("  ", row.Select((c, i) => c.PadRight(widths[i]))).TrimEnd());
        }

        writer.WriteLine($"({table.Rows.Count} row{(table.Rows.Count == 1 ? string.Empty : "s")})");
    }

    private static string Shorten(string s) => s.Length <= MaxTableCell ? s : string.Concat(s.AsSpan(0, MaxTableCell - 1), "…");

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
}
