using System.Globalization;
using System.Text;
using Dapper;
using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations;

/// <summary>
/// Writes the synthetic rows of <see cref="SyntheticDataset"/> into a built database, in shapes like the
/// real data's: many events a year (more in recent years), most dated to the day and some to a month,
/// a year or a range; long-lived people holding offices for years; two to four participants, one or
/// two topics and several citations per event, the busiest people and sources far busier than most;
/// titles and summaries drawn from a vocabulary with a Zipf law, so some words are common and most rare.
/// Every row goes through the schema's CHECK and foreign-key constraints and its guard triggers, as a
/// migration's would; what the other triggers and the secondary indexes keep is written in bulk after
/// the rows (<see cref="SyntheticBulkLoad"/>).
/// </summary>
internal sealed class SyntheticGenerator
{
    private static readonly DateOnly FirstDay = new(1992, 1, 1);
    private static readonly DateOnly LastDay = new(2026, 3, 31);
    private static readonly string[] Countries = ["AZE", "SYR", "TUR", "RUS", "IRN", "JOR", "LBN", "QAT", "USA", "FRA"];
    private static readonly string[] Roles = ["visitor", "host", "participant", "delegation_leader", "delegation_member", "speaker", "guest", "organizer"];
    private static readonly string[] OrganizationKinds = ["ministry", "embassy", "government", "company", "agency", "media", "university", "fund", "commission"];
    private static readonly string[] PlaceKinds = ["city", "city", "village", "province", "region"];
    private static readonly string[] Languages = ["en", "az", "ru", "ar", "tr"];
    private static readonly string[] PublisherKinds = ["government", "state_media", "private_media", "international_organization", "ngo"];
    private static readonly string[] AgreementKinds = ["agreement", "memorandum_of_understanding", "protocol", "declaration", "treaty", "document"];
    private static readonly string[] AgreementStatuses = ["signed", "signed", "in_force", "expired", "unknown"];
    private static readonly string[] Offices = ["Minister of", "Deputy Minister of", "Ambassador for", "Head of the department of", "Chairman of the committee on", "Adviser on"];
    private static readonly string[] CommonWords =
    [
        "gas", "energy", "visit", "talks", "minister", "cooperation", "embassy", "aid", "trade", "agreement", "president",
        "delegation", "meeting", "humanitarian", "investment", "electricity", "pipeline", "reconstruction", "education",
        "health", "transport", "aviation", "security", "culture", "tourism", "agriculture", "water", "schools", "border",
        "refugees", "memorandum", "parliament", "economy", "bank", "oil", "shipment", "convoy", "ceremony", "conference",
        "forum", "commission", "relations", "support", "project", "contract", "visa", "consulate", "railway", "port",
    ];

    /// <summary>Every table the generator writes rows to.</summary>
    public static readonly IReadOnlyCollection<string> Tables = new HashSet<string>(StringComparer.Ordinal)
    {
        "sources", "source_relations", "people", "person_names", "organizations", "places", "positions", "events", "event_participants",
        "event_topics", "event_places", "statements", "statement_topics", "citations", "aid_deliveries", "discrepancies", "discrepancy_claims",
        "agreements", "agreement_parties", "agreement_topics", "agreement_signatories", "trade_flows",
    };

    private readonly SqliteConnection connection;
    private readonly SqliteTransaction transaction;
    private readonly SyntheticRandom random;
    private readonly int eventCount;
    private readonly string[] vocabulary;
    private readonly List<(string Code, string? Plover, string? Mode, string? Context)> cameo;
    private readonly string[] topics;
    private readonly string[] people;
    private readonly string[] peopleNames;
    private readonly string[] organizations;
    private readonly string[] places;
    private readonly string[] sources;

    public SyntheticGenerator(SqliteConnection connection, SqliteTransaction transaction, int eventCount, long seed)
    {
        this.connection = connection;
        this.transaction = transaction;
        this.eventCount = eventCount;
        random = new SyntheticRandom(seed);
        vocabulary = BuildVocabulary(new SyntheticRandom(seed ^ 0x5EED), 6000);

        var plover = transaction.Rows<string, string?, string?, string?>(
            """
            SELECT c.cameo_code, p.plover_type, p.plover_mode, p.plover_context FROM cameo_codes AS c
            LEFT JOIN cameo_plover AS p ON p.line = (SELECT min(line) FROM cameo_plover WHERE cameo_code = c.cameo_code AND plover_type IS NOT NULL)
            ORDER BY c.cameo_code
            """).Select(static ((string Code, string? Plover, string? Mode, string? Context) row) => row).ToList();
        // The busiest codes first: the real data is mostly visits, consultations, agreements and aid.
        string[] busiest = ["042", "043", "036", "057", "071", "040", "046", "051", "030", "061", "073", "010", "020"];
        cameo = plover.OrderBy(c => Array.IndexOf(busiest, c.Code) is var i and >= 0 ? i : busiest.Length + random.Next(1000)).ThenBy(c => c.Code, StringComparer.Ordinal).ToList();
        topics = connection.Query<string>("SELECT topic_id FROM topics ORDER BY topic_id", transaction: transaction).ToArray();

        people = Ids("person", Math.Max(20, eventCount / 50));
        peopleNames = people.Select((_, i) => PersonName(i)).ToArray();
        organizations = Ids("org", Math.Max(10, eventCount / 500));
        places = Ids("place", Math.Max(10, eventCount / 2000));
        sources = Ids("source", Math.Max(20, eventCount / 10));
    }

    /// <summary>Rows written per table.</summary>
    public SortedDictionary<string, long> Counts { get; } = new(StringComparer.Ordinal);

    public void Run()
    {
        WriteSources();
        WriteActors();
        var positions = WritePositions();
        WriteEvents(positions);
        WriteAgreements();
        WriteTrade();
    }

    private static string[] Ids(string kind, int count) =>
        Enumerable.Range(1, count).Select(i => string.Create(CultureInfo.InvariantCulture, $"synth-{kind}-{i:D7}")).ToArray();

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string[] BuildVocabulary(SyntheticRandom random, int count)
    {
        string[] syllables = ["ka", "ra", "lo", "mi", "sa", "tu", "ne", "bar", "dan", "sil", "qo", "zer", "fa", "hu", "vel", "kor", "am", "el", "ib", "usta"];
        var words = new List<string>(CommonWords);
        var seen = new HashSet<string>(words, StringComparer.Ordinal);
        while (words.Count < count)
        {
            var word = new StringBuilder();
            for (var i = random.Between(2, 4); i > 0; i--)
            {
                word.Append(random.Pick(syllables));
            }

            if (seen.Add(word.ToString()))
            {
                words.Add(word.ToString());
            }
        }

        return words.ToArray();
    }

    private string PersonName(int i)
    {
        string[] first = ["Elnur", "Rashad", "Leyla", "Samir", "Aysel", "Farid", "Nadia", "Omar", "Hassan", "Rana", "Tural", "Mahmoud", "Zeynab", "Kamal", "Lina", "Javid"];
        string[] last = ["Aliyev", "Mammadov", "Hasanova", "al-Khatib", "Haddad", "Guliyev", "al-Masri", "Rahimov", "Nasser", "Huseynli", "Karimova", "al-Hamwi"];
        return string.Create(CultureInfo.InvariantCulture, $"{first[i % first.Length]} {last[(i / first.Length) % last.Length]} {i + 1}");
    }

    private string Words(int min, int max)
    {
        var text = new StringBuilder();
        for (var i = random.Between(min, max); i > 0; i--)
        {
            text.Append(vocabulary[random.Skewed(vocabulary.Length)]).Append(' ');
        }

        return text.ToString().TrimEnd();
    }

    /// <summary>A day between 1992 and 2026, more likely in recent years (density growing linearly).</summary>
    private DateOnly Day()
    {
        var span = LastDay.DayNumber - FirstDay.DayNumber;
        return DateOnly.FromDayNumber(FirstDay.DayNumber + (int)(span * Math.Sqrt(random.NextDouble())));
    }

    private SyntheticRows Rows(string table, params string[] columns) => new(connection, table, columns);

    private void Count(SyntheticRows rows, string table) => Counts[table] = Counts.GetValueOrDefault(table) + rows.Count;

    private void WriteSources()
    {
        using var rows = Rows("sources", "source_id", "kind", "title", "publisher", "url", "language", "date_published", "date_accessed", "publisher_kind", "publisher_country_id");
        foreach (var (id, i) in sources.Select((id, i) => (id, i)))
        {
            var kind = random.Pick(PublisherKinds);
            var published = Day();
            rows.Add(id, "web_page", $"Synthetic report {i + 1}: {Words(3, 6)}", $"Synthetic publisher {i % 97 + 1}", $"https://synthetic.example/{id}",
                random.Pick(Languages), Iso(published), "2026-11-27", kind, kind == "international_organization" ? null : random.Pick(Countries));
        }

        Count(rows, "sources");
        using var relations = Rows("source_relations", "source_id", "related_source_id", "relation", "basis");
        // Every tenth source republishes the one before it, and every thirtieth also draws on the one before that:
        // groups of two and three sources that count once as independent support.
        for (var i = 10; i < sources.Length; i += 10)
        {
            relations.Add(sources[i], sources[i - 1], "republishes", "apparent");
            if (i % 30 == 0)
            {
                relations.Add(sources[i - 1], sources[i - 2], "draws_on", "stated");
            }
        }

        Count(relations, "source_relations");
    }

    private void WriteActors()
    {
        using (var rows = Rows("places", "place_id", "name", "kind", "country_id"))
        {
            foreach (var (id, i) in places.Select((id, i) => (id, i)))
            {
                rows.Add(id, $"Synthetic place {i + 1}", random.Pick(PlaceKinds), i % 2 == 0 ? "SYR" : random.Pick(Countries));
            }

            Count(rows, "places");
        }

        using (var rows = Rows("organizations", "organization_id", "name", "kind", "country_id", "place_id"))
        {
            foreach (var (id, i) in organizations.Select((id, i) => (id, i)))
            {
                rows.Add(id, $"Synthetic organization {i + 1}", random.Pick(OrganizationKinds), random.Chance(0.9) ? random.Pick(Countries) : null,
                    random.Chance(0.5) ? random.Pick(places) : null);
            }

            Count(rows, "organizations");
        }

        using (var rows = Rows("people", "person_id", "name", "country_id"))
        using (var names = Rows("person_names", "person_id", "name", "language"))
        {
            for (var i = 0; i < people.Length; i++)
            {
                rows.Add(people[i], peopleNames[i], i % 3 == 0 ? "SYR" : i % 3 == 1 ? "AZE" : random.Pick(Countries));
                if (random.Chance(0.2))
                {
                    names.Add(people[i], peopleNames[i].Replace("al-", "el-", StringComparison.Ordinal).Replace("ov", "ou", StringComparison.Ordinal) + " (variant)", random.Pick(Languages));
                }
            }

            Count(rows, "people");
            Count(names, "person_names");
        }
    }

    /// <summary>Each person's offices: one to three terms in a row, each two to twelve years long, the last possibly ongoing.</summary>
    private Dictionary<string, List<(string Id, DateOnly Start, DateOnly? End)>> WritePositions()
    {
        var terms = new Dictionary<string, List<(string, DateOnly, DateOnly?)>>(StringComparer.Ordinal);
        using var rows = Rows("positions", "position_id", "person_id", "title", "organization_id", "country_id",
            "start_earliest", "start_latest", "end_earliest", "end_latest", "start_basis", "end_basis");
        using var citations = Rows("citations", "source_id", "position_id");
        var n = 0;
        foreach (var person in people)
        {
            var start = DateOnly.FromDayNumber(new DateOnly(1988, 1, 1).DayNumber + random.Next(33 * 365));
            var list = new List<(string, DateOnly, DateOnly?)>();
            for (var t = random.Between(1, 3); t > 0 && start < LastDay; t--)
            {
                var id = string.Create(CultureInfo.InvariantCulture, $"synth-position-{++n:D7}");
                var end = start.AddDays(random.Between(2 * 365, 12 * 365));
                var ongoing = end > LastDay;
                var organization = random.Chance(0.6) ? organizations[random.Skewed(organizations.Length, 0.8)] : null;
                rows.Add(id, person, $"{random.Pick(Offices)} {vocabulary[random.Skewed(200)]}", organization, organization is null ? random.Pick(Countries) : null,
                    Iso(start), Iso(start), Iso(ongoing ? LastDay : end), ongoing ? null : Iso(end), "stated", ongoing ? "ongoing" : "stated");
                citations.Add(sources[random.Skewed(sources.Length)], id);
                list.Add((id, start, ongoing ? null : end));
                start = end.AddDays(random.Between(1, 400));
            }

            terms[person] = list;
        }

        Count(rows, "positions");
        Count(citations, "citations");
        return terms;
    }

    private void WriteEvents(Dictionary<string, List<(string Id, DateOnly Start, DateOnly? End)>> positions)
    {
        using var events = Rows("events", "event_id", "date_earliest", "date_latest", "date_precision", "date_basis", "date_edtf", "cameo_code",
            "plover_type", "plover_mode", "plover_context", "title", "summary", "place_id", "evidence_status", "note");
        using var participants = Rows("event_participants", "event_id", "person_id", "organization_id", "country_id", "role", "position_id");
        using var eventTopics = Rows("event_topics", "event_id", "topic_id");
        using var eventPlaces = Rows("event_places", "event_id", "place_id", "role");
        using var statements = Rows("statements", "statement_id", "event_id", "speaker_person_id", "speaker_organization_id", "summary");
        using var statementTopics = Rows("statement_topics", "statement_id", "topic_id");
        using var citations = Rows("citations", "source_id", "paragraph", "event_id", "statement_id", "aid_delivery_id", "claim_id");
        using var aid = Rows("aid_deliveries", "aid_delivery_id", "event_id", "sequence_number", "donor_country_id", "recipient_country_id",
            "trucks", "tonnes", "contents", "beneficiary_count", "beneficiary_unit", "beneficiary_qualifier");
        using var discrepancies = Rows("discrepancies", "discrepancy_id", "title", "event_id", "note");
        using var claims = Rows("discrepancy_claims", "claim_id", "discrepancy_id", "side", "claim");

        var chosen = new List<string>(4);
        for (var i = 0; i < eventCount; i++)
        {
            var id = string.Create(CultureInfo.InvariantCulture, $"synth-event-{i + 1:D7}");
            var (earliest, latest, precision, basis, edtf) = EventDate();
            var code = cameo[random.Skewed(cameo.Count, 1.2)];
            var disputed = i % 1000 == 999;
            var evidence = disputed ? "disputed" : random.Chance(0.04) ? "reported" : "confirmed";

            // Participants first, to name them in the title.
            chosen.Clear();
            for (var k = random.Between(2, 4); k > 0; k--)
            {
                var person = people[random.Skewed(people.Length, 0.9)];
                if (!chosen.Contains(person))
                {
                    chosen.Add(person);
                }
            }

            var lead = peopleNames[Array.BinarySearch(people, chosen[0], StringComparer.Ordinal)];
            events.Add(id, earliest, latest, precision, basis, edtf, code.Code, code.Plover, code.Mode, code.Context,
                $"{lead} {Words(1, 2)} on {CommonWords[random.Skewed(CommonWords.Length, 1.0)]} {Words(1, 3)}", Words(15, 40),
                random.Chance(0.75) ? places[random.Skewed(places.Length)] : null, evidence, null);

            for (var k = 0; k < chosen.Count; k++)
            {
                var person = chosen[k];
                var office = latest is null ? null : positions[person].FirstOrDefault(p => p.Start <= DateOnly.Parse(earliest ?? latest, CultureInfo.InvariantCulture) && p.End is { } end && end >= DateOnly.Parse(latest, CultureInfo.InvariantCulture)).Id;
                participants.Add(id, person, null, null, k == 0 ? "visitor" : k == 1 ? "host" : random.Pick(Roles), random.Chance(0.5) ? office : null);
            }

            if (random.Chance(0.3))
            {
                participants.Add(id, null, organizations[random.Skewed(organizations.Length)], null, "participant", null);
            }

            if (random.Chance(0.25))
            {
                participants.Add(id, null, null, random.Pick(Countries), random.Chance(0.5) ? "host" : "visitor", null);
            }

            var firstTopic = random.Skewed(topics.Length, 0.9);
            eventTopics.Add(id, topics[firstTopic]);
            if (random.Chance(0.5) && topics[(firstTopic + 1 + random.Next(topics.Length - 1)) % topics.Length] is var second && second != topics[firstTopic])
            {
                eventTopics.Add(id, second);
            }

            if (random.Chance(0.08))
            {
                eventPlaces.Add(id, places[random.Next(places.Length)], random.Chance(0.5) ? "also_at" : "destination");
            }

            // Several citations, the busiest sources far more often; now and then the article, by paragraph.
            var cited = random.Between(1, 4);
            for (var k = 0; k < cited; k++)
            {
                citations.Add(sources[random.Skewed(sources.Length)], null, id, null, null, null);
            }

            if (random.Chance(0.03))
            {
                citations.Add("jps-article", random.Between(1, 17), id, null, null, null);
            }

            if (random.Chance(0.4))
            {
                var statement = string.Create(CultureInfo.InvariantCulture, $"synth-statement-{i + 1:D7}");
                statements.Add(statement, id, chosen[0], null, Words(10, 30));
                statementTopics.Add(statement, topics[firstTopic]);
                citations.Add(sources[random.Skewed(sources.Length)], null, null, statement, null, null);
            }

            if (i % 100 == 50)
            {
                var delivery = string.Create(CultureInfo.InvariantCulture, $"synth-aid-{i + 1:D7}");
                var counted = random.Chance(0.5);
                aid.Add(delivery, id, i / 100 + 1, "AZE", "SYR", random.Chance(0.7) ? random.Between(5, 120) : null,
                    random.Chance(0.7) ? random.Between(20, 2000) : null, Words(3, 8), counted ? random.Between(500, 20000) : null,
                    counted ? "families" : null, counted ? "about" : null);
                citations.Add(sources[random.Skewed(sources.Length)], null, null, null, delivery, null);
            }

            if (disputed)
            {
                var discrepancy = string.Create(CultureInfo.InvariantCulture, $"synth-discrepancy-{i + 1:D7}");
                discrepancies.Add(discrepancy, $"Synthetic disagreement on {id}", id, "Two synthetic sources disagree.");
                foreach (var side in new[] { "a", "b" })
                {
                    claims.Add($"{discrepancy}-{side}", discrepancy, side, Words(8, 16));
                    citations.Add(sources[random.Skewed(sources.Length)], null, null, null, null, $"{discrepancy}-{side}");
                }
            }
        }

        Count(events, "events");
        Count(participants, "event_participants");
        Count(eventTopics, "event_topics");
        Count(eventPlaces, "event_places");
        Count(statements, "statements");
        Count(statementTopics, "statement_topics");
        Count(citations, "citations");
        Count(aid, "aid_deliveries");
        Count(discrepancies, "discrepancies");
        Count(claims, "discrepancy_claims");
    }

    private (string? Earliest, string? Latest, string Precision, string Basis, string Edtf) EventDate()
    {
        var day = Day();
        var u = random.NextDouble();
        if (u < 0.72)
        {
            return (Iso(day), Iso(day), "day", random.Chance(0.9) ? "stated" : "inferred", Iso(day));
        }

        if (u < 0.80)
        {
            var first = new DateOnly(day.Year, day.Month, 1);
            return (Iso(first), Iso(first.AddMonths(1).AddDays(-1)), "month", "stated", first.ToString("yyyy-MM", CultureInfo.InvariantCulture));
        }

        if (u < 0.82)
        {
            var first = new DateOnly(day.Year, 1, 1);
            return (Iso(first), Iso(new DateOnly(day.Year, 12, 31)), "year", "stated", day.Year.ToString("D4", CultureInfo.InvariantCulture));
        }

        if (u < 0.965)
        {
            var end = day.AddDays(random.Between(1, 60));
            end = end > LastDay ? LastDay : end;
            if (end == day)
            {
                day = day.AddDays(-1);
            }

            return (Iso(day), Iso(end), "range", "derived", $"[{Iso(day)}..{Iso(end)}]");
        }

        if (u < 0.995)
        {
            return (null, Iso(day), "range", "reported", $"[..{Iso(day)}]");
        }

        return (null, null, "unknown", "derived", "XXXX");
    }

    private void WriteAgreements()
    {
        using var agreements = Rows("agreements", "agreement_id", "title", "kind", "summary", "date_earliest", "date_latest", "date_precision",
            "date_basis", "date_edtf", "place_id", "status", "evidence_status");
        using var parties = Rows("agreement_parties", "agreement_id", "country_id", "organization_id");
        using var agreementTopics = Rows("agreement_topics", "agreement_id", "topic_id");
        using var signatories = Rows("agreement_signatories", "agreement_id", "person_id");
        using var citations = Rows("citations", "source_id", "agreement_id");
        var count = Math.Max(5, eventCount / 20);
        for (var i = 0; i < count; i++)
        {
            var id = string.Create(CultureInfo.InvariantCulture, $"synth-agreement-{i + 1:D7}");
            var day = Iso(Day());
            agreements.Add(id, $"Synthetic {CommonWords[random.Skewed(CommonWords.Length, 1.0)]} {random.Pick(AgreementKinds).Replace('_', ' ')} {i + 1}",
                random.Pick(AgreementKinds), Words(12, 30), day, day, "day", "stated", day,
                random.Chance(0.5) ? places[random.Next(places.Length)] : null, random.Pick(AgreementStatuses), random.Chance(0.03) ? "reported" : "confirmed");
            if (random.Chance(0.7))
            {
                parties.Add(id, "AZE", null);
                parties.Add(id, "SYR", null);
            }
            else
            {
                parties.Add(id, null, organizations[random.Skewed(organizations.Length, 0.8)]);
                var country = random.Chance(0.5);
                parties.Add(id, country ? "SYR" : null, country ? null : organizations[random.Next(organizations.Length)]);
            }

            var topic = random.Skewed(topics.Length, 0.9);
            agreementTopics.Add(id, topics[topic]);
            if (random.Chance(0.4))
            {
                agreementTopics.Add(id, topics[(topic + 1) % topics.Length]);
            }

            var signer = random.Skewed(people.Length, 0.9);
            for (var k = random.Between(0, 2); k > 0; k--)
            {
                signatories.Add(id, people[signer]);
                signer = (signer + 1 + random.Next(people.Length - 1)) % people.Length;
            }

            for (var k = random.Between(1, 2); k > 0; k--)
            {
                citations.Add(sources[random.Skewed(sources.Length)], id);
            }
        }

        Count(agreements, "agreements");
        Count(parties, "agreement_parties");
        Count(agreementTopics, "agreement_topics");
        Count(signatories, "agreement_signatories");
        Count(citations, "citations");
    }

    private void WriteTrade()
    {
        using var flows = Rows("trade_flows", "trade_flow_id", "reporter_country_id", "partner_country_id", "year", "period_start", "period_end",
            "flow", "value", "unit", "reported_by");
        using var citations = Rows("citations", "source_id", "trade_flow_id");
        for (var year = 1996; year <= 2025; year++)
        {
            foreach (var flow in new[] { "export", "import" })
            {
                var id = string.Create(CultureInfo.InvariantCulture, $"synth-trade-{year}-{flow}");
                flows.Add(id, "AZE", "SYR", year, $"{year:D4}-01-01", $"{year:D4}-12-31", flow, random.Between(100, 90000) * 1.0, "thousand USD", "Synthetic statistics office");
                citations.Add(sources[random.Skewed(sources.Length)], id);
            }
        }

        Count(flows, "trade_flows");
        Count(citations, "citations");
    }
}
