using System.Globalization;

namespace AzerbaijanSyria.Relations.Cli.Commands;

/// <summary>How <c>azsy show</c> prints each kind of entity: a heading block, then lists in date order, then the sources, each cited with its voice and where in the source the fact is.</summary>
internal sealed class EntityText(TextWriter output)
{
    public void Event(EventDetails details)
    {
        var e = details.Event;
        output.WriteLine($"{e.Title}");
        output.WriteLine($"  id        {e.EventId}");
        output.WriteLine($"  date      {e.DateEdtf} ({e.DatePrecision}, {e.DateBasis})");
        output.WriteLine($"  type      {(e.CameoCode is null ? "no CAMEO code" : $"CAMEO {e.CameoCode} {e.EventType}")}{(e.PloverType is null ? string.Empty : $", PLOVER {e.PloverType}")}");
        output.WriteLine($"  place     {(e.Place is null ? "not given" : $"{e.Place}, {e.Country}")}");
        output.WriteLine($"  evidence  {e.EvidenceStatus}");
        output.WriteLine($"  topics    {e.Topics}");
        output.WriteLine();
        output.WriteLine($"  {e.Summary}");
        if (e.Note is not null)
        {
            output.WriteLine($"  Note: {e.Note}");
        }

        output.WriteLine();
        output.WriteLine("Participants (role; for a person, the office held at the time):");
        foreach (var p in details.Participants)
        {
            var office = p.ParticipantKind != "person" ? string.Empty
                : p.Position is null ? "; office not recorded"
                : $"; {p.Position}";
            output.WriteLine($"  {p.Name} ({p.Role}{office})  [{p.ParticipantKind} {p.ParticipantId}]");
        }

        if (details.Statements.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Statements:");
            foreach (var s in details.Statements)
            {
                output.WriteLine($"  {s.Speaker}: {s.Summary}");
            }
        }

        output.WriteLine();
        var citations = details.Citations;
        output.WriteLine($"Sources: {citations.Count} citations of {citations.Select(c => c.SourceId).Distinct().Count()} sources, {e.IndependentSources} independent (a page that reprints, translates or quotes another counts with it once)");
        output.WriteLine($"  voices    {Voices(citations)}");
        Citations(citations, "  ", withGroups: true);
        Discrepancies(details.Discrepancies);
    }

    public void Person(PersonDetails details)
    {
        var p = details.Person;
        output.WriteLine(p.Name);
        output.WriteLine($"  id         {p.PersonId}");
        output.WriteLine($"  country    {p.Country ?? "not recorded"}");
        output.WriteLine($"  spellings  {p.OtherNames ?? "none other recorded"}");
        output.WriteLine();
        output.WriteLine(details.Positions.Count == 0 ? "Offices: none recorded." : "Offices, earliest first (a bound is earliest/latest where the sources leave a range, .. where it is open):");
        foreach (var o in details.Positions)
        {
            output.WriteLine($"  {Term(o)}  {o.Position}{Of(o.Organization ?? o.Country)}{(o.OfficeLevel is null ? string.Empty : $" [{o.OfficeLevel}]")}");
        }

        Events(details.Events);
        if (details.Statements.Count > 0)
        {
            output.WriteLine();
            output.WriteLine($"Statements ({details.Statements.Count}, in date order):");
            foreach (var s in details.Statements)
            {
                output.WriteLine($"  {s.DateEdtf,-26} {s.Summary}  [{s.EventId}]");
            }
        }

        Sources(details.Citations);
    }

    public void Organization(OrganizationDetails details)
    {
        var o = details.Organization;
        output.WriteLine(o.Name);
        output.WriteLine($"  id        {o.OrganizationId}");
        output.WriteLine($"  kind      {o.Kind.Replace('_', ' ')}{(o.ShortName is null ? string.Empty : $", also {o.ShortName}")}");
        output.WriteLine($"  country   {o.Country ?? "none (international)"}");
        if (o.Parent is not null)
        {
            output.WriteLine($"  part of   {o.Parent}  [{o.ParentOrganizationId}]");
        }

        if (o.Place is not null)
        {
            output.WriteLine($"  seat      {o.Place}  [{o.PlaceId}]");
        }

        if (o.Note is not null)
        {
            output.WriteLine($"  Note: {o.Note}");
        }

        if (details.Positions.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Offices and their holders, earliest first:");
            foreach (var p in details.Positions)
            {
                output.WriteLine($"  {Term(p)}  {p.PersonName}, {p.Position}  [{p.PersonId}]");
            }
        }

        Events(details.Events);
        Agreements(details.Agreements, "Agreements it is a party to");
        Sources(details.Citations);
    }

    public void Place(PlaceDetails details)
    {
        var p = details.Place;
        output.WriteLine(p.Name);
        output.WriteLine($"  id        {p.PlaceId}");
        output.WriteLine($"  kind      {p.Kind.Replace('_', ' ')}");
        output.WriteLine($"  country   {p.Country ?? p.CountryId}");
        if (p.Parent is not null)
        {
            output.WriteLine($"  in        {p.Parent}  [{p.ParentPlaceId}]");
        }

        if (p.Latitude is { } lat && p.Longitude is { } lon)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  location  {lat}, {lon}"));
        }

        if (p.Note is not null)
        {
            output.WriteLine($"  Note: {p.Note}");
        }

        Events(details.Events);
        Agreements(details.Agreements, "Agreements signed there");
        Sources(details.Citations);
    }

    public void Agreement(AgreementDetails details)
    {
        var a = details.Agreement;
        output.WriteLine(a.Title);
        output.WriteLine($"  id           {a.AgreementId}");
        output.WriteLine($"  kind         {a.Kind.Replace('_', ' ')}{(a.DocumentCount is { } n ? string.Create(CultureInfo.InvariantCulture, $" of {n} documents") : string.Empty)}");
        output.WriteLine($"  status       {a.Status.Replace('_', ' ')}");
        output.WriteLine($"  signed       {a.DateSigned} ({a.DatePrecision}, {a.DateBasis}){(a.Place is null ? string.Empty : $" in {a.Place}")}");
        output.WriteLine($"  parties      {a.Parties ?? "not recorded"}");
        output.WriteLine($"  signatories  {a.Signatories ?? "not recorded"}");
        if (a.ValueAmount is { } value)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  value        {(a.ValueApproximate ? "about " : string.Empty)}{value:N0} {a.ValueCurrency}"));
        }

        if (a.ValidUntil is { } until)
        {
            output.WriteLine($"  valid until  {Day(until)}");
        }

        if (a.PartOfAgreementId is not null)
        {
            output.WriteLine($"  part of      {a.PartOfAgreementId}");
        }

        if (a.RegistrationNumber is not null)
        {
            output.WriteLine($"  registered   {a.RegistrationNumber}");
        }

        if (a.TextUrl is not null)
        {
            output.WriteLine($"  text         {a.TextUrl}{(a.TextLanguages is null ? string.Empty : $" ({a.TextLanguages})")}");
        }

        output.WriteLine($"  evidence     {a.EvidenceStatus}");
        output.WriteLine($"  topics       {a.Topics}");
        output.WriteLine();
        output.WriteLine($"  {a.Summary}");
        if (a.Note is not null)
        {
            output.WriteLine($"  Note: {a.Note}");
        }

        output.WriteLine();
        output.WriteLine("Life, in date order:");
        output.WriteLine($"  {a.DateSigned,-26} signed{(a.Signatories is null ? string.Empty : $" by {a.Signatories}")}");
        foreach (var step in details.Actions)
        {
            var by = step.Party is null ? string.Empty : $" by {step.Party}";
            var how = step.Method is null ? string.Empty : $" ({step.Method})";
            output.WriteLine($"  {step.DateEdtf,-26} {step.Action.Replace('_', ' ')}{by}{how}, date {step.DateBasis}");
            if (step.Note is not null)
            {
                output.WriteLine($"  {string.Empty,-26}   {step.Note}");
            }
        }

        if (!details.Actions.Any(s => s.Action == "entry_into_force") && a.Status != "in_force")
        {
            output.WriteLine($"  {string.Empty,-26} no entry into force is recorded");
        }

        Agreements(details.Parts, "Documents of the set");
        Events(details.Events);
        Sources(details.Citations);
        Discrepancies(details.Discrepancies);
    }

    public void Source(SourceDetails details)
    {
        var s = details.Source;
        output.WriteLine(s.Title);
        output.WriteLine($"  id         {s.SourceId}");
        output.WriteLine($"  kind       {s.Kind.Replace('_', ' ')}");
        output.WriteLine($"  publisher  {s.Publisher} [{Voice(s.PublisherKind, s.PublisherCountryId)}]");
        output.WriteLine($"  language   {s.Language}");
        output.WriteLine($"  address    {s.Url ?? "not kept"}");
        output.WriteLine($"  published  {(s.DatePublished is { } published ? Day(published) : "not given")}; read {Day(s.DateAccessed)}");
        if (s.Note is not null)
        {
            output.WriteLine($"  Note: {s.Note}");
        }

        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Cited {details.Facts.Count} times (by kind of fact, then date; where in the source each is):"));
        foreach (var group in details.Facts.GroupBy(f => f.SubjectKind))
        {
            output.WriteLine($"  {group.Key.Replace('_', ' ')}:");
            foreach (var f in group)
            {
                var where = f.Paragraph is int paragraph ? string.Create(CultureInfo.InvariantCulture, $"paragraph {paragraph}") : f.Locator ?? "no locator";
                var date = f.DateEdtf is null ? string.Empty : $"{f.DateEdtf} ";
                output.WriteLine($"    {date}{f.Label}  [{f.SubjectId}] — {where}{(f.LinkBasis == "derived" ? " (identification derived)" : string.Empty)}");
            }
        }
    }

    public void Discrepancy(DiscrepancyDetails details)
    {
        var d = details.Discrepancy;
        output.WriteLine(d.Title);
        output.WriteLine($"  id     {d.DiscrepancyId}");
        output.WriteLine($"  about  {d.SubjectKind.Replace('_', ' ')} {d.SubjectId}");
        output.WriteLine();
        output.WriteLine($"  {d.Note}");
        output.WriteLine();
        output.WriteLine($"Claim A: {d.ClaimA}");
        Citations(details.ClaimACitations, "  ", withGroups: false);
        output.WriteLine();
        output.WriteLine($"Claim B: {d.ClaimB}");
        Citations(details.ClaimBCitations, "  ", withGroups: false);
    }

    private void Events(IReadOnlyList<TimelineEvent> events)
    {
        output.WriteLine();
        if (events.Count == 0)
        {
            output.WriteLine("Events: none recorded.");
            return;
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Events ({events.Count}, in date order):"));
        foreach (var e in events)
        {
            output.WriteLine($"  {e.DateEdtf,-26} {e.Title}  [{e.EventId}]");
        }
    }

    private void Agreements(IReadOnlyList<Agreement> agreements, string heading)
    {
        if (agreements.Count == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{heading} ({agreements.Count}, by signing date):"));
        foreach (var a in agreements)
        {
            output.WriteLine($"  {a.DateSigned,-26} {a.Title} ({a.Status.Replace('_', ' ')})  [{a.AgreementId}]");
        }
    }

    private void Sources(IReadOnlyList<Citation> citations)
    {
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Sources: {citations.Count} citations of {citations.Select(c => c.SourceId).Distinct().Count()} sources, {citations.Select(c => c.SourceGroup).Distinct().Count()} independent"));
        Citations(citations, "  ", withGroups: false);
    }

    private void Discrepancies(IReadOnlyList<Discrepancy> discrepancies)
    {
        if (discrepancies.Count == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine("Discrepancies:");
        foreach (var d in discrepancies)
        {
            output.WriteLine($"  {d.Title} ({d.DiscrepancyId})");
            output.WriteLine($"    A: {d.ClaimA}  [{d.SourcesA}]");
            output.WriteLine($"    B: {d.ClaimB}  [{d.SourcesB}]");
            output.WriteLine($"    {d.Note}");
        }
    }

    /// <summary>A line per citation: the publisher with its voice and language, the address (or the article's paragraph), and where on the page the fact is.</summary>
    private void Citations(IReadOnlyList<Citation> citations, string indent, bool withGroups)
    {
        foreach (var c in citations)
        {
            var where = c.Paragraph is int p ? string.Create(CultureInfo.InvariantCulture, $"article, paragraph {p}") : c.Url ?? c.SourceTitle;
            var locator = c.Locator is null ? string.Empty : $" — {c.Locator}";
            var derived = c.LinkBasis == "derived" ? " (identification derived)" : string.Empty;
            output.WriteLine($"{indent}{c.Publisher} [{Voice(c.PublisherKind, c.PublisherCountryId)}, {c.Language}]: {where}{locator}{derived}");
            if (withGroups)
            {
                var sameStory = citations.Where(o => o.SourceGroup == c.SourceGroup && o.SourceId != c.SourceId).Select(o => o.SourceId).Distinct().ToList();
                if (sameStory.Count > 0)
                {
                    output.WriteLine($"{indent}    one independent source with {string.Join(", ", sameStory)}");
                }
            }
        }
    }

    /// <summary>An office's term: its start and end bounds, each one day or <c>earliest/latest</c>, <c>..</c> for an open side.</summary>
    private static string Term(PersonPosition p) => $"{Bound(p.StartEarliest, p.StartLatest)} – {Bound(p.EndEarliest, p.EndLatest)}";

    private static string Bound(DateOnly? earliest, DateOnly? latest) => (earliest, latest) switch
    {
        (null, null) => "..",
        ({ } a, { } b) when a == b => Day(a),
        _ => $"{(earliest is { } a ? Day(a) : "..")}/{(latest is { } b ? Day(b) : "..")}",
    };

    private static string Of(string? organization) => organization is null ? string.Empty : $", {organization}";

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A source's voice in words: its publisher's kind and country, e.g. <c>state media, AZE</c>.</summary>
    private static string Voice(string? publisherKind, string? publisherCountryId)
    {
        var kind = publisherKind switch
        {
            null => "voice not recorded",
            "ngo" => "NGO",
            var k => k.Replace('_', ' '),
        };
        return publisherCountryId is null ? kind : $"{kind}, {publisherCountryId}";
    }

    /// <summary>How many independent sources speak for each side: official Azerbaijani, official Syrian, and everyone else.</summary>
    private static string Voices(IReadOnlyList<Citation> citations)
    {
        static bool Official(Citation c, string country) => c.PublisherKind is "government" or "state_media" && c.PublisherCountryId == country;
        var azerbaijani = citations.Where(c => Official(c, "AZE")).Select(c => c.SourceGroup).Distinct().Count();
        var syrian = citations.Where(c => Official(c, "SYR")).Select(c => c.SourceGroup).Distinct().Count();
        var others = citations.Where(c => !Official(c, "AZE") && !Official(c, "SYR")).Select(c => c.SourceGroup).Distinct().Count();
        return $"Azerbaijani official {azerbaijani}, Syrian official {syrian}, other {others}";
    }
}
