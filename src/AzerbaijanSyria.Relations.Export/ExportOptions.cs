namespace AzerbaijanSyria.Relations.Export;

/// <summary>How <see cref="DatasetExporter"/> writes an export, beyond its format.</summary>
public sealed record ExportOptions
{
    /// <summary>The defaults: every value written as it is.</summary>
    public static ExportOptions Default { get; } = new();

    /// <summary>
    /// For spreadsheet users, CSV only: a text value that starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a
    /// tab or a carriage return is written with an apostrophe before it (<c>'=1+2</c>), so that a
    /// spreadsheet shows it as text instead of running it as a formula (CSV or formula injection, as
    /// OWASP describes it). Numbers are written as they are. The files then no longer hold the data byte
    /// for byte: leave this off for R, Python, DuckDB or any other program that reads the values.
    /// </summary>
    public bool NeutraliseFormulas { get; init; }
}
