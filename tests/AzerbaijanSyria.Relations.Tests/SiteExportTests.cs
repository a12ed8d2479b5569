using System.Globalization;
using System.Text.RegularExpressions;
using AzerbaijanSyria.Relations.Cli;
using AzerbaijanSyria.Relations.Export;
using AzerbaijanSyria.Relations.Export.Site;
using Dapper;
using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations.Tests;

/// <summary>
/// <c>azsy export --format site</c> on the shipped database: stable bytes, links that resolve, a
/// page for every entity with every field, every row that refers to it and every citation. What
/// the pages should hold is read from the database with SQL, never typed in.
/// </summary>
public sealed partial class SiteExportTests
{
    private readonly SiteExport site = SiteExport.Shipped;

    /// <summary>The tables with a page per row: the site's folders.</summary>
    private static readonly string[] PagedTables = ["events", "people", "organizations", "places", "agreements", "sources", "discrepancies"];

    private static List<string> Tables(SqliteConnection db) =>
        db.Query<string>("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'SchemaVersions' ORDER BY name").ToList();

    private static List<string> PrimaryKey(SqliteConnection db, string table) =>
        db.Query<string>("SELECT name FROM pragma_table_info(@table) WHERE pk > 0 ORDER BY pk", new { table }).ToList();

    private static string KeySql(SqliteConnection db, string table, string? alias = null) =>
        string.Join(" || '/' || ", PrimaryKey(db, table).Select(c => $"{(alias is null ? string.Empty : alias + ".")}\"{c}\""));

    [Fact]
    public void Site_export_gives_the_same_bytes_every_time()
    {
        using var second = new TempDirectory();

        SiteExport.Write(Repo.ShippedDatabase, second.Path);

        var names = Files(site.Root);
        Assert.Equal(names, Files(second.Path));
        Assert.All(names, name => Assert.True(
            File.ReadAllBytes(Path.Combine(site.Root, name)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(second.Path, name))), name));
        Assert.All(site.Pages, page => Assert.DoesNotContain("\r", site.Page(page)!, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_local_link_resolves_to_a_file_and_an_element()
    {
        var pages = site.Pages;

        var broken = BrokenLinks(site.Root, pages, site.Page);

        Assert.True(broken.Count == 0, string.Join("\n", broken.Take(20)));
        Assert.Contains("index.html", pages);
        Assert.Contains("timeline.html", pages);
        Assert.Contains("search.html", pages);
    }

    /// <summary>
    /// Every local link of every page in <paramref name="pages"/> that names no file, or an element its page
    /// lacks, as "page: link". <paramref name="read"/> gives a page's text (null when there is no such file).
    /// </summary>
    private static List<string> BrokenLinks(string root, IReadOnlyList<string> pages, Func<string, string?> read)
    {
        var broken = new List<string>();
        var ids = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        HashSet<string> IdsOf(string page) => ids.TryGetValue(page, out var known)
            ? known
            : ids[page] = IdAttribute().Matches(read(page)!).Select(m => m.Groups["id"].Value).ToHashSet(StringComparer.Ordinal);

        foreach (var page in pages)
        {
            foreach (Match link in LinkAttribute().Matches(read(page)!))
            {
                var target = System.Net.WebUtility.HtmlDecode(link.Groups["url"].Value);
                if (Regex.IsMatch(target, "^(https?|data):", RegexOptions.IgnoreCase))
                {
                    continue;
                }

                Assert.DoesNotMatch("^[a-z]+:", target);
                var hash = target.IndexOf('#', StringComparison.Ordinal);
                var fragment = hash < 0 ? null : target[(hash + 1)..];
                var file = (hash < 0 ? target : target[..hash]).Split('?')[0];
                var resolved = file.Length == 0
                    ? page
                    : Path.GetRelativePath(root, Path.GetFullPath(Path.Combine(root, Path.GetDirectoryName(page)!, Uri.UnescapeDataString(file)))).Replace('\\', '/');
                if (resolved.StartsWith("..", StringComparison.Ordinal) || !File.Exists(Path.Combine(root, resolved)))
                {
                    broken.Add($"{page}: {target}");
                }
                else if (fragment is { Length: > 0 } && resolved.EndsWith(".html", StringComparison.Ordinal) && !IdsOf(resolved).Contains(fragment))
                {
                    broken.Add($"{page}: {target} (no element with that id)");
                }
            }
        }

        return broken;
    }

    [Fact]
    public void No_page_uses_an_element_id_twice()
    {
        Assert.All(site.Pages, page =>
        {
            var ids = IdAttribute().Matches(site.Page(page)!).Select(m => m.Groups["id"].Value).ToList();
            Assert.True(ids.Count == ids.Distinct().Count(), $"{page}: {string.Join(", ", ids.GroupBy(i => i).Where(g => g.Count() > 1).Select(g => g.Key))}");
        });
    }

    [Fact]
    public void Every_event_person_organization_place_agreement_source_and_discrepancy_has_its_page_and_is_listed()
    {
        using var db = Shipped.Open();
        foreach (var table in PagedTables)
        {
            var ids = db.Query<string>($"SELECT {KeySql(db, table)} FROM \"{table}\"").ToList();
            Assert.NotEmpty(ids);
            var list = site.Page(table == "events" ? "timeline.html" : $"{table}/index.html")!;
            Assert.All(ids, id =>
            {
                Assert.NotNull(site.Page($"{table}/{id}.html"));
                Assert.Contains($"href=\"{(table == "events" ? "events/" : string.Empty)}{id}.html\"", list, StringComparison.Ordinal);
            });
        }
    }

    [Fact]
    public void Every_field_of_an_entity_appears_on_its_page()
    {
        using var db = Shipped.Open();
        foreach (var table in PagedTables)
        {
            var columns = db.Query<string>("SELECT name FROM pragma_table_xinfo(@table) WHERE hidden <> 1 ORDER BY cid", new { table }).ToList();
            using var command = db.CreateCommand();
            command.CommandText = $"SELECT {KeySql(db, table)}, {string.Join(", ", columns.Select(c => $"\"{c}\""))} FROM \"{table}\"";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var page = site.Page($"{table}/{reader.GetString(0)}.html")!;
                for (var i = 0; i < columns.Count; i++)
                {
                    Assert.Contains($"<dt><code>{columns[i]}</code>", page, StringComparison.Ordinal);
                    if (!reader.IsDBNull(i + 1))
                    {
                        var value = SiteExport.Encode(ResultWriter.Text(reader.GetValue(i + 1)));
                        Assert.True(page.Contains(value, StringComparison.Ordinal), $"{table}/{reader.GetString(0)}: {columns[i]} = {value}");
                    }
                }
            }
        }
    }

    [Fact]
    public void Every_row_that_refers_to_an_entity_appears_on_the_entity_s_page()
    {
        using var db = Shipped.Open();
        var checkedRows = 0;
        foreach (var table in Tables(db).Where(t => t != "citations"))
        {
            var keys = db.Query<(string Table, string From, string To)>("SELECT \"table\", \"from\", \"to\" FROM pragma_foreign_key_list(@table)", new { table })
                .Where(k => PagedTables.Contains(k.Table));
            foreach (var (target, from, to) in keys)
            {
                var rows = db.Query<(string Key, string Target)>(
                    $"SELECT {KeySql(db, table, "r")}, {KeySql(db, target, "t")} FROM \"{table}\" AS r JOIN \"{target}\" AS t ON t.\"{to}\" = r.\"{from}\"").ToList();
                foreach (var (key, targetKey) in rows)
                {
                    var page = site.Page($"{target}/{targetKey}.html")!;
                    Assert.True(page.Contains($"data-row=\"{SiteExport.Encode($"{table}:{key}")}\"", StringComparison.Ordinal), $"{table} {key} on {target}/{targetKey}");
                    checkedRows++;
                }
            }
        }

        Assert.True(checkedRows > db.ExecuteScalar<long>("SELECT count(*) FROM event_participants"), "participants, statements, offices, claims and more were checked");
    }

    [Fact]
    public void Every_citation_of_an_event_appears_on_its_page_with_its_paragraph_or_address()
    {
        using var db = Shipped.Open();
        var citations = db.Query<(long Id, string EventId, long? Paragraph, string? Url)>(
            "SELECT c.citation_id, c.event_id, c.paragraph, s.url FROM citations AS c JOIN sources AS s USING (source_id) WHERE c.event_id IS NOT NULL").ToList();

        Assert.NotEmpty(citations);
        foreach (var (id, eventId, paragraph, url) in citations)
        {
            var item = CitationItem(site.Page($"events/{eventId}.html")!, id);
            Assert.True(item is not null, $"citation {id} on events/{eventId}");
            if (paragraph is { } p)
            {
                Assert.Contains($"<span class=\"name\">paragraph</span> {p.ToString(CultureInfo.InvariantCulture)}", item, StringComparison.Ordinal);
            }

            if (url is not null)
            {
                Assert.Contains($"href=\"{SiteExport.Encode(url)}\"", item, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Every_citation_appears_beside_the_row_it_cites()
    {
        using var db = Shipped.Open();
        var subjects = db.Query<(string Column, string Table)>("SELECT \"from\", \"table\" FROM pragma_foreign_key_list('citations') WHERE \"table\" <> 'sources'").ToList();
        var pagesByRow = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var pagesByCitation = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var page in site.Pages)
        {
            foreach (Match m in DataRow().Matches(site.Page(page)!))
            {
                (pagesByRow.TryGetValue(m.Groups["row"].Value, out var set) ? set : pagesByRow[m.Groups["row"].Value] = []).Add(page);
            }

            foreach (Match m in DataCitation().Matches(site.Page(page)!))
            {
                (pagesByCitation.TryGetValue(m.Groups["id"].Value, out var set) ? set : pagesByCitation[m.Groups["id"].Value] = []).Add(page);
            }
        }

        var count = 0;
        foreach (var (column, table) in subjects)
        {
            foreach (var (id, key) in db.Query<(long Id, string Key)>($"SELECT c.citation_id, {KeySql(db, table, "t")} FROM citations AS c JOIN \"{table}\" AS t ON t.\"{PrimaryKey(db, table)[0]}\" = c.\"{column}\""))
            {
                var citation = id.ToString(CultureInfo.InvariantCulture);
                var rowPages = PagedTables.Contains(table) ? [$"{table}/{key}.html"] : pagesByRow.GetValueOrDefault(SiteExport.Encode($"{table}:{key}"), []);
                Assert.True(pagesByCitation.TryGetValue(citation, out var shown) && shown.Overlaps(rowPages), $"citation {citation} of {table} {key}");
                count++;
            }
        }

        Assert.Equal(db.ExecuteScalar<long>("SELECT count(*) FROM citations"), count);
    }

    [Fact]
    public void Event_page_leads_with_title_date_summary_people_and_offices_before_the_folded_fields()
    {
        using var db = Shipped.Open();
        var events = db.Query<(string Id, string Title, string? Summary)>("SELECT event_id, title, summary FROM events").ToList();
        var offices = db.Query<(string EventId, string PersonId, string Office)>(
            "SELECT p.event_id, p.person_id, o.title FROM event_participants AS p JOIN positions AS o USING (position_id)").ToLookup(o => o.EventId);
        Assert.NotEmpty(events);
        foreach (var (id, title, summary) in events)
        {
            var page = site.Page($"events/{id}.html")!;
            var order = new List<int> { page.IndexOf($"<h1>{SiteExport.Encode(title)}</h1>", StringComparison.Ordinal), page.IndexOf("<p class=\"when\">", StringComparison.Ordinal) };
            if (summary is not null)
            {
                order.Add(page.IndexOf($"<p class=\"lead\">{SiteExport.Encode(summary)}</p>", StringComparison.Ordinal));
            }

            if (offices[id].Any())
            {
                var who = Section(page, "who");
                order.Add(page.IndexOf("<h2 id=\"who\">", StringComparison.Ordinal));
                Assert.All(offices[id], o => Assert.True(who.Contains($"href=\"../people/{o.PersonId}.html\"", StringComparison.Ordinal) && who.Contains(SiteExport.Encode(o.Office), StringComparison.Ordinal), $"{id}: {o.PersonId} as {o.Office}"));
            }

            order.Add(page.IndexOf("<h2 id=\"sources\">", StringComparison.Ordinal));
            order.Add(page.IndexOf("<details class=\"all-fields\">", StringComparison.Ordinal));
            order.Add(page.IndexOf("<dt><code>event_id</code>", StringComparison.Ordinal));
            Assert.True(order.All(i => i >= 0) && order.SequenceEqual(order.Order()), $"{id}: {string.Join(", ", order)}");
        }
    }

    [Fact]
    public void Person_page_lists_their_events_with_dates_in_date_order_and_their_offices_in_words()
    {
        using var db = Shipped.Open();
        var people = db.Query<string>("SELECT person_id FROM people").ToList();
        var checkedPeople = 0;
        foreach (var person in people)
        {
            var expected = db.Query<string>(
                """
                SELECT event_id FROM events
                WHERE event_id IN (SELECT event_id FROM event_participants WHERE person_id = @person UNION SELECT event_id FROM statements WHERE speaker_person_id = @person)
                ORDER BY coalesce(date_earliest, date_latest, '9999') || '/' || coalesce(date_latest, '9999'), event_id
                """, new { person }).ToList();
            var page = site.Page($"people/{person}.html")!;
            if (expected.Count > 0)
            {
                var section = Section(page, "events");
                Assert.Equal(expected, DataEvent().Matches(section).Select(m => m.Groups["id"].Value));
                Assert.Equal(expected.Count, Regex.Matches(section, "<li data-event=\"[^\"]+\"><span class=\"when\">").Count);
                checkedPeople++;
            }

            var positions = db.Query<(string Id, string Title, string? StartLatest)>("SELECT position_id, title, start_latest FROM positions WHERE person_id = @person", new { person }).ToList();
            if (positions.Count > 0)
            {
                var offices = Section(page, "offices");
                Assert.All(positions, p =>
                {
                    var item = Regex.Match(offices, $"data-row=\"positions:{p.Id}\">(.*?)(<ol|</li>)").Groups[1].Value;
                    Assert.StartsWith(SiteExport.Encode(p.Title), item, StringComparison.Ordinal);
                    Assert.DoesNotContain("<code>", item, StringComparison.Ordinal);
                    if (p.StartLatest is { } day)
                    {
                        Assert.Contains($"<time datetime=\"{day}\">", item, StringComparison.Ordinal);
                    }
                });
            }
        }

        Assert.True(checkedPeople > 0);
    }

    [Fact]
    public async Task One_sided_page_lists_each_side_s_facts_as_the_library_does_and_the_home_page_asks_for_it()
    {
        await using var dataset = await RelationsDataset.OpenAsync(Repo.ShippedDatabase);
        var facts = await dataset.GetOneSidedFactsAsync();
        var page = site.Page("one-sided.html")!;

        Assert.Contains("href=\"one-sided.html\"", site.Page("index.html")!, StringComparison.Ordinal);
        Assert.True(facts.Count > 0);
        foreach (var side in new[] { "aze", "syr" })
        {
            var section = Regex.Match(page, $"<section aria-labelledby=\"side-{side}\">(.*?)</section>", RegexOptions.Singleline).Groups[1].Value;
            var expected = facts.Where(f => f.ReportedOnlyBy.Equals(side, StringComparison.OrdinalIgnoreCase)).Select(f => $"{f.SubjectKind}:{f.SubjectId}").ToList();
            Assert.Equal(expected, DataFact().Matches(section).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups["id"].Value)));
        }

        // Each fact with a page of its own links to it.
        foreach (var fact in facts.Where(f => f.SubjectKind == "event"))
        {
            var item = Regex.Match(page, $"<li data-fact=\"event:{fact.SubjectId}\">(.*?)</li>").Groups[1].Value;
            Assert.Contains($"href=\"events/{fact.SubjectId}.html\"", item, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Offices_page_lists_every_term_with_its_holder_under_its_country()
    {
        using var db = Shipped.Open();
        var page = site.Page("offices.html")!;
        var terms = db.Query<(string Id, string PersonId, string Title, string? Country)>(
            """
            SELECT o.position_id, o.person_id, o.title, coalesce(o.country_id, g.country_id, p.country_id)
            FROM positions AS o JOIN people AS p USING (person_id) LEFT JOIN organizations AS g USING (organization_id)
            """).ToList();

        Assert.NotEmpty(terms);
        Assert.Contains("href=\"offices.html\"", site.Page("index.html")!, StringComparison.Ordinal);
        Assert.All(terms, t =>
        {
            var item = Regex.Match(page, $"<li data-row=\"positions:{t.Id}\"[^>]*>(.*?)</li>").Groups[1].Value;
            Assert.Contains($"href=\"people/{t.PersonId}.html\"", item, StringComparison.Ordinal);
            Assert.Contains(SiteExport.Encode(t.Title), item, StringComparison.Ordinal);
            var heading = page.LastIndexOf("<h2 id=\"country-", page.IndexOf($"data-row=\"positions:{t.Id}\"", StringComparison.Ordinal), StringComparison.Ordinal);
            Assert.StartsWith($"<h2 id=\"country-{SiteLinks.Slug(t.Country ?? "none")}\"", page[heading..], StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Agreements_list_gives_each_agreement_its_status_and_latest_step()
    {
        using var db = Shipped.Open();
        var list = site.Page("agreements/index.html")!;
        var agreements = db.Query<(string Id, string? Status, string? Action)>(
            """
            SELECT a.agreement_id, a.status,
              (SELECT x.action FROM agreement_actions AS x WHERE x.agreement_id = a.agreement_id
               ORDER BY coalesce(x.date_earliest, x.date_latest, '9999') || '/' || coalesce(x.date_latest, '9999') DESC, x.agreement_action_id DESC LIMIT 1)
            FROM agreements AS a
            """).ToList();

        Assert.NotEmpty(agreements);
        Assert.All(agreements, a =>
        {
            var item = Regex.Match(list, $"<li><a href=\"{a.Id}.html\">(.*?)</li>").Groups[1].Value;
            if (a.Status is { } status)
            {
                Assert.Contains($"<span class=\"badge\">{status.Replace('_', ' ')}</span>", item, StringComparison.Ordinal);
            }

            if (a.Action is { } action)
            {
                Assert.Contains($"latest step: {action.Replace('_', ' ')},", item, StringComparison.Ordinal);
            }
        });
    }

    /// <summary>The body of the section a page heads with <c>&lt;h2 id="…"&gt;</c>, up to its end.</summary>
    private static string Section(string page, string id)
    {
        var start = page.IndexOf($"<h2 id=\"{id}\">", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no section {id}");
        return page[start..page.IndexOf("</section>", start, StringComparison.Ordinal)];
    }

    [Fact]
    public void Discrepancy_page_shows_its_claims_side_by_side()
    {
        using var db = Shipped.Open();
        foreach (var group in db.Query<(string Discrepancy, string Claim)>("SELECT discrepancy_id, claim_id FROM discrepancy_claims ORDER BY side").GroupBy(c => c.Discrepancy))
        {
            var page = site.Page($"discrepancies/{group.Key}.html")!;
            var claims = page[page.IndexOf("<div class=\"claims\">", StringComparison.Ordinal)..];
            var positions = group.Select(c => claims.IndexOf($"data-row=\"discrepancy_claims:{c.Claim}\"", StringComparison.Ordinal)).ToList();
            Assert.All(positions, p => Assert.True(p > 0, group.Key));
            Assert.Equal(positions.Order(), positions);
        }
    }

    [Fact]
    public void Search_index_covers_every_event_statement_agreement_person_organization_and_place_with_every_spelling()
    {
        using var db = Shipped.Open();
        var search = site.Page("search.html")!;
        var json = SearchIndex().Match(search).Groups["json"].Value;
        using var index = System.Text.Json.JsonDocument.Parse(json);
        var entries = index.RootElement.GetProperty("entries").EnumerateArray().ToList();
        var urls = entries.Select(e => e.GetProperty("url").GetString()).ToHashSet();

        Assert.Equal(db.ExecuteScalar<long>("SELECT (SELECT count(*) FROM events) + (SELECT count(*) FROM statements) + (SELECT count(*) FROM agreements) + (SELECT count(*) FROM people) + (SELECT count(*) FROM organizations) + (SELECT count(*) FROM places)"), urls.Count);
        Assert.All(db.Query<string>("SELECT event_id FROM events"), id => Assert.Contains($"events/{id}.html", urls));
        Assert.All(db.Query<string>("SELECT agreement_id FROM agreements"), id => Assert.Contains($"agreements/{id}.html", urls));
        Assert.All(db.Query<(string Id, string EventId)>("SELECT statement_id, event_id FROM statements WHERE event_id IS NOT NULL"),
            s => Assert.Contains($"events/{s.EventId}.html#statements-{s.Id}", urls));

        // Every recorded spelling of a person is searched with the person and with each event they took part in.
        var names = entries.ToDictionary(e => e.GetProperty("url").GetString()!, e => (e.TryGetProperty("names", out var n) ? n.EnumerateArray() : default)
            .Concat(e.GetProperty("fields").EnumerateArray()).Select(x => x.GetString()).ToHashSet());
        var spellings = db.Query<(string PersonId, string Name)>("SELECT person_id, name FROM person_names").ToList();
        Assert.NotEmpty(spellings);
        Assert.All(spellings, s => Assert.Contains(s.Name, names[$"people/{s.PersonId}.html"]));
        Assert.All(db.Query<(string EventId, string Name)>("SELECT p.event_id, n.name FROM event_participants AS p JOIN person_names AS n USING (person_id)"),
            s => Assert.Contains(s.Name, names[$"events/{s.EventId}.html"]));
    }

    [Fact]
    public void Downloads_hold_every_table_and_view_as_csv_and_parquet_and_link_each()
    {
        using var db = Shipped.Open();
        var resources = db.Query<string>("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type IN ('table', 'view') AND name NOT LIKE 'sqlite_%' AND name <> 'SchemaVersions' ORDER BY name").ToList();
        var downloads = site.Page("downloads.html")!;

        Assert.All(resources, name =>
        {
            var parquet = File.ReadAllBytes(Path.Combine(site.Root, "downloads", "parquet", name + ".parquet"));
            Assert.True(parquet.AsSpan(0, 4).SequenceEqual("PAR1"u8) && parquet.AsSpan(parquet.Length - 4).SequenceEqual("PAR1"u8), name);
            Assert.True(File.Exists(Path.Combine(site.Root, "downloads", "datapackage", name + ".csv")), name);
            Assert.Contains($"href=\"downloads/parquet/{Uri.EscapeDataString(name)}.parquet\"", downloads, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Home_page_names_the_version_licence_and_counts_and_links_the_downloads()
    {
        using var db = Shipped.Open();
        var home = site.Page("index.html")!;

        Assert.Contains(SiteExport.Encode(db.ExecuteScalar<string>("SELECT value FROM dataset_metadata WHERE key = 'version'")!), home, StringComparison.Ordinal);
        Assert.Contains(db.ExecuteScalar<string>("SELECT value FROM dataset_metadata WHERE key = 'licence_data'")!, home, StringComparison.Ordinal);
        Assert.Contains($"<strong>{db.ExecuteScalar<long>("SELECT count(*) FROM events")}</strong> events", home, StringComparison.Ordinal);
        Assert.Contains("<img src=\"timeline.svg\"", home, StringComparison.Ordinal);
        var questions = Regex.Match(home, "<ul class=\"questions\">(.*?)</ul>", RegexOptions.Singleline).Groups[1].Value;
        Assert.All(new[] { "timeline.html", "offices.html", "agreements/index.html", "discrepancies/index.html", "search.html" },
            target => Assert.Contains($"<a href=\"{target}\">", questions, StringComparison.Ordinal));
        Assert.Contains("href=\"downloads/azerbaijan-syria.db\"", home, StringComparison.Ordinal);
        Assert.Contains("href=\"downloads/datapackage/datapackage.json\"", home, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllBytes(Repo.ShippedDatabase), File.ReadAllBytes(Path.Combine(site.Root, "downloads", "azerbaijan-syria.db")));
    }

    [Fact]
    public void Timeline_lists_every_event_in_date_order_with_its_date_in_words()
    {
        using var db = Shipped.Open();
        var timeline = site.Page("timeline.html")!;
        var expected = db.Query<string>("SELECT event_id FROM timeline ORDER BY coalesce(date_earliest, date_latest), date_latest, event_id").ToList();

        Assert.Equal(expected, DataEvent().Matches(timeline).Select(m => m.Groups["id"].Value));
        var open = db.QueryFirst<(string Id, string Latest)>("SELECT event_id, date_latest FROM events WHERE date_earliest IS NULL ORDER BY event_id");
        var item = Regex.Match(timeline, $"data-event=\"{open.Id}\">(.*?)</li>").Groups[1].Value;
        Assert.Contains($"on or before <time datetime=\"{open.Latest}\">", item, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_from_the_database_is_encoded_and_no_address_but_the_web_s_is_linked()
    {
        using var copy = new TempFile();
        File.Copy(FixtureDatabase.Path, copy.Path); // the fixture: the pages are made by the same code, from fewer rows
        const string hostile = "<script>alert(\"x\")</script> & 'y' </script><!--";
        string eventId;
        using (var db = new SqliteConnection($"Data Source={copy.Path};Pooling=False"))
        {
            db.Open();
            eventId = db.ExecuteScalar<string>("SELECT min(event_id) FROM events")!;
            db.Execute("UPDATE change_context SET reason = 'A test puts hostile text into a copy.'");
            db.Execute("UPDATE events SET title = @hostile, summary = @hostile WHERE event_id = @eventId", new { hostile, eventId });
            db.Execute("UPDATE events SET note = 'javascript:alert(1)' WHERE event_id = @eventId", new { eventId });
            db.Execute("UPDATE sources SET url = @url WHERE source_id = (SELECT min(source_id) FROM sources WHERE url IS NOT NULL)", new { url = HostileAddress });
        }

        using var output = new TempDirectory();
        SiteExport.Write(copy.Path, output.Path);

        foreach (var file in Directory.GetFiles(output.Path, "*.html", SearchOption.AllDirectories))
        {
            var html = File.ReadAllText(file);
            Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
            Assert.DoesNotContain("href=\"javascript:", html, StringComparison.OrdinalIgnoreCase);
            Assert.Equal(Regex.Matches(html, "<script").Count, Regex.Matches(html, "</script>").Count);
        }

        var page = File.ReadAllText(Path.Combine(output.Path, "events", eventId + ".html"));
        Assert.Contains(SiteExport.Encode(hostile), page, StringComparison.Ordinal);
        Assert.Contains("<dd>javascript:alert(1)</dd>", page, StringComparison.Ordinal);
        var sources = Directory.GetFiles(Path.Combine(output.Path, "sources"), "*.html").Select(File.ReadAllText);
        Assert.Contains(sources, html => html.Contains($"href=\"{SiteExport.Encode(HostileAddress)}\"", StringComparison.Ordinal));
        var search = File.ReadAllText(Path.Combine(output.Path, "search.html"));
        var json = SearchIndex().Match(search).Groups["json"].Value;
        Assert.Contains(System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("entries").EnumerateArray(), e => e.GetProperty("title").GetString() == hostile);
    }

    [Fact]
    public void Site_export_keeps_other_files_and_removes_only_its_own_stale_pages()
    {
        using var folder = new TempDirectory();
        using var outside = new TempDirectory();
        var mine = Path.Combine(folder.Path, "notes.txt");
        var elsewhere = Path.Combine(outside.Path, "keep.html");
        File.WriteAllText(mine, "mine");
        File.WriteAllText(elsewhere, "not the site's");
        SiteExport.Write(FixtureDatabase.Path, folder.Path); // the site as an earlier export wrote it, its manifest too
        var stale = Path.Combine(folder.Path, "events", "an-event-since-removed.html");
        File.WriteAllText(stale, "old");
        // As an earlier export lists a page it wrote: its path and SHA-256.
        File.AppendAllText(Path.Combine(folder.Path, ".azsy-site"), $"events/an-event-since-removed.html\t{Sha256Hash.OfFile(stale)}\n../{Path.GetFileName(outside.Path)}/keep.html\t{Sha256Hash.OfFile(elsewhere)}\n");

        SiteExport.Write(FixtureDatabase.Path, folder.Path);

        Assert.True(File.Exists(mine));
        Assert.True(File.Exists(elsewhere));
        Assert.False(File.Exists(stale));
        Assert.DoesNotContain("an-event-since-removed", File.ReadAllText(Path.Combine(folder.Path, ".azsy-site")), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(folder.Path, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void Export_site_exits_0_and_says_where_it_wrote()
    {
        using var folder = new TempDirectory();
        var output = new StringWriter();

        var exit = AzsyInProcess.RunWith(["export", "--format", "site", "--output", folder.Path, "--db", FixtureDatabase.Path], output, TextWriter.Null);

        Assert.Equal(0, exit);
        Assert.Equal($"Wrote {Files(folder.Path).Count} files to {folder.Path}\n", output.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Export_exits_1_and_names_the_file_when_the_output_is_a_file()
    {
        using var file = new TempFile(".txt");
        File.WriteAllText(file.Path, "keep me");
        var error = new StringWriter();

        var exit = AzsyInProcess.RunWith(["export", "--format", "site", "--output", file.Path, "--db", Repo.ShippedDatabase], TextWriter.Null, error);

        Assert.Equal(1, exit);
        Assert.Equal($"azsy: {ExportMessages.ExportTargetIsFile(Path.GetFullPath(file.Path))}\n", error.ToString().ReplaceLineEndings("\n"));
        Assert.Equal("keep me", File.ReadAllText(file.Path));
    }

    /// <summary>
    /// The site of a file far above the row limit the site export had (30,000 rows in all tables, refused
    /// before 3.x streamed it): the shared synthetic file has several times that many. Every row with a page
    /// has it and is listed, and every local link resolves, as on the shipped file's site.
    /// </summary>
    [Fact]
    [Trait("Category", "Slow")]
    public void Export_site_writes_every_page_and_link_when_the_file_is_far_above_the_old_row_limit()
    {
        using var folder = new TempDirectory();
        var target = Path.Combine(folder.Path, "site");
        long rows;
        using (var connection = new SqliteConnection($"Data Source={SyntheticDatabase.Path};Mode=ReadOnly;Pooling=False"))
        {
            connection.Open();
            rows = Tables(connection).Sum(table => connection.ExecuteScalar<long>($"SELECT count(*) FROM \"{table}\""));
        }

        var (exit, output, error) = AzsyInProcess.Run("export", "-f", "site", "-o", target, "--db", SyntheticDatabase.Path);

        Assert.True(rows > 3 * 30_000, $"the synthetic file has {rows} rows, not three times the old limit");
        Assert.True(exit == 0, error);
        var pages = Directory.GetFiles(target, "*.html", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(target, p).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        Assert.Equal($"Wrote {Files(target).Count} files to {target}\n", output.ReplaceLineEndings("\n"));
        using var db = new SqliteConnection($"Data Source={SyntheticDatabase.Path};Mode=ReadOnly;Pooling=False");
        db.Open();
        string Read(string page) => File.ReadAllText(Path.Combine(target, page));
        foreach (var table in PagedTables)
        {
            var ids = db.Query<string>($"SELECT {KeySql(db, table)} FROM \"{table}\"").ToList();
            var list = Read(table == "events" ? "timeline.html" : $"{table}/index.html");
            Assert.All(ids, id =>
            {
                Assert.True(File.Exists(Path.Combine(target, table, $"{SiteLinks.Slug(id)}.html")), $"{table}/{id} has no page");
                Assert.Contains($"href=\"{(table == "events" ? "events/" : string.Empty)}{SiteLinks.Slug(id)}.html\"", list, StringComparison.Ordinal);
            });
        }

        var broken = BrokenLinks(target, pages, page => File.Exists(Path.Combine(target, page)) ? Read(page) : null);
        Assert.True(broken.Count == 0, string.Join("\n", broken.Take(20)));
    }

    /// <summary>A web address the schema accepts whose quote would close an attribute if it were not encoded.</summary>
    private const string HostileAddress = "https://example.org/\"><script>alert(1)</script>";

    private static List<string> Files(string root) => Directory.GetFiles(root, "*", SearchOption.AllDirectories)
        .Select(p => Path.GetRelativePath(root, p).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();

    private static string? CitationItem(string page, long id) =>
        Regex.Match(page, $"<li[^>]* data-citation=\"{id}\">(.*?)</li>") is { Success: true } m ? m.Groups[1].Value : null;

    [GeneratedRegex("(?:href|src|action)=\"(?<url>[^\"]*)\"")]
    private static partial Regex LinkAttribute();

    [GeneratedRegex(" id=\"(?<id>[^\"]+)\"")]
    private static partial Regex IdAttribute();

    [GeneratedRegex("data-row=\"(?<row>[^\"]+)\"")]
    private static partial Regex DataRow();

    [GeneratedRegex("data-citation=\"(?<id>[^\"]+)\"")]
    private static partial Regex DataCitation();

    [GeneratedRegex("data-fact=\"(?<id>[^\"]+)\"")]
    private static partial Regex DataFact();

    [GeneratedRegex("data-event=\"(?<id>[^\"]+)\"")]
    private static partial Regex DataEvent();

    [GeneratedRegex("<script type=\"application/json\" id=\"search-index\">(?<json>.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex SearchIndex();
}
