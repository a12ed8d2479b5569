using System.Globalization;
using System.Text;
using Dapper;
using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations.Export.Site;

/// <summary>
/// Every event in date order, grouped by year, each date as honest as its sources (a range is a
/// range), and filters by year, CAMEO class, topic, country and evidence status. The list is plain
/// HTML and complete without JavaScript; the filters are a small script over the page's JSON data.
/// </summary>
internal static class TimelinePage
{
    public const string Path = "timeline.html";

    private const string Countries = "countries";
    private const string Topics = "topics";

    /// <summary>CAMEO's four quad classes (as the timeline picture colours them).</summary>
    private static readonly (string Code, string Name)[] QuadClasses =
    [
        ("1", "Verbal cooperation (CAMEO 01–05)"), ("2", "Material cooperation (06–09)"), ("3", "Verbal conflict (10–14)"),
        ("4", "Material conflict (15–20)"), ("none", "No CAMEO code"),
    ];

    internal sealed record TimelineRow(
        string Event_id, string? Date_earliest, string? Date_latest, string Date_edtf, string? Date_precision, string? Date_basis,
        string? Event_type, long? Quad_class, string Title, string? Place, string Evidence_status);

    private const string TimelineSql =
        """
        SELECT event_id AS Event_id, date_earliest AS Date_earliest, date_latest AS Date_latest, date_edtf AS Date_edtf,
               date_precision AS Date_precision, date_basis AS Date_basis, event_type AS Event_type, quad_class AS Quad_class,
               title AS Title, place AS Place, evidence_status AS Evidence_status
        FROM timeline
        ORDER BY coalesce(date_earliest, date_latest), date_latest, event_id
        """;

    /// <summary>
    /// The page, written as the timeline is read: a first reading gathers the filters' choices (years, classes,
    /// topics, countries and statuses, which the schema's small tables bound) and each event's data for the
    /// script (kept in the scratch database); a second writes the list; the data follows from the scratch.
    /// No event is held after it is read.
    /// </summary>
    public static SitePage Render(SiteModel model, SqliteConnection connection)
    {
        var eventTable = model.Table(SiteKinds.Events)!;
        var eventKey = eventTable.Columns.First(c => c.PrimaryKeyPosition == 1).Name;
        var scratch = model.Scratch!;
        var data = scratch.NewName("timeline_data");
        scratch.Execute($"CREATE TABLE {data} (n INTEGER PRIMARY KEY, json TEXT NOT NULL)");

        var count = 0;
        var years = new SortedSet<int>();
        var quadsSeen = new HashSet<string>(StringComparer.Ordinal);
        var topicsSeen = new List<SiteRow>();
        var countriesSeen = new List<SiteRow>();
        var topicKeys = new HashSet<string>(StringComparer.Ordinal);
        var countryKeys = new HashSet<string>(StringComparer.Ordinal);
        var statusesSeen = new HashSet<string>(StringComparer.Ordinal);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (scratch.Batch())
        using (var insert = scratch.Prepare($"INSERT INTO {data} (json) VALUES ($p0)", 1))
        {
            foreach (var e in connection.Query<TimelineRow>(TimelineSql, buffered: false))
            {
                count++;
                var row = eventTable.Find(eventKey, e.Event_id)!;
                var span = PlausibleSpan(e.Date_earliest, e.Date_latest);
                var quad = e.Quad_class is { } q ? q.ToString(CultureInfo.InvariantCulture) : "none";
                var topics = Reach(model, row, Topics);
                var countries = Reach(model, row, Countries);
                if (span is { } s)
                {
                    for (var year = s.First.Year; year <= s.Last.Year; year++)
                    {
                        years.Add(year);
                    }
                }

                quadsSeen.Add(quad);
                topicsSeen.AddRange(topics.Where(t => topicKeys.Add(t.Key)));
                countriesSeen.AddRange(countries.Where(c => countryKeys.Add(c.Key)));
                statusesSeen.Add(e.Evidence_status);

                buffer.Clear();
                using (var json = new System.Text.Json.Utf8JsonWriter(buffer, SiteJson.WriterOptions))
                {
                    json.WriteStartObject();
                    json.WriteString("id", e.Event_id);
                    if (span is { } plausible)
                    {
                        // The rule's one place is DateReading: the script only meets these days with a year.
                        json.WriteString("first", Iso(plausible.First));
                        json.WriteString("last", Iso(plausible.Last));
                        if (e.Date_earliest is null || e.Date_latest is null)
                        {
                            json.WriteBoolean("open", true);
                        }
                    }

                    json.WriteString("quad", quad);
                    SiteJson.WriteStrings(json, "topics", topics.Select(t => t.Key));
                    SiteJson.WriteStrings(json, "countries", countries.Select(c => c.Key));
                    json.WriteString("status", e.Evidence_status);
                    json.WriteEndObject();
                }

                SiteScratch.Run(insert, System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan));
            }
        }

        var page = new SitePage(Path, "Timeline", "timeline");
        page.Line("<h1>Timeline</h1>");
        page.Line($"<p>All {count} events, earliest first. A date is as precise as the sources allow, and no more:</p>");
        page.Line("<ul class=\"legend\">");
        page.Line("<li><span class=\"mark mark-day\" aria-hidden=\"true\"></span> a known day, month or year;</li>");
        page.Line("<li><span class=\"mark mark-range\" aria-hidden=\"true\"></span> a range: the event lasted from one day to another, or fell on some day between two;</li>");
        page.Line("<li><span class=\"mark mark-open\" aria-hidden=\"true\"></span> an open range: only one bound is known (on or before a day, when only the report's date is known).</li>");
        page.Line("</ul>");
        page.Line("<p>Each date's <abbr title=\"Extended Date/Time Format\">EDTF</abbr> form follows it. Colours are CAMEO quad classes; “date inferred”, “derived” or “reported” says how a date is known, and a status says when a fact is reported by unnamed sources or disputed. The same events are drawn on the <a href=\"index.html#timeline-picture\">home page</a>.</p>");

        var quads = QuadClasses.Where(q => quadsSeen.Contains(q.Code)).ToList();
        var topicList = topicsSeen.OrderBy(t => SiteModel.Label(t).ToLowerInvariant(), StringComparer.Ordinal).ToList();
        var countryList = countriesSeen.OrderBy(c => SiteModel.Label(c).ToLowerInvariant(), StringComparer.Ordinal).ToList();
        var statuses = statusesSeen.Order(StringComparer.Ordinal).ToList();

        page.Line("<form id=\"filters\" class=\"filters\" hidden>");
        page.Line("<fieldset><legend>Show only the events</legend>");
        Select(page, "year", "of the year", "any year", years.Select(y => (y.ToString(CultureInfo.InvariantCulture), y.ToString(CultureInfo.InvariantCulture))));
        Select(page, "quad", "of the CAMEO class", "any class", quads);
        Select(page, "topic", "on the topic", "any topic", topicList.Select(t => (t.Key, SiteModel.Label(t))));
        Select(page, "country", "involving the country", "any country", countryList.Select(c => (c.Key, SiteModel.Label(c))));
        Select(page, "status", "whose evidence is", "any evidence", statuses.Select(s => (s, s)));
        page.Line("<button type=\"reset\">Show all</button>");
        page.Line("</fieldset>");
        page.Line("<p class=\"hint\">A year shows the events whose known dates do not put them outside it, as <code>azsy timeline --from YEAR --to YEAR</code> lists them: an event known only as on or before a day falls in that day's year or the year before (never before 1992), and one not certainly in the year is marked “possibly in” it. A country is involved as a participant, or as the country of a participant, speaker, donor or place.</p>");
        page.Line("</form>");
        page.Line("<p id=\"filter-status\" class=\"status\" role=\"status\" aria-live=\"polite\"></p>");
        page.Line("<noscript><p>The filters need JavaScript; every event is listed below.</p></noscript>");

        // The events come in date order, so the events of a year come together.
        var first = true;
        int? currentYear = null;
        foreach (var e in connection.Query<TimelineRow>(TimelineSql, buffered: false))
        {
            var groupYear = SiteDates.Years(e.Date_earliest, e.Date_latest)?.From;
            if (first || groupYear != currentYear)
            {
                if (!first)
                {
                    page.Line("</ol>");
                    page.Line("</section>");
                }

                first = false;
                currentYear = groupYear;
                var year = groupYear?.ToString(CultureInfo.InvariantCulture) ?? "undated";
                page.Line($"<section class=\"year\" data-year=\"{year}\" aria-labelledby=\"year-{year}\">");
                page.Line($"<h2 id=\"year-{year}\">{(groupYear is null ? "Date unknown" : year)}</h2>");
                page.Line("<ol class=\"events\">");
            }

            var quad = e.Quad_class is { } q ? q.ToString(CultureInfo.InvariantCulture) : "none";
            var shape = SiteDates.Shape(e.Date_earliest, e.Date_latest, e.Date_precision, e.Date_edtf);
            var mark = shape switch
            {
                DateShape.Day or DateShape.Month or DateShape.Year => "day",
                DateShape.OnOrBefore or DateShape.OnOrAfter or DateShape.Unknown => "open",
                _ => "range",
            };
            var item = new StringBuilder();
            item.Append($"<li class=\"event q-{quad}\" data-event=\"{Html.Encode(e.Event_id)}\">");
            item.Append($"<p class=\"event-date\"><span class=\"mark mark-{mark}\" aria-hidden=\"true\"></span> {SiteDates.Describe(e.Date_earliest, e.Date_latest, e.Date_precision, e.Date_edtf)} <code class=\"edtf\">{Html.Encode(e.Date_edtf)}</code>");
            if (e.Date_basis is { } basis && basis != "stated")
            {
                item.Append($" <span class=\"badge\">date {Html.Encode(basis)}</span>");
            }

            item.Append("</p>");
            item.Append($"<p class=\"event-title\"><a href=\"{page.Href(new SiteLocation(SiteLinks.EntityPage(eventTable.Kind!, e.Event_id), null))}\">{Html.Encode(e.Title)}</a>");
            if (e.Evidence_status != "confirmed")
            {
                item.Append($" <span class=\"badge status\">{Html.Encode(e.Evidence_status)}</span>");
            }

            item.Append("</p>");
            var meta = new[] { e.Event_type, e.Place }.Where(m => !string.IsNullOrEmpty(m)).Select(Html.Encode).ToList();
            if (meta.Count > 0)
            {
                item.Append($"<p class=\"meta\">{string.Join(" · ", meta)}</p>");
            }

            page.Line(item.Append("</li>").ToString());
        }

        if (!first)
        {
            page.Line("</ol>");
            page.Line("</section>");
        }

        SiteJson.Island(page, "timeline-data", json =>
        {
            json.WriteStartObject();
            json.WriteStartArray("events");
            using (var command = scratch.Connection.CreateCommand())
            {
                command.CommandText = $"SELECT json FROM {data} ORDER BY n";
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    json.WriteRawValue(reader.GetString(0), skipInputValidation: true);
                    SiteJson.Spill(json);
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
        scratch.Execute($"DROP TABLE {data}");
        page.Scripts.Add(SiteAssets.TimelineScript);
        return page;
    }

    /// <summary>The first and last day an event plausibly falls on (<see cref="DateReading"/>), or null for an event of unknown date.</summary>
    private static (DateOnly First, DateOnly Last)? PlausibleSpan(string? earliest, string? latest)
    {
        var known = (First: Day(earliest), Last: Day(latest));
        return DateReading.PlausibleFirstDay(known.First, known.Last) is { } first && DateReading.PlausibleLastDay(known.First, known.Last) is { } last
            ? (first, last)
            : null;
    }

    private static DateOnly? Day(string? iso) => iso is null ? null : DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void Select(SitePage page, string name, string label, string any, IEnumerable<(string Value, string Text)> options)
    {
        var html = new StringBuilder($"<p class=\"filter\"><label for=\"filter-by-{name}\">{Html.Encode(label)}</label> <select id=\"filter-by-{name}\" name=\"{name}\"><option value=\"\">{Html.Encode(any)}</option>");
        foreach (var (value, text) in options)
        {
            html.Append($"<option value=\"{Html.Encode(value)}\">{Html.Encode(text)}</option>");
        }

        page.Line(html.Append("</select></p>").ToString());
    }

    /// <summary>
    /// The rows of <paramref name="target"/> an event reaches through its references and the rows
    /// that refer to it: its place's country; a participant country, or the country of a
    /// participating person or organization; a speaker's, a donor's; its topics. Tables are followed
    /// as the schema links them, one step beyond each row, never through another event.
    /// </summary>
    private static IReadOnlyList<SiteRow> Reach(SiteModel model, SiteRow ev, string target)
    {
        var found = new List<SiteRow>();
        void Add(SiteRow? row)
        {
            if (row is null)
            {
                return;
            }

            if (row.Table.Name == target)
            {
                found.Add(row);
                return;
            }

            if (row.Table.Name == ev.Table.Name)
            {
                return;
            }

            foreach (var column in row.Table.Columns.Where(c => c.References?.Table == target))
            {
                if (model.Referenced(row, column) is { } reached)
                {
                    found.Add(reached);
                }
            }
        }

        foreach (var column in ev.Table.Columns.Where(c => c.References is not null))
        {
            Add(model.Referenced(ev, column));
        }

        foreach (var (child, back) in model.ReferencesTo(ev.Table))
        {
            if (child.Name == SiteKinds.Citations || child.Columns.Count(c => c.References?.Table == ev.Table.Name) != 1)
            {
                continue;
            }

            foreach (var row in model.RowsReferring(ev, child, back))
            {
                Add(row);
                foreach (var column in child.Columns.Where(c => c.References is not null && c.Name != back.Name))
                {
                    Add(model.Referenced(row, column));
                }
            }
        }

        return found.DistinctBy(r => r.Key).OrderBy(r => SiteModel.Label(r).ToLowerInvariant(), StringComparer.Ordinal).ToList();
    }
}
