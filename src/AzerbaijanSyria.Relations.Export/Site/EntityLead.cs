using System.Text;

namespace AzerbaijanSyria.Relations.Export.Site;

/// <summary>
/// One section of an entity page: its element id, its heading and its HTML, or (when <paramref name="Write"/> is given)
/// what writes its HTML to the page when the page comes to it, for a list too long to hold.
/// </summary>
internal sealed record LeadSection(string Id, string Heading, string Body, Action<SitePage>? Write = null);

/// <summary>
/// What a reader came to an entity's page for, before the full field list: for an event, who took
/// part (each with the office held at the time), where, the statements made, the related events,
/// agreements and disagreements; for a person, their offices as sentences and their events with
/// dates in date order; for an organization, a place, an agreement and a source, the same kind of
/// reading. Each part is drawn only when the file has the tables and columns it reads, so an older
/// or smaller file gives a shorter page, never an error.
/// </summary>
internal static class EntityLead
{
    private const string Participants = "event_participants";
    private const string Positions = "positions";
    private const string Statements = "statements";

    /// <summary>The id of the section that shows the discrepancies about the page's row.</summary>
    public const string DisagreementsId = "disagreements";

    /// <summary>The lead sections of <paramref name="row"/>'s page, in reading order.</summary>
    public static IReadOnlyList<LeadSection> Sections(SiteModel model, SitePage page, SiteRow row) => row.Table.Name switch
    {
        SiteKinds.Events => Event(model, page, row),
        "people" => Person(model, page, row),
        "organizations" => Organization(model, page, row),
        "places" => Place(model, page, row),
        "agreements" => Agreement(model, page, row),
        _ => [],
    };

    /// <summary>A few facts in words under the title: a person's country, an organization's kind, a source's publisher.</summary>
    public static string Facts(SiteModel model, SitePage page, SiteRow row)
    {
        var facts = new List<(string Name, string Html)>();
        void Add(string name, string? html)
        {
            if (!string.IsNullOrEmpty(html))
            {
                facts.Add((name, html));
            }
        }

        string? Linked(string column) => Ref(model, row, column) is { } target ? RowHtml.Link(model, page, target) : null;
        string? Plain(string column) => row.Text(column) is { Length: > 0 } text ? Html.Encode(Words(text)) : null;

        switch (row.Table.Name)
        {
            case SiteKinds.Events:
                Add("Where", Linked("place_id") is { } place ? place + Country(model, page, Ref(model, row, "place_id")) : null);
                Add("Kind", Ref(model, row, "cameo_code") is { } code ? Html.Encode(SiteModel.Label(code)) : null);
                break;
            case "people":
                Add("Country", Linked("country_id"));
                break;
            case "organizations":
                Add("Short name", Plain("short_name"));
                Add("Kind", Plain("kind"));
                Add("Country", Linked("country_id"));
                Add("Part of", Linked("parent_organization_id"));
                Add("Where", Linked("place_id"));
                break;
            case "places":
                Add("Kind", Plain("kind"));
                Add("In", Linked("parent_place_id"));
                Add("Country", Linked("country_id"));
                break;
            case "agreements":
                Add("Kind", Plain("kind"));
                Add("Status", Plain("status"));
                Add("Signed at", Linked("place_id"));
                Add("Part of", Linked("part_of_agreement_id"));
                Add("Valid until", row.Text("valid_until") is { } until ? SiteDates.Day(until) : null);
                break;
            case SiteKinds.Sources:
                Add("Publisher", Plain("publisher"));
                Add("Published", row.Text("date_published") is { } published ? SiteDates.Day(published) : null);
                Add("Address", row.Text("url") is { } url && Html.IsWebAddress(url) ? Html.ExternalLink(url) : null);
                Add("Language", Plain("language"));
                break;
        }

        if (row.Text("evidence_status") is { } status && status != "confirmed")
        {
            Add("Evidence", $"<span class=\"badge status\">{Html.Encode(status)}</span>");
        }

        if (facts.Count == 0)
        {
            return string.Empty;
        }

        var html = new StringBuilder("<dl class=\"facts\">\n");
        foreach (var (name, value) in facts)
        {
            html.Append($"<div><dt>{Html.Encode(name)}</dt><dd>{value}</dd></div>\n");
        }

        return html.Append("</dl>\n").ToString();
    }

    private static IReadOnlyList<LeadSection> Event(SiteModel model, SitePage page, SiteRow ev)
    {
        var sections = new List<LeadSection>();

        // Who took part, each with the office held at the time.
        var participants = Children(model, ev, Participants, "event_id").ToList();
        if (participants.Count > 0)
        {
            var html = new StringBuilder("<ul class=\"people-list\">\n");
            foreach (var p in participants)
            {
                html.Append($"<li{page.IdAttribute(SiteLinks.Anchor(p))} data-row=\"{Html.Encode(p.Table.Name + ":" + p.Key)}\">");
                html.Append(Actor(model, page, p, "person_id", "organization_id", "country_id"));
                if (Ref(model, p, "position_id") is { } office)
                {
                    html.Append(", ").Append(Office(model, page, office, withTerm: false));
                }

                if (p.Text("role") is { } role)
                {
                    html.Append($" <span class=\"badge\">{Html.Encode(Words(role))}</span>");
                }

                if (p.Text("note") is { } note)
                {
                    html.Append($" <span class=\"meta\">{Html.Encode(note)}</span>");
                }

                html.Append("</li>\n");
            }

            sections.Add(new("who", "Who took part", html.Append("</ul>\n").ToString()));
        }

        // Other places: venues, destinations, routes.
        var places = Children(model, ev, "event_places", "event_id").ToList();
        if (places.Count > 0)
        {
            var html = new StringBuilder("<ul>\n");
            foreach (var p in places)
            {
                html.Append($"<li data-row=\"{Html.Encode(p.Table.Name + ":" + p.Key)}\">");
                html.Append(Ref(model, p, "place_id") is { } place ? RowHtml.Link(model, page, place) + Country(model, page, place) : Html.Encode(p.Text("place_id")));
                if (p.Text("role") is { } role)
                {
                    html.Append($" <span class=\"badge\">{Html.Encode(Words(role))}</span>");
                }

                html.Append("</li>\n");
            }

            sections.Add(new("places", "Other places", html.Append("</ul>\n").ToString()));
        }

        // What was said.
        var statements = Children(model, ev, Statements, "event_id").ToList();
        if (statements.Count > 0)
        {
            var html = new StringBuilder("<ul class=\"statements\">\n");
            foreach (var s in statements)
            {
                html.Append($"<li{page.IdAttribute(SiteLinks.Anchor(s))} data-row=\"{Html.Encode(s.Table.Name + ":" + s.Key)}\"><p class=\"speaker\">");
                html.Append(Actor(model, page, s, "speaker_person_id", "speaker_organization_id", null));
                if (s.Text("speaker_person_id") is { } speaker
                    && participants.FirstOrDefault(p => p.Text("person_id") == speaker && p.Text("position_id") is not null) is { } speakerRow
                    && Ref(model, speakerRow, "position_id") is { } office)
                {
                    html.Append(", ").Append(Office(model, page, office, withTerm: false));
                }

                html.Append("</p>");
                if (s.Text("summary") is { } summary)
                {
                    html.Append($"<p>{Html.Encode(summary)}</p>");
                }

                var citations = model.CitationsOf(s);
                if (citations.Count > 0)
                {
                    html.Append(CitationHtml.List(model, page, citations, showSubject: false, emptyText: string.Empty));
                }

                html.Append("</li>\n");
            }

            sections.Add(new("said", "What was said", html.Append("</ul>\n").ToString()));
        }

        // Related events, both ways.
        var related = new List<(SiteRow Row, SiteRow Other, string Relation)>();
        foreach (var r in Children(model, ev, "event_relations", "event_id"))
        {
            if (Ref(model, r, "related_event_id") is { } other)
            {
                related.Add((r, other, Words(r.Text("relation") ?? "related to")));
            }
        }

        foreach (var r in Children(model, ev, "event_relations", "related_event_id"))
        {
            if (Ref(model, r, "event_id") is { } other)
            {
                related.Add((r, other, Inverse(r.Text("relation"))));
            }
        }

        if (related.Count > 0)
        {
            var html = new StringBuilder("<ul class=\"dated\">\n");
            foreach (var (r, other, relation) in related.OrderBy(x => SiteDates.SortKey(x.Other), StringComparer.Ordinal).ThenBy(x => x.Other.Key, StringComparer.Ordinal))
            {
                html.Append($"<li data-row=\"{Html.Encode(r.Table.Name + ":" + r.Key)}\"><span class=\"badge\">{Html.Encode(relation)}</span> ");
                html.Append(DatedLink(model, page, other)).Append("</li>\n");
            }

            sections.Add(new("related", "Related events", html.Append("</ul>\n").ToString()));
        }

        // Agreements signed, implemented or mentioned here.
        var agreements = Children(model, ev, "agreement_events", "event_id")
            .Select(a => (Row: a, Agreement: Ref(model, a, "agreement_id")))
            .Where(a => a.Agreement is not null)
            .ToList();
        var actions = Children(model, ev, "agreement_actions", "event_id")
            .Select(a => (Row: a, Agreement: Ref(model, a, "agreement_id")))
            .Where(a => a.Agreement is not null)
            .ToList();
        if (agreements.Count + actions.Count > 0)
        {
            var html = new StringBuilder("<ul>\n");
            foreach (var (a, agreement) in agreements)
            {
                html.Append($"<li data-row=\"{Html.Encode(a.Table.Name + ":" + a.Key)}\"><span class=\"badge\">{Html.Encode(Words(a.Text("relation") ?? "related"))}</span> ");
                html.Append(RowHtml.Link(model, page, agreement!)).Append(Status(agreement!)).Append("</li>\n");
            }

            foreach (var (a, agreement) in actions)
            {
                html.Append($"<li data-row=\"{Html.Encode(a.Table.Name + ":" + a.Key)}\"><span class=\"badge\">{Html.Encode(Words(a.Text("action") ?? "step"))}</span> ");
                html.Append(RowHtml.Link(model, page, agreement!)).Append(Status(agreement!)).Append("</li>\n");
            }

            sections.Add(new("agreements", "Agreements", html.Append("</ul>\n").ToString()));
        }

        AddDisagreements(model, page, ev, "event_id", sections);
        return sections;
    }

    private static IReadOnlyList<LeadSection> Person(SiteModel model, SitePage page, SiteRow person)
    {
        var sections = new List<LeadSection>();

        var names = Children(model, person, "person_names", "person_id").ToList();
        if (names.Count > 0)
        {
            var html = new StringBuilder("<ul class=\"names\">\n");
            foreach (var n in names)
            {
                html.Append($"<li data-row=\"{Html.Encode(n.Table.Name + ":" + n.Key)}\">{Html.Encode(n.Text("name"))}");
                if (n.Text("language") is { } language)
                {
                    html.Append($" <span class=\"meta\">({Html.Encode(language)})</span>");
                }

                html.Append("</li>\n");
            }

            sections.Add(new("names", "Also written", html.Append("</ul>\n").ToString()));
        }

        var offices = Children(model, person, Positions, "person_id").OrderBy(TermKey, StringComparer.Ordinal).ThenBy(o => o.Key, StringComparer.Ordinal).ToList();
        if (offices.Count > 0)
        {
            var html = new StringBuilder("<ul class=\"offices\">\n");
            foreach (var o in offices)
            {
                html.Append($"<li{page.IdAttribute(SiteLinks.Anchor(o))} data-row=\"{Html.Encode(o.Table.Name + ":" + o.Key)}\">");
                html.Append(Office(model, page, o, withTerm: true));
                var citations = model.CitationsOf(o);
                if (citations.Count > 0)
                {
                    html.Append(CitationHtml.List(model, page, citations, showSubject: false, emptyText: string.Empty));
                }

                html.Append("</li>\n");
            }

            sections.Add(new("offices", "Offices", html.Append("</ul>\n").ToString()));
        }

        // Every event the person took part in or spoke at, in date order.
        var events = new DatedEvents(model, page, ev => DatedLink(model, page, ev));
        foreach (var p in Children(model, person, Participants, "person_id"))
        {
            var role = Words(p.Text("role") ?? "participant");
            if (Ref(model, p, "position_id") is { } office && office.Text("title") is { } title)
            {
                role += " as " + title;
            }

            events.Add(Ref(model, p, "event_id"), role);
        }

        foreach (var s in Children(model, person, Statements, "speaker_person_id"))
        {
            events.Add(Ref(model, s, "event_id"), "statement");
        }

        if (events.Section("events") is { } eventsSection)
        {
            sections.Add(eventsSection);
        }

        var signed = Children(model, person, "agreement_signatories", "person_id").Select(s => Ref(model, s, "agreement_id")).OfType<SiteRow>().DistinctBy(a => a.Key).ToList();
        if (signed.Count > 0)
        {
            sections.Add(new("signed", "Agreements signed", AgreementList(model, page, signed)));
        }

        return sections;
    }

    private static IReadOnlyList<LeadSection> Organization(SiteModel model, SitePage page, SiteRow organization)
    {
        var sections = new List<LeadSection>();
        var offices = Children(model, organization, Positions, "organization_id").OrderBy(TermKey, StringComparer.Ordinal).ThenBy(o => o.Key, StringComparer.Ordinal).ToList();
        if (offices.Count > 0)
        {
            var html = new StringBuilder("<ul class=\"offices\">\n");
            foreach (var o in offices)
            {
                html.Append($"<li data-row=\"{Html.Encode(o.Table.Name + ":" + o.Key)}\">");
                html.Append(Ref(model, o, "person_id") is { } holder ? RowHtml.Link(model, page, holder) + ", " : string.Empty);
                html.Append(Office(model, page, o, withTerm: true, withOrganization: false)).Append("</li>\n");
            }

            sections.Add(new("offices", "Offices held here", html.Append("</ul>\n").ToString()));
        }

        var events = new DatedEvents(model, page, ev => DatedLink(model, page, ev));
        foreach (var p in Children(model, organization, Participants, "organization_id"))
        {
            events.Add(Ref(model, p, "event_id"), Words(p.Text("role") ?? "participant"));
        }

        foreach (var s in Children(model, organization, Statements, "speaker_organization_id"))
        {
            events.Add(Ref(model, s, "event_id"), "statement");
        }

        if (events.Section("events") is { } eventsSection)
        {
            sections.Add(eventsSection);
        }

        var agreements = Children(model, organization, "agreement_parties", "organization_id").Select(a => Ref(model, a, "agreement_id")).OfType<SiteRow>().DistinctBy(a => a.Key).ToList();
        if (agreements.Count > 0)
        {
            sections.Add(new("agreements", "Agreements it is party to", AgreementList(model, page, agreements)));
        }

        return sections;
    }

    private static IReadOnlyList<LeadSection> Place(SiteModel model, SitePage page, SiteRow place)
    {
        var sections = new List<LeadSection>();
        var events = new DatedEvents(model, page, ev => DatedLink(model, page, ev));
        foreach (var e in Children(model, place, SiteKinds.Events, "place_id"))
        {
            events.Add(e, "here");
        }

        foreach (var p in Children(model, place, "event_places", "place_id"))
        {
            events.Add(Ref(model, p, "event_id"), Words(p.Text("role") ?? "also here"));
        }

        if (events.Section("events") is { } eventsSection)
        {
            sections.Add(eventsSection);
        }

        var within = Children(model, place, "places", "parent_place_id").OrderBy(p => SiteModel.Label(p), StringComparer.Ordinal).ToList();
        if (within.Count > 0)
        {
            sections.Add(new("within", "Places within it", "<ul>\n" + string.Concat(within.Select(p => $"<li>{RowHtml.Link(model, page, p)}</li>\n")) + "</ul>\n"));
        }

        return sections;
    }

    private static IReadOnlyList<LeadSection> Agreement(SiteModel model, SitePage page, SiteRow agreement)
    {
        var sections = new List<LeadSection>();
        var parties = Children(model, agreement, "agreement_parties", "agreement_id").ToList();
        var signatories = Children(model, agreement, "agreement_signatories", "agreement_id").ToList();
        if (parties.Count + signatories.Count > 0)
        {
            var html = new StringBuilder();
            if (parties.Count > 0)
            {
                html.Append("<p>Parties: ").Append(string.Join("; ", parties.Select(p => Actor(model, page, p, null, "organization_id", "country_id")))).Append("</p>\n");
            }

            if (signatories.Count > 0)
            {
                html.Append("<ul class=\"people-list\">\n");
                foreach (var s in signatories)
                {
                    html.Append($"<li data-row=\"{Html.Encode(s.Table.Name + ":" + s.Key)}\">");
                    html.Append(Ref(model, s, "person_id") is { } signer ? RowHtml.Link(model, page, signer) : Html.Encode(s.Text("person_id")));
                    var behalf = Ref(model, s, "on_behalf_of_organization_id") ?? Ref(model, s, "on_behalf_of_country_id");
                    html.Append(" signed").Append(behalf is null ? string.Empty : " for " + RowHtml.Link(model, page, behalf)).Append("</li>\n");
                }

                html.Append("</ul>\n");
            }

            sections.Add(new("parties", "Parties and signatories", html.ToString()));
        }

        var steps = Children(model, agreement, "agreement_actions", "agreement_id").OrderBy(SiteDates.SortKey, StringComparer.Ordinal).ThenBy(s => s.Position).ToList();
        if (steps.Count > 0)
        {
            var html = new StringBuilder("<ol class=\"dated\">\n");
            foreach (var s in steps)
            {
                html.Append($"<li{page.IdAttribute(SiteLinks.Anchor(s))} data-row=\"{Html.Encode(s.Table.Name + ":" + s.Key)}\"><span class=\"when\">{SiteDates.Describe(s)}</span> ");
                html.Append($"<strong>{Html.Encode(Words(s.Text("action") ?? "step"))}</strong>");
                var actor = Ref(model, s, "organization_id") ?? Ref(model, s, "country_id");
                if (actor is not null)
                {
                    html.Append(" by ").Append(RowHtml.Link(model, page, actor));
                }

                if (s.Text("method") is { } method)
                {
                    html.Append($" ({Html.Encode(method)})");
                }

                if (Ref(model, s, "event_id") is { } ev)
                {
                    html.Append(": ").Append(RowHtml.Link(model, page, ev));
                }

                var citations = model.CitationsOf(s);
                if (citations.Count > 0)
                {
                    html.Append(CitationHtml.List(model, page, citations, showSubject: false, emptyText: string.Empty));
                }

                html.Append("</li>\n");
            }

            sections.Add(new("life", "The steps of its life", html.Append("</ol>\n").ToString()));
        }

        var events = new DatedEvents(model, page, ev => DatedLink(model, page, ev));
        foreach (var a in Children(model, agreement, "agreement_events", "agreement_id"))
        {
            events.Add(Ref(model, a, "event_id"), Words(a.Text("relation") ?? "related"));
        }

        if (events.Section("events") is { } eventsSection)
        {
            sections.Add(eventsSection);
        }

        var parts = Children(model, agreement, "agreements", "part_of_agreement_id").ToList();
        if (parts.Count > 0)
        {
            sections.Add(new("parts", "Its parts", AgreementList(model, page, parts)));
        }

        AddDisagreements(model, page, agreement, "agreement_id", sections);
        return sections;
    }

    private static void AddDisagreements(SiteModel model, SitePage page, SiteRow row, string column, List<LeadSection> sections)
    {
        var discrepancies = Children(model, row, SiteKinds.Discrepancies, column).ToList();
        if (discrepancies.Count > 0)
        {
            sections.Add(new(DisagreementsId, "Where the sources disagree", string.Concat(discrepancies.Select(d => ClaimsHtml.Block(model, page, d)))));
        }
    }

    private static string AgreementList(SiteModel model, SitePage page, IEnumerable<SiteRow> agreements) =>
        "<ul class=\"dated\">\n"
        + string.Concat(agreements.OrderBy(SiteDates.SortKey, StringComparer.Ordinal).ThenBy(a => a.Key, StringComparer.Ordinal)
            .Select(a => $"<li>{DatedLink(model, page, a)}{Status(a)}</li>\n"))
        + "</ul>\n";

    /// <summary>A dated row's date in words, then its whole title linked (a list of events is read, not scanned).</summary>
    private static string DatedLink(SiteModel model, SitePage page, SiteRow row)
    {
        var title = row.Table.LabelColumn is { } column && row.Text(column) is { Length: > 0 } text ? text : row.Key;
        var link = $"<a href=\"{page.Href(model.Locate(row))}\">{Html.Encode(title)}</a>";
        return (SiteDates.Describe(row) is { } date ? $"<span class=\"when\">{date}</span> " : string.Empty) + link;
    }

    private static string Status(SiteRow agreement) =>
        agreement.Text("status") is { } status ? $" <span class=\"badge\">{Html.Encode(Words(status))}</span>" : string.Empty;

    /// <summary>
    /// An office as a reader says it: "Minister of Foreign Affairs and Emigrants, Ministry of Foreign
    /// Affairs (Syria)", with its rank for a head of mission, and its term in words when asked.
    /// </summary>
    public static string Office(SiteModel model, SitePage page, SiteRow office, bool withTerm, bool withOrganization = true, bool withCountry = true)
    {
        var html = new StringBuilder(Html.Encode(office.Text("title") ?? office.Key));
        var organization = Ref(model, office, "organization_id");
        if (withOrganization && organization is not null)
        {
            html.Append(", ").Append(RowHtml.Link(model, page, organization));
        }

        if (withCountry && Ref(model, office, "country_id") is { } country && (organization is null || !withOrganization))
        {
            html.Append(" (").Append(RowHtml.Link(model, page, country)).Append(')');
        }

        if (office.Text("diplomatic_rank") is { } rank)
        {
            html.Append($" <span class=\"badge\">{Html.Encode(Words(rank))}</span>");
        }

        if (withTerm)
        {
            html.Append(": ").Append(Term(office));
        }

        if (office.Text("evidence_status") is { } status && status != "confirmed")
        {
            html.Append($" <span class=\"badge status\">{Html.Encode(status)}</span>");
        }

        return html.ToString();
    }

    /// <summary>An office's term in words, saying no more than its four bounds allow.</summary>
    public static string Term(SiteRow office)
    {
        var startEarliest = office.Text("start_earliest");
        var startLatest = office.Text("start_latest");
        var endEarliest = office.Text("end_earliest");
        var endLatest = office.Text("end_latest");
        var start = (startEarliest, startLatest) switch
        {
            (null, null) => "start not known",
            ({ } a, { } b) when a == b => "from " + SiteDates.Day(a),
            ({ } a, { } b) => $"from some day between {SiteDates.Day(a)} and {SiteDates.Day(b)}",
            (null, { } b) => "in office by " + SiteDates.Day(b),
            ({ } a, null) => "from some day after " + SiteDates.Day(a),
        };
        var end = (endEarliest, endLatest, office.Text("end_basis")) switch
        {
            ({ } a, _, "ongoing") => "still in office on " + SiteDates.Day(a) + ", the newest page",
            (null, null, _) => "end not known",
            ({ } a, { } b, _) when a == b => "to " + SiteDates.Day(a),
            ({ } a, { } b, _) => $"to some day between {SiteDates.Day(a)} and {SiteDates.Day(b)}",
            ({ } a, null, _) => "still in office on " + SiteDates.Day(a),
            (null, { } b, _) => "out of office by " + SiteDates.Day(b),
        };
        return start + "; " + end;
    }

    private static string TermKey(SiteRow office) =>
        (office.Text("start_latest") ?? office.Text("start_earliest") ?? "9999") + "/" + (office.Text("end_earliest") ?? office.Text("end_latest") ?? "9999");

    /// <summary>The person, organization or country a row names (the first of the columns given that is set), linked.</summary>
    private static string Actor(SiteModel model, SitePage page, SiteRow row, string? person, string? organization, string? country)
    {
        foreach (var column in new[] { person, organization, country })
        {
            if (column is not null && Ref(model, row, column) is { } target)
            {
                return RowHtml.Link(model, page, target);
            }
        }

        return RowHtml.NotGiven;
    }

    private static string Country(SiteModel model, SitePage page, SiteRow? place) =>
        place is not null && Ref(model, place, "country_id") is { } country ? $" ({RowHtml.Link(model, page, country)})" : string.Empty;

    private static string Inverse(string? relation) => relation switch
    {
        "follows" => "followed by",
        "part_of" => "has as a part",
        "responds_to" => "answered by",
        "announced_by" => "announces",
        null => "related to",
        _ => "inverse of " + Words(relation),
    };

    /// <summary>A code word as words: <c>delegation_leader</c> becomes "delegation leader".</summary>
    private static string Words(string code) => code.Replace('_', ' ');

    /// <summary>The rows of <paramref name="childTable"/> whose <paramref name="column"/> names <paramref name="row"/>; none when the file lacks either.</summary>
    private static IEnumerable<SiteRow> Children(SiteModel model, SiteRow row, string childTable, string column) =>
        model.Table(childTable) is { } child && child.Column(column) is { References: { } reference } back && reference.Table == row.Table.Name
            ? model.RowsReferring(row, child, back)
            : [];

    /// <summary>The row <paramref name="column"/> of <paramref name="row"/> refers to, or null.</summary>
    private static SiteRow? Ref(SiteModel model, SiteRow row, string column) =>
        row.Table.Column(column) is { } c ? model.Referenced(row, c) : null;
}
