using System.CommandLine;
using System.Globalization;

namespace AzerbaijanSyria.Relations.Cli.Commands;

/// <summary>Options shared by several commands.</summary>
internal static class CommonOptions
{
    public static Option<string> Database() => new("--db")
    {
        Description = "The database file to read (default: the database bundled with the tool). It is opened read-only.",
        HelpName = "PATH",
    };

    public static Option<string> Sources() => new Option<string>("--sources")
    {
        Description = "Which facts to include: all, confirmed (leaves out claims of unnamed sources) or article (only what the primary article states).",
        DefaultValueFactory = _ => "all",
        HelpName = "all|confirmed|article",
    }.AcceptOnlyFromAmong("all", "confirmed", "article");

    public static string DatabasePath(ParseResult parse, Option<string> option) =>
        parse.GetValue(option) is { Length: > 0 } path ? path : RelationsDataset.DefaultDatabasePath;

    public static SourceFilter SourceFilter(ParseResult parse, Option<string> option) => parse.GetValue(option) switch
    {
        "confirmed" => Relations.SourceFilter.Confirmed,
        "article" => Relations.SourceFilter.Article,
        _ => Relations.SourceFilter.All,
    };

    /// <summary>
    /// Reads a date option. A year or a year-month widens to its first day, or to its last when
    /// <paramref name="endOfPeriod"/> is set (for an upper bound such as --to).
    /// </summary>
    public static DateOnly? Date(ParseResult parse, Option<string> option, bool endOfPeriod = false)
    {
        var text = parse.GetValue(option);
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        if (DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            return endOfPeriod ? month.AddMonths(1).AddDays(-1) : month;
        }

        if (text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1 and <= 9999)
        {
            return endOfPeriod ? new DateOnly(year, 12, 31) : new DateOnly(year, 1, 1);
        }

        throw new UsageException($"{option.Name} takes a date as YYYY, YYYY-MM or YYYY-MM-DD, not '{text}'.");
    }
}
