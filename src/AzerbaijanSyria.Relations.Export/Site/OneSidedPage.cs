using System.Text;

namespace AzerbaijanSyria.Relations.Export.Site;

/// <summary>
/// The facts only one side's own voices report: every fact whose sources are all the government or state
/// media of Azerbaijan, or all those of Syria, with no other source. The same list, by the same rule, as
/// <c>azsy one-sided</c> and <see cref="RelationsDataset.GetOneSidedFactsAsync"/>; each fact links to its page.
/// </summary>
internal static class OneSidedPage
{
    public const string Path = "one-sided.html";

    /// <summary>The table that holds each kind of fact the library names.</summary>
    private static readonly Dictionary<string, string> Tables = new(StringComparer.Ordinal)
    {
        ["event"] = "events", ["statement"] = "statements", ["agreement"] = "agreements", ["agreement_action"] = "agreement_actions",
        ["aid_delivery"] = "aid_deliveries", ["assessment"] = "assessments", ["claim"] = "discrepancy_claims",
        ["organization"] = "organizations", ["person"] = "people", ["place"] = "places", ["position"] = "positions",
        ["trade_flow"] = "trade_flows",
    };

    private static readonly (string Code, string Name)[] Sides = [("AZE", "Azerbaijan"), ("SYR", "Syria")];

    public static SitePage Render(SiteModel model, IReadOnlyList<OneSidedFact> facts)
    {
        var page = new SitePage(Path, "Reported by one side only", "one-sided");
        page.Line("<h1>Reported by one side only</h1>");
        page.Line("<p>The facts whose every source is one side's own voice: the government or the state media of Azerbaijan, or of Syria, with no other source, not even that country's private media. A page that reprints, translates or quotes another counts with it once. The same list as <code>azsy one-sided</code>.</p>");
        foreach (var (code, name) in Sides)
        {
            var side = facts.Where(f => f.ReportedOnlyBy == code).ToList();
            var id = "side-" + code.ToLowerInvariant();
            page.Line($"<section aria-labelledby=\"{id}\">");
            page.Line($"<h2 id=\"{id}\">Only {Html.Encode(name)}'s official voices ({side.Count})</h2>");
            if (side.Count == 0)
            {
                page.Line("<p>None in this file.</p>");
            }
            else
            {
                var html = new StringBuilder("<ol class=\"dated\">\n");
                foreach (var fact in side)
                {
                    html.Append($"<li data-fact=\"{Html.Encode(fact.SubjectKind)}:{Html.Encode(fact.SubjectId)}\">");
                    if (fact.DateEdtf is { } date)
                    {
                        html.Append($"<time>{Html.Encode(date)}</time> ");
                    }

                    html.Append($"<span class=\"kind\">{Html.Encode(fact.SubjectKind.Replace('_', ' '))}</span> ");
                    html.Append(Link(model, page, fact));
                    html.Append($" <span class=\"sources\">({fact.Sources} {(fact.Sources == 1 ? "source" : "sources")})</span></li>\n");
                }

                page.Append(html.Append("</ol>\n").ToString());
            }

            page.Line("</section>");
        }

        return page;
    }

    private static string Link(SiteModel model, SitePage page, OneSidedFact fact)
    {
        var label = fact.Label ?? fact.SubjectId;
        if (Tables.TryGetValue(fact.SubjectKind, out var name) && model.Table(name) is { } table
            && table.Columns.FirstOrDefault(c => c.PrimaryKeyPosition == 1) is { } key && table.Find(key.Name, fact.SubjectId) is { } row)
        {
            var link = RowHtml.Link(model, page, row);
            return fact.Label is null ? link : $"{Html.Encode(label)} ({link})";
        }

        return Html.Encode(label);
    }
}
