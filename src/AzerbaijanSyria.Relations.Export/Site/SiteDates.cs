using System.Globalization;

namespace AzerbaijanSyria.Relations.Export.Site;

/// <summary>How a row's date is shown: what the sources allow, and no more.</summary>
internal enum DateShape
{
    /// <summary>No bound is known.</summary>
    Unknown,

    /// <summary>A known day.</summary>
    Day,

    /// <summary>A known month, the day not given.</summary>
    Month,

    /// <summary>A known year, the month not given.</summary>
    Year,

    /// <summary>An event that lasted from one day to another (EDTF <c>a/b</c>).</summary>
    Span,

    /// <summary>One day somewhere between two days (EDTF <c>[a..b]</c>).</summary>
    Range,

    /// <summary>One day on or before a day, the earlier side open (EDTF <c>[..b]</c>).</summary>
    OnOrBefore,

    /// <summary>One day on or after a day, the later side open (EDTF <c>[a..]</c>).</summary>
    OnOrAfter,
}

/// <summary>
/// Dates in words, honest about uncertainty: a known day is a day ("28 February 2025"), a month a
/// month, a range says "some day between" its bounds, an open bound "on or before". Days are
/// wrapped in <c>&lt;time&gt;</c> with their ISO value. English month names, whatever the culture.
/// </summary>
internal static class SiteDates
{
    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>Whether a table's rows carry dates the site can describe (bounds and precision).</summary>
    public static bool IsDated(SiteTable table) => table.HasColumn("date_earliest") && table.HasColumn("date_latest");

    public static DateShape Shape(string? earliest, string? latest, string? precision, string? edtf)
    {
        if (earliest is null && latest is null)
        {
            return DateShape.Unknown;
        }

        if (earliest is null)
        {
            return DateShape.OnOrBefore;
        }

        if (latest is null)
        {
            return DateShape.OnOrAfter;
        }

        if (earliest == latest)
        {
            return DateShape.Day;
        }

        return precision switch
        {
            "month" => DateShape.Month,
            "year" => DateShape.Year,
            _ when edtf is not null && edtf.Contains('/', StringComparison.Ordinal) && !edtf.StartsWith('[') => DateShape.Span,
            _ => DateShape.Range,
        };
    }

    /// <summary>The date of a dated row as HTML, or null when the row has no date columns.</summary>
    public static string? Describe(SiteRow row) =>
        IsDated(row.Table) ? Describe(row.Text("date_earliest"), row.Text("date_latest"), row.Text("date_precision"), row.Text("date_edtf")) : null;

    /// <summary>The date as HTML: words, with each known day in a <c>&lt;time&gt;</c> element.</summary>
    public static string Describe(string? earliest, string? latest, string? precision, string? edtf) =>
        Shape(earliest, latest, precision, edtf) switch
        {
            DateShape.Day => Time(earliest!),
            DateShape.Month => $"<time datetime=\"{Html.Encode(earliest![..7])}\">{MonthName(earliest)} {Year(earliest)}</time>",
            DateShape.Year => $"<time datetime=\"{Html.Encode(earliest![..4])}\">{Year(earliest)}</time>",
            DateShape.Span => $"from {Time(earliest!)} to {Time(latest!)}",
            DateShape.Range => $"some day between {Time(earliest!)} and {Time(latest!)}",
            DateShape.OnOrBefore => $"on or before {Time(latest!)}",
            DateShape.OnOrAfter => $"on or after {Time(earliest!)}",
            _ => "date unknown",
        };

    /// <summary>The calendar years a date's possible days fall in; an open side counts as its known bound.</summary>
    public static (int From, int To)? Years(string? earliest, string? latest)
    {
        var from = earliest ?? latest;
        var to = latest ?? earliest;
        return from is null || to is null ? null : (ParseYear(from), ParseYear(to));
    }

    /// <summary>A day as words in a <c>&lt;time&gt;</c> element ("28 February 2025"); any other text encoded as it is.</summary>
    public static string Day(string iso) => Time(iso);

    /// <summary>
    /// A sort key for a dated row: its earliest possible day (an open side by its known bound), then
    /// its latest; rows without a date last.
    /// </summary>
    public static string SortKey(SiteRow row) =>
        (row.Text("date_earliest") ?? row.Text("date_latest") ?? "9999") + "/" + (row.Text("date_latest") ?? "9999");

    private static string Time(string iso)
    {
        if (!DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return Html.Encode(iso);
        }

        var text = $"{day.Day.ToString(CultureInfo.InvariantCulture)} {Months[day.Month - 1]} {day.Year.ToString(CultureInfo.InvariantCulture)}";
        return $"<time datetime=\"{Html.Encode(iso)}\">{text}</time>";
    }

    private static string MonthName(string iso) => int.TryParse(iso.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= 12 ? Months[m - 1] : Html.Encode(iso[5..7]);

    private static string Year(string iso) => Html.Encode(iso[..4]);

    private static int ParseYear(string iso) => int.Parse(iso.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture);
}
