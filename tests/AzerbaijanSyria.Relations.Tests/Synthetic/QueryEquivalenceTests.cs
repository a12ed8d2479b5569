using Dapper;

namespace AzerbaijanSyria.Relations.Tests;

/// <summary>
/// The library's queries, rewritten for speed (prepared commands, rows read by parsers Dapper.AOT generates, only the
/// filters given in the SQL, ranked search hits before snippets), return exactly what the 1.x queries
/// returned: each is compared with the old SQL mapped by Dapper, on the shipped file and on a synthetic
/// database large enough for the edge cases (open bounds, year-long events, ties in rank).
/// </summary>
public sealed class QueryEquivalenceTests
{
    public static TheoryData<string> Files() => new() { "shipped", "synthetic" };

    private static string PathOf(string file) => file == "shipped" ? Repo.ShippedDatabase : SyntheticDatabase.Path;

    [Theory]
    [MemberData(nameof(Files))]
    public async Task GetTimelineAsync_returns_what_the_old_query_returned_for_each_window(string file)
    {
        await using var db = await RelationsDataset.OpenAsync(PathOf(file));
        var windows = new (DateOnly? From, DateOnly? To)[]
        {
            (null, null), (new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31)), (new DateOnly(2012, 8, 1), new DateOnly(2012, 8, 31)),
            (new DateOnly(1997, 12, 9), new DateOnly(1997, 12, 9)), (new DateOnly(2024, 12, 31), null), (null, new DateOnly(1995, 6, 30)),
            (new DateOnly(2010, 1, 1), new DateOnly(2009, 1, 1)), (DateOnly.MinValue, DateOnly.MaxValue),
        };

        // The three readings of a range, as the README gives their SQL.
        var readings = new Dictionary<DateRangeMatch, string>
        {
            [DateRangeMatch.Plausible] = """
                ((@from IS NULL AND @to IS NULL)
                 OR ((@to IS NULL OR coalesce(t.date_earliest, min(t.date_latest, max(printf('%04d-01-01', substr(t.date_latest, 1, 4) - 1), '1992-01-01'))) <= @to)
                     AND (@from IS NULL OR coalesce(t.date_latest, printf('%04d-12-31', substr(t.date_earliest, 1, 4) + 1)) >= @from)
                     AND coalesce(t.date_earliest, t.date_latest) IS NOT NULL))
                """,
            [DateRangeMatch.Possible] = "(@from IS NULL OR t.date_latest IS NULL OR t.date_latest >= @from) AND (@to IS NULL OR coalesce(t.date_earliest, min(coalesce(t.date_latest, '1992-01-01'), '1992-01-01')) <= @to)",
            [DateRangeMatch.Certain] = "(@from IS NULL OR t.date_earliest >= @from) AND (@to IS NULL OR t.date_latest <= @to)",
        };
        // Each window's events, in the timeline's order, with the source filter: the SQL of the README for
        // every window, on the shipped file; on the synthetic one (where each pass over the view costs
        // seconds) the view is read once per source filter and each window's events are picked from it
        // by the same two readings written in C#, against which the SQL is also checked, on the shipped file.
        var all = Enum.GetValues<SourceFilter>().ToDictionary(f => f, f => db.Connection.Query<TimelineEvent>(
            $"""
            SELECT * FROM timeline AS t WHERE {SourceFilterSql.For(f, "event_id", "t.event_id", "t.evidence_status")}
            ORDER BY coalesce(t.date_earliest, t.date_latest), t.date_latest, t.event_id
            """).ToList());
        foreach (var (from, to) in windows)
        {
            foreach (var (match, condition) in readings)
            {
                foreach (var sources in Enum.GetValues<SourceFilter>())
                {
                    var picked = all[sources].Where(e => Reads(match, e, from, to)).ToList();
                    var expected = file == "synthetic" ? picked : db.Connection.Query<TimelineEvent>(
                        $"""
                        SELECT * FROM timeline AS t
                        WHERE {condition}
                          AND {SourceFilterSql.For(sources, "event_id", "t.event_id", "t.evidence_status")}
                        ORDER BY coalesce(t.date_earliest, t.date_latest), t.date_latest, t.event_id
                        """, new { from = from?.ToString("yyyy-MM-dd"), to = to?.ToString("yyyy-MM-dd") }).ToList();
                    Assert.Equal(expected, picked);

                    Assert.Equal(expected, await db.GetTimelineAsync(from, to, match, sources: sources));
                    if (match == DateRangeMatch.Plausible)
                    {
                        Assert.Equal(expected, await db.GetTimelineAsync(from, to, sources: sources));
                    }
                }
            }
        }

        Assert.Equal(
            db.Connection.Query<TimelineEvent>("SELECT * FROM timeline AS t WHERE t.cameo_root = '07' AND EXISTS (SELECT 1 FROM event_topics AS et WHERE et.event_id = t.event_id AND et.topic_id = 'energy') ORDER BY coalesce(t.date_earliest, t.date_latest), t.date_latest, t.event_id"),
            await db.GetTimelineAsync(cameoRoot: "07", topic: "energy"));
    }

    [Fact]
    public async Task GetTimelineAsync_reads_every_kind_of_date_from_the_stored_rows_as_the_one_rule_says()
    {
        // The stored rows in date order (0056) are read by band: a copy of the synthetic file is given the
        // kinds of date it lacks or has few of (events open at the end, spans on each side of every band's
        // bounds, spans longer than any band's, events before the relations began), through the triggers
        // that keep timeline_rows exact, and every reading of many windows is checked against the rule.
        using var copy = new TempFile();
        File.Copy(SyntheticDatabase.Path, copy.Path);
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={copy.Path};Pooling=False"))
        {
            connection.Open();
            connection.Execute(
                """
                UPDATE change_context SET reason = 'A test gives a copy every kind of date.';
                UPDATE events SET date_latest = NULL, date_precision = 'range', date_basis = 'derived', date_edtf = '[' || date_earliest || '..]'
                WHERE rowid % 23 = 3 AND date_earliest IS NOT NULL AND date_latest IS NOT NULL;
                UPDATE events SET date_latest = date(date_earliest, printf('+%d days', (1 << (rowid % 15)) - (rowid / 29) % 2)), date_precision = 'range', date_basis = 'derived',
                  date_edtf = date_earliest || '/' || date(date_earliest, printf('+%d days', (1 << (rowid % 15)) - (rowid / 29) % 2))
                WHERE rowid % 29 = 5 AND date_earliest IS NOT NULL AND date_latest IS NOT NULL;
                UPDATE events SET date_earliest = '1985-06-01', date_latest = date('1985-06-01', printf('+%d days', 16384 + rowid)), date_precision = 'range', date_basis = 'derived',
                  date_edtf = '1985-06-01/' || date('1985-06-01', printf('+%d days', 16384 + rowid))
                WHERE rowid % 397 = 7;
                UPDATE events SET date_earliest = '1991-12-30', date_latest = '1992-01-02', date_precision = 'range', date_basis = 'derived', date_edtf = '1991-12-30/1992-01-02'
                WHERE rowid % 401 = 11;
                UPDATE events SET date_latest = '1991-11-20', date_precision = 'range', date_basis = 'derived', date_edtf = '[..1991-11-20]'
                WHERE rowid % 409 = 13 AND date_earliest IS NULL AND date_latest IS NOT NULL;
                """);
            Assert.Empty(StoredColumns.TimelineDifferences(connection));
            Assert.Equal(19, connection.ExecuteScalar<long>("SELECT count(DISTINCT band) FROM timeline_rows"));
        }

        await using var db = await RelationsDataset.OpenAsync(copy.Path);
        var windows = new List<(DateOnly? From, DateOnly? To)>
        {
            (new DateOnly(1991, 11, 1), new DateOnly(1991, 12, 31)), (null, new DateOnly(1991, 12, 31)), (new DateOnly(1992, 1, 1), new DateOnly(1992, 1, 1)),
            (new DateOnly(2026, 1, 1), null), (new DateOnly(2100, 1, 1), null), (null, new DateOnly(1980, 1, 1)), (new DateOnly(2015, 6, 1), new DateOnly(2015, 5, 31)),
            (DateOnly.MinValue, DateOnly.MaxValue), (DateOnly.MinValue, new DateOnly(2000, 1, 1)), (new DateOnly(2000, 1, 1), DateOnly.MaxValue),
        };
        for (var year = 1993; year <= 2030; year += 4)
        {
            windows.Add((new DateOnly(year, 3, 1), new DateOnly(year, 3, 31)));
            windows.Add((new DateOnly(year, 7, 14), new DateOnly(year, 7, 14)));
            windows.Add((new DateOnly(year, 1, 1), new DateOnly(year, 12, 31)));
        }

        var all = db.Connection.Query<TimelineEvent>("SELECT * FROM timeline AS t ORDER BY coalesce(t.date_earliest, t.date_latest), t.date_latest, t.event_id").ToList();
        var article = db.Connection.Query<TimelineEvent>(
            $"SELECT * FROM timeline AS t WHERE {SourceFilterSql.For(SourceFilter.Article, "event_id", "t.event_id", "t.evidence_status")} ORDER BY coalesce(t.date_earliest, t.date_latest), t.date_latest, t.event_id").ToList();
        var energy = db.Connection.Query<string>("SELECT event_id FROM event_topics WHERE topic_id = 'energy'").ToHashSet(StringComparer.Ordinal);
        foreach (var (from, to) in windows)
        {
            foreach (var match in Enum.GetValues<DateRangeMatch>())
            {
                var expected = all.Where(e => Reads(match, e, from, to)).ToList();
                Assert.Equal(expected, await db.GetTimelineAsync(from, to, match));
                Assert.Equal(expected.Where(e => energy.Contains(e.EventId)), await db.GetTimelineAsync(from, to, match, topic: "energy"));
                Assert.Equal(article.Where(e => Reads(match, e, from, to)), await db.GetTimelineAsync(from, to, match, sources: SourceFilter.Article));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task GetEventAsync_and_GetPersonEventsAsync_return_what_the_old_queries_returned(string file)
    {
        await using var db = await RelationsDataset.OpenAsync(PathOf(file));
        var eventIds = db.Connection.Query<string>("SELECT event_id FROM events WHERE rowid % 97 = 1 OR event_id IN (SELECT event_id FROM discrepancies) LIMIT 60").ToList();
        var people = db.Connection.Query<string>("SELECT person_id FROM people WHERE rowid % 29 = 1 LIMIT 30").ToList();

        foreach (var id in eventIds)
        {
            var details = (await db.GetEventAsync(id))!;
            Assert.Equal(db.Connection.QuerySingle<TimelineEvent>("SELECT * FROM timeline WHERE event_id = @id", new { id }), details.Event);
            Assert.Equal(db.Connection.Query<Statement>("SELECT * FROM statement_details WHERE event_id = @id ORDER BY statement_id", new { id }), details.Statements);
            Assert.Equal(db.Connection.Query<Citation>("SELECT * FROM citation_details WHERE subject_kind = 'event' AND subject_id = @id ORDER BY citation_id", new { id }), details.Citations);
            Assert.Equal(db.Connection.Query<EventParticipant>("SELECT participant_kind, participant_id_text AS participant_id, name, role, position_id, position FROM participant_labels WHERE event_id = @id ORDER BY participant_labels.participant_id", new { id }), details.Participants);
            Assert.Equal(
                db.Connection.Query<Discrepancy>("SELECT * FROM discrepancy_details WHERE (subject_kind = 'event' AND subject_id = @id) OR (subject_kind = 'agreement' AND subject_id IN (SELECT agreement_id FROM agreement_events WHERE event_id = @id)) ORDER BY discrepancy_id", new { id }),
                details.Discrepancies);
        }

        foreach (var person in people)
        {
            Assert.Equal(
                db.Connection.Query<TimelineEvent>(
                    """
                    SELECT * FROM timeline AS t
                    WHERE (t.event_id IN (SELECT event_id FROM event_participants WHERE person_id = @person)
                        OR t.event_id IN (SELECT event_id FROM statements WHERE speaker_person_id = @person))
                    ORDER BY coalesce(t.date_earliest, t.date_latest), t.date_latest, t.event_id
                    """, new { person }),
                await db.GetPersonEventsAsync(person));
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Offices_agreements_statements_citations_and_trade_are_what_the_old_queries_returned(string file)
    {
        await using var db = await RelationsDataset.OpenAsync(PathOf(file));
        var c = db.Connection;

        Assert.Equal(c.Query<PersonPosition>("SELECT * FROM person_positions AS pp ORDER BY pp.person_name, coalesce(pp.start_latest, pp.start_earliest), pp.position_id"), await db.GetPositionsAsync());
        foreach (var person in c.Query<string>("SELECT person_id FROM people WHERE rowid % 41 = 1 LIMIT 20"))
        {
            Assert.Equal(c.Query<PersonPosition>("SELECT * FROM person_positions AS pp WHERE pp.person_id = @person ORDER BY pp.person_name, coalesce(pp.start_latest, pp.start_earliest), pp.position_id", new { person }), await db.GetPositionsAsync(person));
            Assert.Equal(c.Query<Statement>("SELECT * FROM statement_details AS s WHERE s.speaker_id = @person ORDER BY coalesce(s.date_earliest, s.date_latest), s.event_id, s.statement_id", new { person }), await db.GetStatementsAsync(person));
        }

        // Every speaker's statements (people and organizations, read from the stored rows since 0091), and all of them under each source filter.
        foreach (var speaker in c.Query<string>("SELECT DISTINCT coalesce(speaker_person_id, speaker_organization_id) FROM statements WHERE rowid % 17 = 1 ORDER BY 1 LIMIT 40"))
        {
            Assert.Equal(c.Query<Statement>("SELECT * FROM statement_details AS s WHERE s.speaker_id = @speaker ORDER BY coalesce(s.date_earliest, s.date_latest), s.event_id, s.statement_id", new { speaker }), await db.GetStatementsAsync(speaker));
        }

        foreach (var sources in Enum.GetValues<SourceFilter>())
        {
            Assert.Equal(
                c.Query<Statement>($"SELECT * FROM statement_details AS s WHERE {SourceFilterSql.For(sources, "statement_id", "s.statement_id", "s.evidence_status")} ORDER BY coalesce(s.date_earliest, s.date_latest), s.event_id, s.statement_id"),
                await db.GetStatementsAsync(sources: sources));
        }

        Assert.Empty(await db.GetStatementsAsync(string.Empty));

        foreach (var day in new[] { new DateOnly(1997, 12, 9), new DateOnly(2010, 6, 30), new DateOnly(2025, 7, 12) })
        {
            Assert.Equal(c.Query<PersonPosition>("SELECT * FROM person_positions AS pp WHERE pp.start_latest <= @day AND pp.end_earliest >= @day ORDER BY pp.person_name, pp.position", new { day = day.ToString("yyyy-MM-dd") }), await db.GetPositionsOnAsync(day));
        }

        var parties = c.Query<string>("SELECT 'SYR' UNION ALL SELECT 'AZE' UNION ALL SELECT 'TUR' UNION ALL SELECT * FROM (SELECT organization_id FROM agreement_parties WHERE organization_id IS NOT NULL ORDER BY agreement_party_id LIMIT 5)").ToList();
        foreach (var party in parties.Append(null))
        {
            foreach (var kind in new[] { null, "memorandum_of_understanding" })
            {
                Assert.Equal(
                    c.Query<Agreement>(
                        """
                        SELECT * FROM agreement_details AS a
                        WHERE (@party IS NULL OR EXISTS (
                                 SELECT 1 FROM agreement_parties AS ap LEFT JOIN organizations AS o ON o.organization_id = ap.organization_id
                                 WHERE ap.agreement_id = a.agreement_id
                                   AND (ap.country_id = @party OR ap.organization_id = @party OR o.country_id = @party)))
                          AND (@kind IS NULL OR a.kind = @kind)
                          AND (@topic IS NULL OR EXISTS (SELECT 1 FROM agreement_topics AS at WHERE at.agreement_id = a.agreement_id AND at.topic_id = @topic))
                        ORDER BY coalesce(a.date_earliest, a.date_latest), a.agreement_id
                        """, new { party, kind, topic = kind is null ? null : "energy" }),
                    await db.GetAgreementsAsync(party, kind, kind is null ? null : "energy"));
            }
        }

        foreach (var (kind, id) in c.Query<(string, string)>("SELECT subject_kind, subject_id FROM citation_details WHERE citation_id % 53 = 1 LIMIT 40"))
        {
            Assert.Equal(c.Query<Citation>("SELECT * FROM citation_details WHERE subject_kind = @kind AND subject_id = @id ORDER BY citation_id", new { kind, id }), await db.GetCitationsAsync(kind, id));
        }

        Assert.Equal(c.Query<AidDelivery>("SELECT * FROM aid_delivery_details AS a ORDER BY coalesce(a.date_earliest, a.date_latest), a.aid_delivery_id"), await db.GetAidDeliveriesAsync());
        Assert.Equal(c.QuerySingle<AidTotals>("SELECT count(*) AS deliveries, coalesce(sum(a.trucks), 0) AS trucks, count(a.trucks) AS deliveries_with_trucks, coalesce(sum(a.tonnes), 0.0) AS tonnes, count(a.tonnes) AS deliveries_with_tonnes, coalesce(sum(CASE WHEN a.tonnes_approximate = 1 THEN a.tonnes END), 0.0) AS approximate_tonnes, count(CASE WHEN a.tonnes_approximate = 1 AND a.tonnes IS NOT NULL THEN 1 END) AS deliveries_with_approximate_tonnes FROM aid_delivery_details AS a"), await db.GetAidTotalsAsync());
        Assert.Equal(c.Query<TradeFlow>("SELECT * FROM trade_flows AS tf WHERE tf.year = 2012 ORDER BY tf.year, coalesce(tf.commodity, ''), tf.flow"), await db.GetTradeAsync(2012));
        Assert.Equal(c.Query<Source>("SELECT * FROM sources ORDER BY kind <> 'article', source_id"), await db.GetSourcesAsync());
        Assert.Equal(c.Query<Discrepancy>("SELECT * FROM discrepancy_details ORDER BY discrepancy_id"), await db.GetDiscrepanciesAsync());
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task SearchAsync_returns_what_the_old_query_returned_for_common_and_rare_words(string file)
    {
        await using var db = await RelationsDataset.OpenAsync(PathOf(file));
        // A common word, a word of the generated vocabulary's tail, two words, a prefix-free miss.
        foreach (var text in new[] { "gas", "energy talks", "Aliyev", "visit", "kasalo", "syria", "zzzz-nothing" })
        {
            foreach (var sources in Enum.GetValues<SourceFilter>())
            {
                // The old query's best 20 hits, once: its best 1 and 7 are their first 1 and 7 (the order
                // is total: rank, then kind and id), so the snippets of every match are made once, not thrice.
                var best = OldSearch(db, FullTextQuery.Parse(text).Query, 20, sources);
                foreach (var limit in new[] { 1, 7, 20 })
                {
                    Assert.Equal(best.Take(limit), await db.SearchAsync(text, limit, sources));
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Timeline_view_returns_what_its_0026_definition_computed_row_by_row(string file)
    {
        // The stored lists (0050) against the view that computed them per row, read from its migration.
        await using var db = await RelationsDataset.OpenAsync(PathOf(file));
        var script = File.ReadAllText(Path.Combine(Repo.Root, "migrations", "0026_create_views_for_release_2.sql"));
        var view = SqlStatements.Split(script).Select(s => s.Text.Trim()).Single(s => s.StartsWith("CREATE VIEW timeline AS", StringComparison.Ordinal));
        var old = view["CREATE VIEW timeline AS".Length..^1];

        var expected = db.Connection.Query<TimelineEvent>(old).ToList();

        Assert.NotEmpty(expected);
        Assert.Equal(expected, db.Connection.Query<TimelineEvent>("SELECT * FROM timeline"));
        Assert.Equal(expected, await db.GetTimelineAsync());
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task GetYearlyEventCountsAsync_returns_what_counting_every_event_by_the_old_query_s_comparisons_gives(string file)
    {
        await using var db = await RelationsDataset.OpenAsync(PathOf(file));
        foreach (var sources in Enum.GetValues<SourceFilter>())
        {
            // The old query counted each (year, class) cell with three passes over every event (175 cells: the
            // bulk of this test's time); the same counts, by the same comparisons, from one pass in C#.
            var coded = db.Connection.Query<(string? Earliest, string? Latest, int QuadClass)>(
                $"""
                SELECT e.date_earliest, e.date_latest, coalesce(cr.quad_class, 0)
                FROM events AS e
                LEFT JOIN cameo_codes AS cc ON cc.cameo_code = e.cameo_code
                LEFT JOIN cameo_roots AS cr ON cr.root_code = cc.root_code
                WHERE {SourceFilterSql.For(sources, "event_id", "e.event_id", "e.evidence_status")}
                """).ToList();
            var expected = (
                from y in db.Connection.Query<(int Year, string FirstDay, string LastDay)>("SELECT year, first_day, last_day FROM dataset_years")
                from q in Enumerable.Range(0, 5)
                let inClass = coded.Where(c => c.QuadClass == q).ToList()
                let possible = inClass.Where(c => string.CompareOrdinal(c.Earliest ?? "0000-01-01", y.LastDay) <= 0 && string.CompareOrdinal(c.Latest ?? "9999-12-31", y.FirstDay) >= 0).ToList()
                orderby y.Year, q
                select new YearlyEventCount
                {
                    Year = y.Year,
                    QuadClass = q,
                    Certain = inClass.Count(c => c.Earliest is not null && c.Latest is not null && string.CompareOrdinal(c.Earliest, y.FirstDay) >= 0 && string.CompareOrdinal(c.Latest, y.LastDay) <= 0),
                    Possible = possible.Count,
                    OpenEnded = possible.Count(c => c.Earliest is null || c.Latest is null),
                }).ToList();

            Assert.Contains(expected, c => c.Possible > 0);
            Assert.Equal(expected, await db.GetYearlyEventCountsAsync(sources));
        }
    }

    /// <summary>The readings of a range in C#: the library's own predicate, which the README's SQL must agree with.</summary>
    private static bool Reads(DateRangeMatch match, TimelineEvent e, DateOnly? from, DateOnly? to) =>
        DateReading.Matches(e.DateEarliest, e.DateLatest, from, to, match);

    /// <summary>
    /// Search as one plain query: every match of each index (since 0056 the indexes of every recorded
    /// spelling, title weighed over summary over names), its snippet from the row's own text when that
    /// matches (events_fts, …), else from what matched.
    /// </summary>
    private static List<SearchHit> OldSearch(RelationsDataset db, string query, int limit, SourceFilter sources) => db.Connection.Query<SearchHit>(
        $"""
        SELECT * FROM (
          SELECT 'event' AS kind, e.event_id AS id, e.title AS title,
                 coalesce((SELECT snippet(events_fts, -1, '[', ']', '…', 16) FROM events_fts WHERE events_fts MATCH @query AND events_fts.rowid = e.rowid),
                   snippet(event_search, -1, '[', ']', '…', 16)) AS snippet,
                 bm25(event_search, 10.0, 5.0, 1.0) AS rank
          FROM event_search JOIN events AS e ON e.rowid = event_search.rowid
          WHERE event_search MATCH @query
            AND {SourceFilterSql.For(sources, "event_id", "e.event_id", "e.evidence_status")}
          UNION ALL
          SELECT 'statement', s.statement_id, coalesce(p.name, o.name),
                 coalesce((SELECT snippet(statements_fts, 0, '[', ']', '…', 16) FROM statements_fts WHERE statements_fts MATCH @query AND statements_fts.rowid = s.rowid),
                   snippet(statement_search, -1, '[', ']', '…', 16)),
                 bm25(statement_search, 5.0, 1.0)
          FROM statement_search JOIN statements AS s ON s.rowid = statement_search.rowid
            JOIN events AS se ON se.event_id = s.event_id
            LEFT JOIN people AS p ON p.person_id = s.speaker_person_id
            LEFT JOIN organizations AS o ON o.organization_id = s.speaker_organization_id
          WHERE statement_search MATCH @query
            AND {SourceFilterSql.For(sources, "statement_id", "s.statement_id", "se.evidence_status")}
          UNION ALL
          SELECT 'agreement', a.agreement_id, a.title,
                 coalesce((SELECT snippet(agreements_fts, -1, '[', ']', '…', 16) FROM agreements_fts WHERE agreements_fts MATCH @query AND agreements_fts.rowid = a.rowid),
                   snippet(agreement_search, -1, '[', ']', '…', 16)),
                 bm25(agreement_search, 10.0, 5.0, 1.0)
          FROM agreement_search JOIN agreements AS a ON a.rowid = agreement_search.rowid
          WHERE agreement_search MATCH @query
            AND {SourceFilterSql.For(sources, "agreement_id", "a.agreement_id", "a.evidence_status")}
        )
        ORDER BY rank, kind, id
        LIMIT @limit
        """, new { query, limit }).ToList();
}
