using System.Globalization;
using System.Security;
using System.Text;

namespace AzerbaijanSyria.Relations.Export;

/// <summary>
/// Draws events as an SVG picture: a vertical time axis in years, each event marked at its date
/// (a dot for a known day, a bar for a range, dashed where a bound is open), coloured by CAMEO
/// quad class, and joined by a leader line to a label in its own row, so labels never overlap
/// however dense the years, and the picture as wide as its longest label (from a generous estimate of
/// each character's width), so no label is cut. Plain SVG text: no fonts or native libraries needed,
/// same bytes every run.
/// </summary>
public static class TimelineSvg
{
    /// <summary>The narrowest the picture is drawn; it widens so that its longest line of text shows whole.</summary>
    private const int MinimumWidth = 1100;
    private const int Top = 118;
    private const int RowHeight = 19;
    private const int AxisX = 150;
    private const int LabelX = 430;
    private const int OpenBoundDays = 45;

    private static readonly (int? Quad, string Colour, string Name)[] Classes =
    [
        (1, "#2b6cb0", "verbal cooperation (CAMEO 01-05)"),
        (2, "#2f855a", "material cooperation (06-09)"),
        (3, "#dd6b20", "verbal conflict (10-14)"),
        (4, "#c53030", "material conflict (15-20)"),
        (null, "#718096", "no CAMEO code"),
    ];

    /// <summary>The picture of <paramref name="events"/>, titled with their number and span of years.</summary>
    /// <param name="events">The events, in date order (as <see cref="RelationsDataset.GetTimelineAsync(DateOnly?, DateOnly?, string?, string?, SourceFilter, CancellationToken)"/> gives them).</param>
    /// <returns>The SVG document.</returns>
    public static string Render(IReadOnlyList<TimelineEvent> events)
    {
        var svg = new StringWriter(CultureInfo.InvariantCulture);
        Write(svg, () => events.Select(Mark.Of), title: null);
        return svg.ToString();
    }

    /// <summary>Writes the picture of <paramref name="events"/> (see <see cref="Render(IReadOnlyList{TimelineEvent})"/>) to <paramref name="path"/>, whole or not at all.</summary>
    /// <param name="path">The SVG file to write; its folder must exist.</param>
    /// <param name="events">The events, in date order.</param>
    /// <exception cref="IOException"><paramref name="path"/> is a folder, or its folder does not exist.</exception>
    public static void Write(string path, IReadOnlyList<TimelineEvent> events) => OutputFile.WriteAllText(path, Render(events));

    internal static string Render(IReadOnlyList<TimelineEvent> events, string title)
    {
        var svg = new StringWriter(CultureInfo.InvariantCulture);
        Write(svg, () => events.Select(Mark.Of), title);
        return svg.ToString();
    }

    /// <summary>What the picture draws of an event.</summary>
    internal readonly record struct Mark(DateOnly? DateEarliest, DateOnly? DateLatest, string? DatePrecision, string DateEdtf, string Title, string EvidenceStatus, int? QuadClass)
    {
        public static Mark Of(TimelineEvent e) => new(e.DateEarliest, e.DateLatest, e.DatePrecision, e.DateEdtf, e.Title, e.EvidenceStatus, e.QuadClass);
    }

    /// <summary>
    /// Writes the picture to <paramref name="output"/> as it is drawn, reading the events (in date order) three
    /// times: for the picture's size and span, for the counts beside the years, and to draw them. Nothing but
    /// those figures is held, so the picture of a million events takes no more memory than that of ten.
    /// </summary>
    /// <param name="output">Where the SVG goes.</param>
    /// <param name="read">Reads the events again, in the same order, each time it is called.</param>
    /// <param name="title">The picture's title, or null for the number of events and their span of years.</param>
    internal static void Write(TextWriter output, Func<IEnumerable<Mark>> read, string? title)
    {
        // An event of unknown date has no place on the axis: it is left out of the picture.
        var all = 0;
        var count = 0;
        int? fromYear = null;
        int? toYear = null;
        var widest = 0.0;
        DateOnly? firstStart = null;
        DateOnly? lastEnd = null;
        foreach (var e in read())
        {
            all++;
            if ((e.DateEarliest ?? e.DateLatest) is null)
            {
                continue;
            }

            count++;
            var fromThis = (e.DateEarliest ?? e.DateLatest)!.Value.Year;
            var toThis = (e.DateLatest ?? e.DateEarliest)!.Value.Year;
            fromYear = fromYear is { } f && f <= fromThis ? f : fromThis;
            toYear = toYear is { } t && t >= toThis ? t : toThis;
            widest = Math.Max(widest, LabelX + TextWidth(e.DateEdtf + "  " + e.Title + (e.EvidenceStatus == "confirmed" ? string.Empty : $" ({e.EvidenceStatus})"), 12) + 24);
            var start = Start(e);
            var end = End(e);
            firstStart = firstStart is { } s && s <= start ? s : start;
            lastEnd = lastEnd is { } l && l >= end ? l : end;
        }

        // An event of unknown date has no year to give the span.
        title ??= $"Azerbaijan–Syria relations: {all} events{(count == 0 ? string.Empty : $", {fromYear}–{toYear}")}";
        var svg = new StringBuilder();
        var legend = Classes.Sum(c => 14 + (c.Name.Length * 7) + 18);
        var width = (int)Math.Ceiling(new[]
        {
            MinimumWidth, 24 + TextWidth(title, 20), 24 + legend, 24 + TextWidth(KeyLine, 11), 24 + TextWidth(CountLine, 11),
            count == 0 ? 0 : widest,
        }.Max());
        var rows = Math.Max(count, 1);
        var bottom = Top + ((rows - 1) * RowHeight);
        var height = bottom + 50;
        svg.Append(CultureInfo.InvariantCulture, $"""<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" font-family="DejaVu Sans, Verdana, Arial, sans-serif">""").Append('\n');
        svg.Append(CultureInfo.InvariantCulture, $"""<rect width="{width}" height="{height}" fill="#ffffff"/>""").Append('\n');
        svg.Append(CultureInfo.InvariantCulture, $"""<text x="24" y="34" font-size="20" font-weight="bold" fill="#1a202c">{Escape(title)}</text>""").Append('\n');
        var legendX = 24;
        foreach (var (_, colour, name) in Classes)
        {
            svg.Append(CultureInfo.InvariantCulture, $"""<circle cx="{legendX + 5}" cy="58" r="5" fill="{colour}"/><text x="{legendX + 14}" y="62" font-size="12" fill="#2d3748">{Escape(name)}</text>""").Append('\n');
            legendX += 14 + (name.Length * 7) + 18;
        }

        svg.Append($"""<text x="24" y="82" font-size="11" fill="#4a5568">{KeyLine}</text>""").Append('\n');
        svg.Append($"""<text x="24" y="98" font-size="11" fill="#4a5568">{CountLine}</text>""").Append('\n');
        if (count == 0)
        {
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{LabelX}" y="{Top}" font-size="12" fill="#4a5568">No events match.</text>""").Append('\n');
            svg.Append("</svg>\n");
            output.Write(svg.ToString());
            return;
        }

        var first = new DateOnly(firstStart!.Value.Year, 1, 1);
        var last = new DateOnly(lastEnd!.Value.Year + 1, 1, 1);
        double Y(DateOnly d) => Top + ((double)(d.DayNumber - first.DayNumber) / (last.DayNumber - first.DayNumber) * (bottom - Top));

        // The counts beside the years drawn, from a second reading.
        var step = last.Year - first.Year > 40 ? 5 : 1;
        var counted = new SortedDictionary<int, (int Certain, int Listed)>();
        for (var year = first.Year; year < last.Year; year += step)
        {
            counted[year] = (0, 0);
        }

        foreach (var e in read())
        {
            if ((e.DateEarliest ?? e.DateLatest) is null)
            {
                continue;
            }

            foreach (var year in counted.Keys.ToList())
            {
                var (certain, listed) = counted[year];
                var firstDay = new DateOnly(year, 1, 1);
                var lastDay = new DateOnly(year, 12, 31);
                if (DateReading.Matches(e.DateEarliest, e.DateLatest, firstDay, lastDay, DateRangeMatch.Plausible))
                {
                    counted[year] = (certain + (DateReading.IsCertain(e.DateEarliest, e.DateLatest, firstDay, lastDay) ? 1 : 0), listed + 1);
                }
            }
        }

        svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{AxisX}" y1="{Top}" x2="{AxisX}" y2="{bottom}" stroke="#a0aec0" stroke-width="2"/>""").Append('\n');
        for (var year = first.Year; year <= last.Year; year += step)
        {
            var y = Y(new DateOnly(year, 1, 1));
            svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{AxisX - 6}" y1="{F(y)}" x2="{AxisX}" y2="{F(y)}" stroke="#a0aec0"/><text x="{AxisX - 10}" y="{F(y + 4)}" font-size="11" text-anchor="end" fill="#4a5568">{year}</text>""");
            if (year < last.Year)
            {
                var (certain, possible) = counted[year]; // possible: all the year lists
                svg.Append(CultureInfo.InvariantCulture, $"""<text x="{AxisX - 48}" y="{F(y + 4)}" font-size="10" text-anchor="end" fill="#718096" data-year="{year}">{certain}/{possible}</text>""");
            }

            svg.Append('\n');
        }

        var i = 0;
        foreach (var e in read())
        {
            if ((e.DateEarliest ?? e.DateLatest) is null)
            {
                continue;
            }

            var colour = Classes.First(c => c.Quad == e.QuadClass).Colour;
            var y0 = Y(Start(e));
            var y1 = Y(End(e).AddDays(1));
            var mid = (y0 + y1) / 2;
            var rowY = Top + (i++ * RowHeight);
            var open = e.DateEarliest is null || e.DateLatest is null;
            if (e.DatePrecision == "day")
            {
                svg.Append(CultureInfo.InvariantCulture, $"""<circle cx="{AxisX + 10}" cy="{F(mid)}" r="4" fill="{colour}"/>""");
            }
            else
            {
                var dash = open ? """ stroke-dasharray="3,2" fill-opacity="0.35" """ : " ";
                svg.Append(CultureInfo.InvariantCulture, $"""<rect x="{AxisX + 6}" y="{F(y0)}" width="8" height="{F(Math.Max(y1 - y0, 3))}" rx="3" fill="{colour}" stroke="{colour}"{dash}/>""");
            }

            svg.Append(CultureInfo.InvariantCulture, $"""<polyline points="{AxisX + 16},{F(mid)} {LabelX - 60},{rowY - 4} {LabelX - 8},{rowY - 4}" fill="none" stroke="{colour}" stroke-opacity="0.45"/>""");
            var status = e.EvidenceStatus == "confirmed" ? string.Empty : $"""<tspan fill="#718096" font-style="italic">&#160;({e.EvidenceStatus})</tspan>""";
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{LabelX}" y="{rowY}" font-size="12" fill="#1a202c"><tspan fill="{colour}" font-weight="bold">{Escape(e.DateEdtf)}</tspan>  {Escape(e.Title)}{status}</text>""").Append('\n');
            if (svg.Length >= 16 * 1024)
            {
                output.Write(svg.ToString());
                svg.Clear();
            }
        }

        svg.Append(CultureInfo.InvariantCulture, $"""<text x="24" y="{height - 16}" font-size="11" fill="#4a5568">Azerbaijan–Syria relations dataset, CC BY 4.0. Every event is cited in the database; see citation_details.</text>""").Append('\n');
        svg.Append("</svg>\n");
        output.Write(svg.ToString());
    }

    /// <summary>
    /// The events certainly in <paramref name="year"/> (every possible day in it) and all the events the
    /// year lists by the default reading (<see cref="DateRangeMatch.Plausible"/>): the counts of
    /// <c>azsy stats</c> and <see cref="RelationsDataset.GetYearlyMatchCountsAsync"/>.
    /// </summary>
    internal static (int Certain, int Listed) CountIn(IReadOnlyList<TimelineEvent> events, int year)
    {
        var firstDay = new DateOnly(year, 1, 1);
        var lastDay = new DateOnly(year, 12, 31);
        var listed = events.Where(e => DateReading.Matches(e.DateEarliest, e.DateLatest, firstDay, lastDay, DateRangeMatch.Plausible)).ToList();
        return (listed.Count(e => DateReading.IsCertain(e.DateEarliest, e.DateLatest, firstDay, lastDay)), listed.Count);
    }

    private const string KeyLine = "A dot is a known day, a bar a range of possible days, a dashed bar an open bound. Labels are in date order; lines lead to each event's place on the axis.";

    private const string CountLine = "Beside each year: the events certainly in that year, and after a slash all it lists (a range across a new year counts in both; one on or before a day, in its year and the year before).";

    /// <summary>
    /// A generous estimate of how wide <paramref name="text"/> is drawn at <paramref name="fontSize"/>
    /// pixels in DejaVu Sans or Verdana (the widest of the fonts the picture names): 0.66 em a
    /// character, above their average for mixed text, so that a label fits whatever the font.
    /// </summary>
    private static double TextWidth(string text, double fontSize) => text.Length * fontSize * 0.66;

    private static DateOnly Start(Mark e) => e.DateEarliest ?? e.DateLatest!.Value.AddDays(-OpenBoundDays);

    private static DateOnly End(Mark e) => e.DateLatest ?? e.DateEarliest!.Value.AddDays(OpenBoundDays);

    private static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    // XML 1.0 allows no C0 control but tab and line breaks, and a bidirectional override would reorder the label: each shows as its escape.
    private static string Escape(string text) => SecurityElement.Escape(ControlCharacters.Escape(text))!;
}
