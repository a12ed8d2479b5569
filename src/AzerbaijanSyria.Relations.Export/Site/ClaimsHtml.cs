using System.Text;

namespace AzerbaijanSyria.Relations.Export.Site;

/// <summary>A discrepancy's claims side by side (stacked on a narrow screen), each with every field it has and its own sources.</summary>
internal static class ClaimsHtml
{
    /// <summary>The claims of <paramref name="discrepancy"/> in a grid; <paramref name="level"/> is the heading level of each claim.</summary>
    public static string Claims(SiteModel model, SitePage page, SiteRow discrepancy, int level)
    {
        var claims = model.Table(SiteKinds.Claims);
        var back = claims?.Columns.FirstOrDefault(c => c.References?.Table == discrepancy.Table.Name);
        if (claims is null || back is null)
        {
            return string.Empty;
        }

        var rows = model.RowsReferring(discrepancy, claims, back)
            .OrderBy(r => r.Text("side") ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(r => r.Position)
            .ToList();
        if (rows.Count == 0)
        {
            return "<p>No claims are recorded.</p>\n";
        }

        var html = new StringBuilder("<div class=\"claims\">\n");
        foreach (var claim in rows)
        {
            var side = claim.Text("side");
            var heading = side is null ? $"Claim <code>{Html.Encode(claim.Key)}</code>" : $"Claim {Html.Encode(side.ToUpperInvariant())}";
            html.Append($"<section class=\"claim\"{page.IdAttribute(SiteLinks.Anchor(claim))} data-row=\"{Html.Encode(claims.Name + ":" + claim.Key)}\">\n");
            html.Append($"<h{level}>{heading}</h{level}>\n");
            if (claims.LabelColumn is { } labelColumn && claim.Text(labelColumn) is { } text)
            {
                html.Append($"<p class=\"claim-text\">{Html.Encode(text)}</p>\n");
            }

            var shown = new HashSet<string>(StringComparer.Ordinal) { back.Name, "side", claims.LabelColumn ?? string.Empty };
            var others = claims.Columns.Where(c => !shown.Contains(c.Name)).ToList();
            html.Append("<dl class=\"claim-fields\">");
            foreach (var column in others)
            {
                html.Append($"<div><dt>{Html.Encode(column.Name)}</dt><dd>{RowHtml.Value(model, page, claim, column, withKey: false)}</dd></div>");
            }

            html.Append("</dl>\n");
            html.Append($"<h{level + 1}>Sources</h{level + 1}>\n");
            html.Append(CitationHtml.List(model, page, model.CitationsOf(claim), showSubject: false, emptyText: "<p>No source is cited for this claim.</p>")).Append('\n');
            html.Append("</section>\n");
        }

        return html.Append("</div>\n").ToString();
    }

    /// <summary>A discrepancy shown on the page of the row it is about: its title linked to its page, its note, and its claims.</summary>
    public static string Block(SiteModel model, SitePage page, SiteRow discrepancy)
    {
        var html = new StringBuilder();
        html.Append($"<article class=\"discrepancy\"{page.IdAttribute(SiteLinks.Anchor(discrepancy))} data-row=\"{Html.Encode(discrepancy.Table.Name + ":" + discrepancy.Key)}\">\n");
        html.Append($"<h3>{RowHtml.Link(model, page, discrepancy)}</h3>\n");
        if (discrepancy.Text("note") is { } note)
        {
            html.Append($"<p>{Html.Encode(note)}</p>\n");
        }

        html.Append(Claims(model, page, discrepancy, level: 4));
        return html.Append("</article>\n").ToString();
    }
}
