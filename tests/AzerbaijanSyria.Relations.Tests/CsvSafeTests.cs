using AzerbaijanSyria.Relations.Cli;
using AzerbaijanSyria.Relations.Export;
using Dapper;
using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations.Tests;

/// <summary>
/// <c>azsy export --format csv --csv-safe</c> (issue 21, item 9): for spreadsheet users, text that starts
/// as a formula would is written with an apostrophe before it; numbers and every other value stay as they are.
/// </summary>
public sealed class CsvSafeTests
{
    [Fact]
    public void Export_csv_safe_neutralises_a_leading_formula_character_and_leaves_numbers_as_they_are()
    {
        using var copy = new TempFile();
        File.Copy(FixtureDatabase.Path, copy.Path);
        string id;
        using (var writer = new SqliteConnection($"Data Source={copy.Path};Pooling=False"))
        {
            writer.Open();
            id = writer.ExecuteScalar<string>("SELECT event_id FROM events ORDER BY event_id LIMIT 1")!;
            writer.Execute("""
                UPDATE change_context SET reason = 'A test gives an event a title a spreadsheet would run as a formula.';
                UPDATE events SET title = '=HYPERLINK("https://example.org","click"), @SUM(1)' WHERE event_id = @id;
                UPDATE change_context SET reason = NULL;
                """, new { id });
        }

        using var plain = new TempDirectory();
        using var safe = new TempDirectory();
        var plainRun = AzsyInProcess.Run("export", "-f", "csv", "-o", plain.Path, "--db", copy.Path);
        var safeRun = AzsyInProcess.Run("export", "-f", "csv", "-o", safe.Path, "--db", copy.Path, "--csv-safe");

        Assert.Equal((0, string.Empty), (plainRun.Exit, plainRun.Error));
        Assert.Equal((0, string.Empty), (safeRun.Exit, safeRun.Error));
        Assert.Contains("\"=HYPERLINK(\"\"https://example.org\"\",\"\"click\"\"), @SUM(1)\"", File.ReadAllText(Path.Combine(plain.Path, "events.csv")), StringComparison.Ordinal);
        Assert.Contains("\"'=HYPERLINK(\"\"https://example.org\"\",\"\"click\"\"), @SUM(1)\"", File.ReadAllText(Path.Combine(safe.Path, "events.csv")), StringComparison.Ordinal);
        // Negative numbers (the Goldstein scale's) are numbers, not formulas: written as they are.
        var goldstein = File.ReadAllText(Path.Combine(plain.Path, "goldstein_scale.csv"));
        Assert.Contains(",-", goldstein, StringComparison.Ordinal);
        Assert.Equal(goldstein, File.ReadAllText(Path.Combine(safe.Path, "goldstein_scale.csv")));
    }

    [Theory]
    [InlineData("=1+2", "'=1+2")]
    [InlineData("+1", "'+1")]
    [InlineData("-1 text", "'-1 text")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "'\rx")]
    [InlineData("a=b", "a=b")]
    [InlineData("", "")]
    public void Neutralise_puts_an_apostrophe_only_before_text_that_starts_as_a_formula(string text, string expected)
    {
        Assert.Equal(expected, CsvFormulas.Neutralise(text));
    }

    [Fact]
    public void Export_csv_safe_with_another_format_is_a_usage_error()
    {
        using var directory = new TempDirectory();

        Assert.Equal((2, string.Empty, Messages.Usage(Messages.CsvSafeNeedsCsv("json")) + Environment.NewLine),
            AzsyInProcess.Run("export", "-f", "json", "-o", directory.Path, "--db", FixtureDatabase.Path, "--csv-safe"));
        Assert.Empty(WalDatabase.Files(directory.Path));
    }
}
