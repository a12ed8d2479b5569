using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using AzerbaijanSyria.Relations.Export;

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
        Description = "Cut table cells of free text longer than N characters, ending them in … (a line under the table says how many were cut); ids, dates and other values without spaces are printed whole. Without it every value is printed whole, and a table printed to a terminal (or with COLUMNS set) wraps free text to fit its width.",
        HelpName = "N",
    };

    /// <summary>
    /// Checks <c>--max-width</c> in the parser: at least <see cref="ResultWriter.MinCellWidth"/>, and only
    /// with the table format (a check of the command, since it reads two options).
    /// </summary>
    public static void ValidateMaxWidth(Command command, Option<int?> maxWidth, Option<string> format) => command.Validators.Add(result =>
    {
        if (result.GetResult(maxWidth) is not { Tokens: [var token] } || !int.TryParse(token.Value, CultureInfo.InvariantCulture, out var width))
        {
            return; // not given, or not a number (the parser says so)
        }

        if (width < ResultWriter.MinCellWidth)
        {
            result.AddUsageError(Messages.MaxWidthTooSmall(width));
        }
        else if (result.GetValue(format) is { } chosen && chosen != "table")
        {
            result.AddUsageError(Messages.MaxWidthNeedsTable(chosen));
        }
    });

    /// <summary>
    /// Marks a parser error as a usage error of the tool's own (a value the parser read but the tool
    /// refuses): <see cref="AzsyApp"/> prints it as it is, where the parser's own errors get a pointer
    /// to the help.
    /// </summary>
    public const char UsageMark = '\u0001';

    /// <summary>Adds <paramref name="message"/> as a usage error (see <see cref="UsageMark"/>).</summary>
    public static void AddUsageError(this SymbolResult result, string message) => result.AddError(UsageMark + message);

    /// <summary>
    /// Checks, in the parser, every option and argument of <paramref name="command"/> and its subcommands the
    /// same way: an empty value (<c>--db ''</c>, <c>--from ''</c>, <c>search ''</c>) is a usage error, never
    /// read as "not given"; and a number option refuses, with one plain line, a value that is not a whole
    /// number or is too large for it (the parser's own message names a .NET type).
    /// Checks a command adds itself come first, so their more precise messages win.
    /// </summary>
    public static void CheckEveryValue(Command command)
    {
        foreach (var option in command.Options)
        {
            switch (option)
            {
                case Option<bool>:
                    continue;
                case Option<int> number:
                    number.CustomParser = result => result.Tokens.Count == 0 && number.DefaultValueFactory is { } factory
                        ? factory(result)
                        : WholeNumber(result, option.Name, int.MinValue, int.MaxValue) is { } value ? (int)value : default;
                    break;
                case Option<int?> number:
                    number.CustomParser = result => result.Tokens.Count == 0 && number.DefaultValueFactory is { } factory
                        ? factory(result)
                        : WholeNumber(result, option.Name, int.MinValue, int.MaxValue) is { } value ? (int)value : null;
                    break;
                case Option<long> number:
                    number.CustomParser = result => result.Tokens.Count == 0 && number.DefaultValueFactory is { } factory
                        ? factory(result)
                        : WholeNumber(result, option.Name, long.MinValue, long.MaxValue) ?? default;
                    break;
                case Option<long?> number:
                    number.CustomParser = result => result.Tokens.Count == 0 && number.DefaultValueFactory is { } factory
                        ? factory(result)
                        : WholeNumber(result, option.Name, long.MinValue, long.MaxValue);
                    break;
            }

            option.Validators.Add(result =>
            {
                if (result.Tokens.Any(t => string.IsNullOrWhiteSpace(t.Value)) && !result.Errors.Any())
                {
                    result.AddUsageError(Messages.EmptyValue(option.Name));
                }
            });
        }

        foreach (var argument in command.Arguments)
        {
            argument.Validators.Add(result =>
            {
                if (result.Tokens.Any(t => string.IsNullOrWhiteSpace(t.Value)) && !result.Errors.Any())
                {
                    result.AddUsageError(Messages.EmptyArgument(argument.Name, command.Name));
                }
            });
        }

        foreach (var subcommand in command.Subcommands)
        {
            CheckEveryValue(subcommand);
        }
    }

    /// <summary>The whole number a number option was given, or null after adding a plain usage error (empty, not a number, or out of range).</summary>
    private static long? WholeNumber(ArgumentResult result, string option, long min, long max)
    {
        if (result.Tokens is not [var token])
        {
            return null;
        }

        var text = token.Value;
        if (string.IsNullOrWhiteSpace(text))
        {
            result.AddUsageError(Messages.EmptyValue(option));
            return null;
        }

        if (System.Numerics.BigInteger.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            if (number >= min && number <= max)
            {
                return (long)number;
            }

            result.AddUsageError(number > max ? Messages.NumberTooLarge(option, text, max) : Messages.NumberTooSmall(option, text, min));
            return null;
        }

        result.AddUsageError(Messages.NotANumber(option, text));
        return null;
    }

    /// <summary>Refuses, in the parser, an empty value of a path option (<c>-o ""</c>).</summary>
    public static Option<string> NeedsPath(this Option<string> option)
    {
        option.Validators.Add(result =>
        {
            if (result.Tokens.Count > 0 && string.IsNullOrWhiteSpace(result.GetValueOrDefault<string>()))
            {
                result.AddUsageError(Messages.OptionNeedsPath(option.Name));
            }
        });
        return option;
    }

    /// <summary>Refuses, in the parser, an empty path or the root of a file system as the folder to export into.</summary>
    public static Option<string> NeedsFolderOfItsOwn(this Option<string> option)
    {
        option.NeedsPath();
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string>() is { } path && !string.IsNullOrWhiteSpace(path) && !path.Contains('\0', StringComparison.Ordinal)
                && Path.GetFullPath(path) is var full && Path.GetDirectoryName(full) is null)
            {
                result.AddUsageError(Messages.ExportIntoRoot(full));
            }
        });
        return option;
    }

    /// <summary>Refuses, in the parser, an empty database path given as an argument.</summary>
    public static Argument<string> NeedsPath(this Argument<string> argument)
    {
        argument.Validators.Add(result =>
        {
            if (string.IsNullOrWhiteSpace(result.GetValueOrDefault<string>()))
            {
                result.AddUsageError(Messages.ArgumentNeedsPath(argument.Name));
            }
        });
        return argument;
    }

    /// <summary>Refuses, in the parser, a date option that is not <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c> (see <see cref="ParseDate"/>).</summary>
    public static Option<string> IsDate(this Option<string> option)
    {
        option.Validators.Add(result =>
        {
            try
            {
                ParseDate(result.GetValueOrDefault<string>(), option.Name);
            }
            catch (UsageException ex)
            {
                result.AddUsageError(ex.Message);
            }
        });
        return option;
    }

    /// <summary>
    /// Refuses, in the parser, a date option that is not one day, <c>YYYY-MM-DD</c> (for options such as
    /// <c>offices --on</c>, whose query takes a day and has no reading of a year or a month).
    /// </summary>
    public static Option<string> IsDay(this Option<string> option)
    {
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string>() is { } text
                && !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                result.AddUsageError(Messages.DayFormat(option.Name, text));
            }
        });
        return option;
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

    /// <summary>A path option's value, which the parser checked (see <see cref="NeedsPath(Option{string})"/>).</summary>
    public static string RequiredPath(ParseResult parse, Option<string> option) => parse.GetValue(option)!;
}
