using System.Text;

namespace AzerbaijanSyria.Relations.Export.Site;

/// <summary>
/// Who held which office: every recorded term, by country and kind of office (heads of state, of
/// government, foreign ministers …), holders in order, each term in words. A day typed in the form
/// (kept in the address, <c>offices.html?on=2022-06-01</c>) leaves the terms that cover it: certainly
/// (the term had begun by its latest possible start and had not ended by its earliest possible end)
/// or possibly (no known bound rules the day out), marked as such.
/// </summary>
internal static class OfficesPage
{
    public const string Path = "offices.html";

    private const string Positions = "positions";

    /// <summary>The kinds of office in the order the page lists them, with their headings; any other kind follows by name.</summary>
    private static readonly (string Level, string Heading)[] Levels =
    [
        ("head_of_state", "Head of state"), ("head_of_government", "Head of government"), ("foreign_minister", "Foreign minister"),
        ("speaker", "Speaker of parliament"), ("minister", "Ministers"), ("deputy_minister", "Deputy ministers"),
        ("head_of_mission", "Heads of mission"),
    ];

    /// <summary>Whether the file has offices to list.</summary>
    public static bool Applies(SiteModel model) => model.Table(Positions) is { Count: > 0 } table && table.HasColumn("person_id");

    public static SitePage Render(SiteModel model)
    {
        var page = new SitePage(Path, "Offices", "offices");
        var table = model.Table(Positions)!;
        page.Line("<h1>Offices</h1>");
        page.Line("<p>Every office the dataset records, by country and kind of office, its holders in order. A term says no more than its sources: “in office by” a day when only a page showing the person in office dates its start, “still in office on” the newest page that shows it.</p>");
        page.Line("<form id=\"on-day\" class=\"filters\" hidden>");
        page.Line("<fieldset><legend>Who was in office</legend>");
        page.Line("<p class=\"filter\"><label for=\"office-day\">on the day</label> <input id=\"office-day\" name=\"on\" type=\"date\"></p>");
        page.Line("<button type=\"reset\">Every term</button>");
        page.Line("</fieldset>");
        page.Line("<p class=\"hint\">A term certainly covers the day when its latest possible start is on or before it and its earliest possible end on or after it; a term whose bounds do not rule the day out possibly covers it, and is marked so.</p>");
        page.Line("</form>");
        page.Line("<p id=\"office-status\" class=\"status\" role=\"status\" aria-live=\"polite\"></p>");

        // Each term's line is made as the offices are read, and sorted in the scratch database: by country (the
        // offices with none last; countries by name, then in the order they first come), kind of office, start
        // and key. Only the countries met are held, which the countries table bounds.
        var firstSeen = new Dictionary<string, int>(StringComparer.Ordinal);
        var lines = table.Rows.Select(office =>
        {
            var country = CountryOf(model, office);
            var countryKey = country?.Key ?? string.Empty;
            if (!firstSeen.ContainsKey(countryKey))
            {
                firstSeen[countryKey] = firstSeen.Count;
            }

            var level = office.Text("office_level") ?? string.Empty;
            var levelIndex = Array.FindIndex(Levels, l => l.Level == level) is var i and >= 0 ? i : Levels.Length;
            return new object?[]
            {
                countryKey.Length == 0 ? 1 : 0,
                SiteScratch.OrdinalKey(country is { } c ? SiteModel.Label(c) : string.Empty),
                firstSeen[countryKey],
                levelIndex,
                SiteScratch.OrdinalKey(level),
                SiteScratch.OrdinalKey(office.Text("start_latest") ?? office.Text("start_earliest") ?? "9999"),
                SiteScratch.OrdinalKey(office.Key),
                countryKey,
                country is null ? "Other offices" : RowHtml.Link(model, page, country),
                level,
                Line(model, page, table, office),
            };
        });

        string? currentCountry = null;
        string? currentLevel = null;
        foreach (var values in model.Scratch!.Sort(7, 11, lines))
        {
            var (countryKey, countryHeading, level, line) = ((string)values[0]!, (string)values[1]!, (string)values[2]!, (string)values[3]!);
            if (countryKey != currentCountry)
            {
                if (currentCountry is not null)
                {
                    page.Append("</ol>\n");
                    page.Line("</section>");
                }

                var id = "country-" + SiteLinks.Slug(countryKey.Length == 0 ? "none" : countryKey);
                page.Line($"<section class=\"office-country\" aria-labelledby=\"{id}\">");
                page.Line($"<h2 id=\"{id}\">{countryHeading}</h2>");
                currentCountry = countryKey;
                currentLevel = null;
            }

            if (level != currentLevel)
            {
                if (currentLevel is not null)
                {
                    page.Append("</ol>\n");
                }

                var heading = Levels.FirstOrDefault(l => l.Level == level).Heading ?? (level.Length == 0 ? "Other offices" : Html.Humanize(level.Replace('_', ' ')));
                page.Line($"<h3>{Html.Encode(heading)}</h3>");
                page.Append("<ol class=\"dated terms\">\n");
                currentLevel = level;
            }

            page.Append(line);
        }

        if (currentCountry is not null)
        {
            page.Append("</ol>\n");
            page.Line("</section>");
        }

        page.Scripts.Add(SiteAssets.OfficesScript);
        return page;
    }

    /// <summary>One term's line: its holder, the office and its term, with its bounds for the script.</summary>
    private static string Line(SiteModel model, SitePage page, SiteTable table, SiteRow office)
    {
        var html = new StringBuilder($"<li data-row=\"{Html.Encode(table.Name + ":" + office.Key)}\"");
        foreach (var bound in new[] { "start_earliest", "start_latest", "end_earliest", "end_latest" })
        {
            if (office.Text(bound) is { } day)
            {
                html.Append($" data-{bound.Replace('_', '-')}=\"{Html.Encode(day)}\"");
            }
        }

        html.Append('>');
        var holder = office.Table.Column("person_id") is { } column ? model.Referenced(office, column) : null;
        if (holder is not null)
        {
            html.Append($"<strong>{RowHtml.Link(model, page, holder)}</strong>, ");
        }

        html.Append(EntityLead.Office(model, page, office, withTerm: true, withCountry: false));
        return html.Append(" <span class=\"badge possibly\" hidden>possibly in office that day</span></li>\n").ToString();
    }

    /// <summary>The country of an office: its own, else its organization's, else its holder's.</summary>
    private static SiteRow? CountryOf(SiteModel model, SiteRow office)
    {
        SiteRow? Ref(SiteRow row, string column) => row.Table.Column(column) is { } c ? model.Referenced(row, c) : null;
        return Ref(office, "country_id")
            ?? (Ref(office, "organization_id") is { } organization ? Ref(organization, "country_id") : null)
            ?? (Ref(office, "person_id") is { } person ? Ref(person, "country_id") : null);
    }
}
