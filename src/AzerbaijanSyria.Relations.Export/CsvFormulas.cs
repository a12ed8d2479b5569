namespace AzerbaijanSyria.Relations.Export;

/// <summary>What <see cref="ExportOptions.NeutraliseFormulas"/> does to one text value of a CSV file.</summary>
internal static class CsvFormulas
{
    /// <summary>The characters with which a spreadsheet starts a formula (or, for tab and carriage return, hides one).</summary>
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    /// <summary><paramref name="text"/> with an apostrophe before it when it starts as a formula would; otherwise as it is.</summary>
    public static string Neutralise(string text) =>
        text.Length > 0 && Array.IndexOf(FormulaStarts, text[0]) >= 0 ? "'" + text : text;
}
