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
    }.OneOf("all", "confirmed", "article");

    /// <summary>
    /// Accepts only <paramref name="values"/>, refusing anything else with one line that names the
    /// option, the values and what was given (the parser's own message spans several lines).
    /// </summary>
    public static Option<string> OneOf(this Option<string> option, params string[] values)
    {
        option.HelpName ??= string.Join('|', values);
        option.CompletionSources.Add(values);
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string>() is { } value && !values.Contains(value, StringComparer.Ordinal))
            {
                result.AddError(Messages.OneOf(option.Name, values, value));
            }
        });
        return option;
    }

    /// <summary>Accepts only <paramref name="values"/> for an argument (see <see cref="OneOf(Option{string}, string[])"/>).</summary>
    public static Argument<string> OneOf(this Argument<string> argument, params string[] values)
    {
        argument.HelpName ??= string.Join('|', values);
        argument.CompletionSources.Add(values);
        argument.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string>() is { } value && !values.Contains(value, StringComparer.Ordinal))
            {
                result.AddError(Messages.OneOf(argument.Name, values, value));
            }
        });
        return argument;
    }

    public static Option<int?> MaxWidth() => new("--max-width")
    {
        Description = "Cut table cells longer than N characters, ending them in … (a line under the table says how many were cut). Without it every value is printed whole.",
        HelpName = "N",
    };

    /// <summary>The <c>--max-width</c> value, checked: at least <see cref="Output.Formats.MinCellWidth"/>, and only with the table format.</summary>
    public static int? MaxWidth(ParseResult parse, Option<int?> option, string format)
    {
        if (parse.GetValue(option) is not { } width)
        {
            return null;
        }

        if (width < Output.Formats.MinCellWidth)
        {
            throw new UsageException(Messages.MaxWidthTooSmall(width));
        }

        return format == "table" ? width : throw new UsageException(Messages.MaxWidthNeedsTable(format));
    }

    public static string DatabasePath(ParseResult parse, Option<string> option) =>
        parse.GetValue(option) is { Length: > 0 } path ? path : RelationsDataset.DefaultDatabasePath;

    public static SourceFilter SourceFilter(ParseResult parse, Option<string> option) => parse.GetValue(option) switch
    {
        "confirmed" => Relations.SourceFilter.Confirmed,
        "article" => Relations.SourceFilter.Article,
        _ => Relations.SourceFilter.All,
    };

    /// <summary>Reads a date option (see <see cref="ParseDate"/>).</summary>
    public static DateOnly? Date(ParseResult parse, Option<string> option, bool endOfPeriod = false) =>
        ParseDate(parse.GetValue(option), option.Name, endOfPeriod);

    /// <summary>
    /// A date given as <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c> (years 0001 to 9999). A year or
    /// a year-month widens to its first day, or to its last when <paramref name="endOfPeriod"/> is set
    /// (for an upper bound such as --to). Null or empty text is no date.
    /// </summary>
    /// <exception cref="UsageException">The text is not such a date.</exception>
    public static DateOnly? ParseDate(string? text, string optionName, bool endOfPeriod = false)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            // The last day from the calendar, not "the first of next month, less a day", which does not exist after 9999-12.
            return endOfPeriod ? new DateOnly(month.Year, month.Month, DateTime.DaysInMonth(month.Year, month.Month)) : month;
        }

        if (text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1 and <= 9999)
        {
            return endOfPeriod ? new DateOnly(year, 12, 31) : new DateOnly(year, 1, 1);
        }

        throw new UsageException(Messages.DateFormat(optionName, text));
    }

    /// <summary>A path option's value, refused when given but empty (<c>-o ""</c>).</summary>
    public static string RequiredPath(ParseResult parse, Option<string> option) =>
        parse.GetValue(option) is { } path && !string.IsNullOrWhiteSpace(path)
            ? path
            : throw new UsageException(Messages.OptionNeedsPath(option.Name));
}
