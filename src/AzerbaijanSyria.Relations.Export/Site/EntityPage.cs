namespace AzerbaijanSyria.Relations.Export.Site;

/// <summary>
/// The page of one event, person, organization, place, agreement, source or discrepancy: every
/// column of its row, its citations, and every row of every table that refers to it (participants,
/// statements, offices, parties, claims …), each with its own sources. Tables and columns come from
/// the schema; a new one appears here without a change.
/// </summary>
internal static class EntityPage
{
    public static SitePage Render(SiteModel model, SiteRow row)
    {
        var kind = row.Table.Kind!;
        var label = row.Table.LabelColumn is { } column && row.Text(column) is { Length: > 0 } text ? text : row.Key;
        var page = new SitePage(SiteLinks.EntityPage(kind, row.Key), label, kind.Table == SiteKinds.Events ? "timeline" : kind.Table);
        page.Line($"<article class=\"entity\" data-row=\"{Html.Encode(row.Table.Name + ":" + row.Key)}\">");
        page.Line($"<h1>{Html.Encode(label)}</h1>");
        page.Line($"<p class=\"kind\">{Html.Encode(kind.Singular)} <code>{Html.Encode(row.Key)}</code></p>");
        if (SiteDates.Describe(row) is { } date)
        {
            page.Line($"<p class=\"when\">{date}</p>");
        }

        // A discrepancy is its claims: they come first.
        if (kind.Table == SiteKinds.Discrepancies)
        {
            Section(page, "claims", "The claims, side by side", ClaimsHtml.Claims(model, page, row, level: 3));
        }

        Section(page, "fields", "Every field", RowHtml.Fields(model, page, row));

        if (model.IsCitable(row.Table))
        {
            var citations = CitationHtml.List(model, page, model.CitationsOf(row), showSubject: false, emptyText: "<p>No citation names this row itself; the rows below carry their own.</p>");
            Section(page, "sources", "Sources", citations);
        }

        foreach (var (child, back) in model.ReferencesTo(row.Table))
        {
            if (kind.Table == SiteKinds.Discrepancies && child.Name == SiteKinds.Claims)
            {
                continue;
            }

            var rows = model.RowsReferring(row, child, back).ToList();
            if (rows.Count == 0)
            {
                continue;
            }

            var several = child.Columns.Count(c => c.References?.Table == row.Table.Name) > 1;
            var heading = Html.Humanize(child.Name) + (several ? $" ({back.Name})" : string.Empty);
            var id = $"related-{SiteLinks.Slug(child.Name)}-{SiteLinks.Slug(back.Name)}";
            string body;
            if (child.Name == SiteKinds.Citations && SiteModel.SourceColumn(child)?.Name == back.Name)
            {
                heading = "Cited for";
                body = CitationHtml.List(model, page, rows, showSubject: true, emptyText: string.Empty);
            }
            else if (child.Name == SiteKinds.Citations)
            {
                continue; // the row's own citations are listed under Sources
            }
            else if (child.Name == SiteKinds.Discrepancies)
            {
                body = string.Concat(rows.Select(r => ClaimsHtml.Block(model, page, r)));
            }
            else
            {
                body = RowHtml.Table(model, page, child, rows, heading, omit: back.Name, dropEmpty: true, withCitations: model.IsCitable(child));
            }

            var description = child.Description.Length > 0 ? $"<p class=\"desc\">{Html.Encode(child.Description)}</p>\n" : string.Empty;
            Section(page, id, heading, description + body);
        }

        page.Line("</article>");
        return page;
    }

    private static void Section(SitePage page, string id, string heading, string body)
    {
        page.Line($"<section aria-labelledby=\"{id}\">");
        page.Line($"<h2 id=\"{id}\">{Html.Encode(heading)}</h2>");
        page.Append(body.EndsWith('\n') ? body : body + "\n");
        page.Line("</section>");
    }
}
