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

    public static SitePage Render(SiteModel model, SqliteConnection connection)
    {
        var events = connection.Query<TimelineRow>(
            """
            SELECT event_id AS Event_id, date_earliest AS Date_earliest, date_latest AS Date_latest, date_edtf AS Date_edtf,
                   date_precision AS Date_precision, date_basis AS Date_basis, event_type AS Event_type, quad_class AS Quad_class,
                   title AS Title, place AS Place, evidence_status AS Evidence_status
            FROM timeline
            ORDER BY coalesce(date_earliest, date_latest), date_latest, event_id
            """).ToList();
        var eventTable = model.Table(SiteKinds.Events)!;
        var facets = events.Select(e =>
        {
            var row = eventTable.Find(eventTable.Columns.First(c => c.PrimaryKeyPosition == 1).Name, e.Event_id)!;
            return (
                Event: e,
                Row: row,
                Years: SiteDates.Years(e.Date_earliest, e.Date_latest),
                Span: PlausibleSpan(e.Date_earliest, e.Date_latest),
                Quad: e.Quad_class is { } q ? q.ToString(CultureInfo.InvariantCulture) : "none",
                Topics: Reach(model, row, Topics),
                Countries: Reach(model, row, Countries));
        }).ToList();

        var page = new SitePage(Path, "Timeline", "timeline");
        page.Line("<h1>Timeline</h1>");
        page.Line($"<p>All {events.Count} events, earliest first. A date is as precise as the sources allow, and no more:</p>");
        page.Line("<ul class=\"legend\">");
        page.Line("<li><span class=\"mark mark-day\" aria-hidden=\"true\"></span> a known day, month or year;</li>");
        page.Line("<li><span class=\"mark mark-range\" aria-hidden=\"true\"></span> a range: the event lasted from one day to another, or fell on some day between two;</li>");
        page.Line("<li><span class=\"mark mark-open\" aria-hidden=\"true\"></span> an open range: only one bound is known (on or before a day, when only the report's date is known).</li>");
        page.Line("</ul>");
        page.Line("<p>Each date's <abbr title=\"Extended Date/Time Format\">EDTF</abbr> form follows it. Colours are CAMEO quad classes; “date inferred”, “derived” or “reported” says how a date is known, and a status says when a fact is reported by unnamed sources or disputed. The same events are drawn on the <a href=\"index.html#timeline-picture\">home page</a>.</p>");

        var years = facets.Where(f => f.Span is not null).SelectMany(f => Enumerable.Range(f.Span!.Value.First.Year, f.Span.Value.Last.Year - f.Span.Value.First.Year + 1)).Distinct().Order().ToList();
        var quads = QuadClasses.Where(q => facets.Any(f => f.Quad == q.Code)).ToList();
        var topics = facets.SelectMany(f => f.Topics).DistinctBy(t => t.Key).OrderBy(t => SiteModel.Label(t).ToLowerInvariant(), StringComparer.Ordinal).ToList();
        var countries = facets.SelectMany(f => f.Countries).DistinctBy(c => c.Key).OrderBy(c => SiteModel.Label(c).ToLowerInvariant(), StringComparer.Ordinal).ToList();
        var statuses = events.Select(e => e.Evidence_status).Distinct().Order(StringComparer.Ordinal).ToList();

        page.Line("<form id=\"filters\" class=\"filters\" hidden>");
        page.Line("<fieldset><legend>Show only the events</legend>");
        Select(page, "year", "of the year", "any year", years.Select(y => (y.ToString(CultureInfo.InvariantCulture), y.ToString(CultureInfo.InvariantCulture))));
        Select(page, "quad", "of the CAMEO class", "any class", quads);
        Select(page, "topic", "on the topic", "any topic", topics.Select(t => (t.Key, SiteModel.Label(t))));
        Select(page, "country", "involving the country", "any country", countries.Select(c => (c.Key, SiteModel.Label(c))));
        Select(page, "status", "whose evidence is", "any evidence", statuses.Select(s => (s, s)));
        page.Line("<button type=\"reset\">Show all</button>");
        page.Line("</fieldset>");
        page.Line("<p class=\"hint\">A year shows the events whose known dates do not put them outside it, as <code>azsy timeline --from YEAR --to YEAR</code> lists them: an event known only as on or before a day falls in that day's year or the year before (never before 1992), and one not certainly in the year is marked “possibly in” it. A country is involved as a participant, or as the country of a participant, speaker, donor or place.</p>");
        page.Line("</form>");
        page.Line("<p id=\"filter-status\" class=\"status\" role=\"status\" aria-live=\"polite\"></p>");
        page.Line("<noscript><p>The filters need JavaScript; every event is listed below.</p></noscript>");

        foreach (var group in facets.GroupBy(f => f.Years?.From))
        {
            var year = group.Key?.ToString(CultureInfo.InvariantCulture) ?? "undated";
            page.Line($"<section class=\"year\" data-year=\"{year}\" aria-labelledby=\"year-{year}\">");
            page.Line($"<h2 id=\"year-{year}\">{(group.Key is null ? "Date unknown" : year)}</h2>");
            page.Line("<ol class=\"events\">");
            foreach (var (e, row, _, _, quad, _, _) in group)
            {
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
                item.Append($"<p class=\"event-title\"><a href=\"{page.Href(model.Locate(row))}\">{Html.Encode(e.Title)}</a>");
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

            page.Line("</ol>");
            page.Line("</section>");
        }

        SiteJson.Island(page, "timeline-data", json =>
        {
            json.WriteStartObject();
            json.WriteStartArray("events");
            foreach (var f in facets)
            {
                json.WriteStartObject();
                json.WriteString("id", f.Event.Event_id);
                if (f.Span is { } span)
                {
                    // The rule's one place is DateReading: the script only meets these days with a year.
                    json.WriteString("first", Iso(span.First));
                    json.WriteString("last", Iso(span.Last));
                    if (f.Event.Date_earliest is null || f.Event.Date_latest is null)
                    {
                        json.WriteBoolean("open", true);
                    }
                }

                json.WriteString("quad", f.Quad);
                SiteJson.WriteStrings(json, "topics", f.Topics.Select(t => t.Key));
                SiteJson.WriteStrings(json, "countries", f.Countries.Select(c => c.Key));
                json.WriteString("status", f.Event.Evidence_status);
                json.WriteEndObject();
                SiteJson.Spill(json);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
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
