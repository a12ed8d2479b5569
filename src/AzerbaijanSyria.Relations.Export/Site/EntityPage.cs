namespace AzerbaijanSyria.Relations.Export.Site;

/// <summary>
/// The page of one event, person, organization, place, agreement, source or discrepancy, written
/// for a reader: the title, the date in words, the summary and a few facts first; then what the
/// reader came for (who took part with their office, where, what was said, the related events,
/// agreements and disagreements; a person's offices and events in date order; see
/// <see cref="EntityLead"/>) and the sources with their locators. Every column of the row and every
/// row of every table that refers to it follow, folded, so nothing in the file is left out: tables and
/// columns come from the schema, and a new one appears there without a change.
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

        if (row.Table.HasColumn("summary") && row.Text("summary") is { Length: > 0 } summary && summary != label)
        {
            page.Line($"<p class=\"lead\">{Html.Encode(summary)}</p>");
        }
        else if (kind.Table == SiteKinds.Discrepancies && row.Text("note") is { Length: > 0 } note)
        {
            page.Line($"<p class=\"lead\">{Html.Encode(note)}</p>");
        }

        page.Append(EntityLead.Facts(model, page, row));

        // A discrepancy is its claims: they come first.
        if (kind.Table == SiteKinds.Discrepancies)
        {
            Section(page, "claims", "The claims, side by side", ClaimsHtml.Claims(model, page, row, level: 3));
        }

        var lead = EntityLead.Sections(model, page, row);
        foreach (var section in lead)
        {
            if (section.Write is { } write)
            {
                page.Line($"<section aria-labelledby=\"{section.Id}\">");
                page.Line($"<h2 id=\"{section.Id}\">{Html.Encode(section.Heading)}</h2>");
                write(page);
                page.Line("</section>");
            }
            else
            {
                Section(page, section.Id, section.Heading, section.Body);
            }
        }

        if (model.IsCitable(row.Table))
        {
            var citations = CitationHtml.List(model, page, model.CitationsOf(row), showSubject: false, emptyText: "<p>No citation names this row itself; the rows above and below carry their own.</p>");
            Section(page, "sources", "Sources", citations);
        }

        // The rows that refer to this one, as tables, go under the fold; a source's citations (what it
        // is cited for) and the disagreements the lead has shown already stay above it.
        // Each folded table is written when its turn comes, reading its rows again then, so that a row that
        // many rows refer to (a place of thousands of events) never has all its tables held at once.
        var folded = new List<(string Id, string Heading, Action<SitePage> Write)>();
        foreach (var (child, back) in model.ReferencesTo(row.Table))
        {
            if (kind.Table == SiteKinds.Discrepancies && child.Name == SiteKinds.Claims)
            {
                continue;
            }

            // Whether any row refers here: the first row is read, never the rest.
            var rows = model.RowsReferring(row, child, back);
            if (!rows.Any())
            {
                continue;
            }

            var several = child.Columns.Count(c => c.References?.Table == row.Table.Name) > 1;
            var heading = Html.Humanize(child.Name) + (several ? $" ({back.Name})" : string.Empty);
            var id = $"related-{SiteLinks.Slug(child.Name)}-{SiteLinks.Slug(back.Name)}";
            var description = child.Description.Length > 0 ? $"<p class=\"desc\">{Html.Encode(child.Description)}</p>\n" : string.Empty;
            if (child.Name == SiteKinds.Citations && SiteModel.SourceColumn(child)?.Name == back.Name)
            {
                // What the source is cited for, written as the citations are read (one source may have tens of thousands).
                page.Line($"<section aria-labelledby=\"{id}\">");
                page.Line($"<h2 id=\"{id}\">{Html.Encode("Cited for")}</h2>");
                page.Append(description);
                CitationHtml.Append(model, page, rows, showSubject: true);
                page.Append("\n");
                page.Line("</section>");
            }
            else if (child.Name == SiteKinds.Citations)
            {
                continue; // the row's own citations are listed under Sources
            }
            else if (child.Name == SiteKinds.Discrepancies && lead.Any(l => l.Id == EntityLead.DisagreementsId))
            {
                continue;
            }
            else if (child.Name == SiteKinds.Discrepancies)
            {
                var html = description + string.Concat(rows.Select(r => ClaimsHtml.Block(model, page, r)));
                folded.Add((id, heading, target => target.Append(html.EndsWith('\n') ? html : html + "\n")));
            }
            else
            {
                // Read again when written, a row at a time; the columns no row fills are found by a query.
                var tableHeading = heading;
                folded.Add((id, heading, target =>
                {
                    target.Append(description);
                    var given = model.ColumnsGiven(row, child, back);
                    RowHtml.AppendTable(model, target, child, model.RowsReferring(row, child, back), tableHeading, omit: back.Name, given, withCitations: model.IsCitable(child));
                }));
            }
        }

        // Everything, folded: every field of the row, and every row that refers to it, as tables.
        page.Line("<details class=\"all-fields\">");
        page.Line("<summary>Every field of this row, and every row that refers to it</summary>");
        Section(page, "fields", "Every field", RowHtml.Fields(model, page, row));
        foreach (var (id, heading, write) in folded)
        {
            page.Line($"<section aria-labelledby=\"{id}\">");
            page.Line($"<h2 id=\"{id}\">{Html.Encode(heading)}</h2>");
            write(page);
            page.Line("</section>");
        }

        page.Line("</details>");
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
