using Dapper;
using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations.Tests;

/// <summary>
/// Search finds a row by every spelling the dataset records of whoever and wherever it names
/// (migration 0053: event_search, statement_search and agreement_search): on the shipped file each
/// recorded spelling of each person, organization, place and country finds every row that names it;
/// ranking puts a title that names someone before a row that only lists them; the triggers keep the
/// indexes equal to their definitions through every change a later migration can make, and the
/// validator catches them when they are not.
/// </summary>
public sealed class SpellingSearchTests
{
    /// <summary>The rows that name an entity, as <c>kind:id</c>, by what the tables record (not by search).</summary>
    private const string RowsNaming =
        """
        SELECT 'event:' || event_id FROM event_participants WHERE @kind = 'person' AND person_id = @id
        UNION SELECT 'event:' || event_id FROM statements WHERE @kind = 'person' AND speaker_person_id = @id
        UNION SELECT 'statement:' || statement_id FROM statements WHERE @kind = 'person' AND speaker_person_id = @id
        UNION SELECT 'agreement:' || agreement_id FROM agreement_signatories WHERE @kind = 'person' AND person_id = @id
        UNION SELECT 'event:' || event_id FROM event_participants WHERE @kind = 'organization' AND organization_id = @id
        UNION SELECT 'event:' || event_id FROM statements WHERE @kind = 'organization' AND speaker_organization_id = @id
        UNION SELECT 'statement:' || statement_id FROM statements WHERE @kind = 'organization' AND speaker_organization_id = @id
        UNION SELECT 'agreement:' || agreement_id FROM agreement_parties WHERE @kind = 'organization' AND organization_id = @id
        UNION SELECT 'event:' || event_id FROM events WHERE @kind = 'place' AND place_id = @id
        UNION SELECT 'event:' || event_id FROM event_places WHERE @kind = 'place' AND place_id = @id
        UNION SELECT 'agreement:' || agreement_id FROM agreements WHERE @kind = 'place' AND place_id = @id
        UNION SELECT 'event:' || event_id FROM event_participants WHERE @kind = 'country' AND country_id = @id
        UNION SELECT 'agreement:' || agreement_id FROM agreement_parties WHERE @kind = 'country' AND country_id = @id
        """;

    [Fact]
    public async Task SearchAsync_finds_every_row_naming_someone_by_each_recorded_spelling_on_the_shipped_file()
    {
        await using var db = await RelationsDataset.OpenAsync(Repo.ShippedDatabase);
        var spellings = db.Connection.Query<(string Kind, string Id, string Spelling)>(
            "SELECT entity_kind, entity_id, spelling FROM name_spellings ORDER BY 1, 2, 3").ToList();
        var failures = new List<string>();

        foreach (var (kind, id, spelling) in spellings)
        {
            var naming = db.Connection.Query<string>(RowsNaming, new { kind, id }).ToHashSet(StringComparer.Ordinal);
            var found = (await db.SearchAsync(spelling, limit: 100_000)).Select(h => $"{h.Kind}:{h.Id}").ToHashSet(StringComparer.Ordinal);
            var missed = naming.Except(found).Order(StringComparer.Ordinal).ToList();
            if (missed.Count > 0)
            {
                failures.Add($"{kind} {id} spelled \"{spelling}\" misses {string.Join(", ", missed)}");
            }
        }

        // Spellings from person_names (other scripts and transliterations) are among those tried.
        Assert.Contains(spellings, s => s.Kind == "person" && s.Spelling.Any(c => !char.IsAscii(c)));
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task SearchAsync_finds_the_same_events_of_a_person_whichever_recorded_spelling_is_typed()
    {
        await using var db = await RelationsDataset.OpenAsync(Repo.ShippedDatabase);
        // Each person with more than one recorded spelling and events: the events among the matches of
        // each spelling's last word (a surname, as a reader types it) include all of that person's events.
        var people = db.Connection.Query<string>(
            "SELECT entity_id FROM name_spellings WHERE entity_kind = 'person' GROUP BY entity_id HAVING count(*) > 1 ORDER BY 1").ToList();
        var checkedPeople = 0;
        foreach (var person in people)
        {
            var events = (await db.GetPersonEventsAsync(person)).Select(e => e.EventId).ToHashSet(StringComparer.Ordinal);
            if (events.Count == 0)
            {
                continue;
            }

            checkedPeople++;
            foreach (var spelling in db.Connection.Query<string>("SELECT spelling FROM name_spellings WHERE entity_kind = 'person' AND entity_id = @person", new { person }))
            {
                var surname = spelling.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1].Trim('(', ')');
                var found = (await db.SearchAsync(surname, limit: 100_000)).Where(h => h.Kind == "event").Select(h => h.Id).ToHashSet(StringComparer.Ordinal);
                Assert.True(events.IsSubsetOf(found), $"{person}: \"{surname}\" misses {string.Join(", ", events.Except(found))}");
            }
        }

        Assert.True(checkedPeople > 0);
    }

    [Theory]
    [InlineData("Mikdad")]
    [InlineData("Mekdad")]
    [InlineData("Miqdad")]
    public async Task SearchAsync_finds_all_of_the_ministers_events_by_each_spelling_of_the_issue(string spelling)
    {
        await using var db = await RelationsDataset.OpenAsync(Repo.ShippedDatabase);
        var person = db.Connection.QuerySingle<string>("SELECT DISTINCT entity_id FROM name_spellings WHERE entity_kind = 'person' AND spelling LIKE '%Mikdad%'");
        var events = (await db.GetPersonEventsAsync(person)).Select(e => e.EventId).ToList();

        var found = (await db.SearchAsync(spelling, limit: 1000)).Where(h => h.Kind == "event").Select(h => h.Id).ToList();

        Assert.NotEmpty(events);
        Assert.Empty(events.Except(found));
    }

    [Fact]
    public async Task SearchAsync_ranks_an_event_whose_title_names_someone_above_one_that_only_lists_them()
    {
        await using var db = await RelationsDataset.OpenAsync(Repo.ShippedDatabase);
        var spellings = db.Connection.Query<string>("SELECT DISTINCT spelling FROM name_spellings WHERE entity_kind = 'person' ORDER BY 1").ToList();
        var compared = 0;
        foreach (var spelling in spellings)
        {
            var query = FullTextQuery.Parse(spelling).Query;
            var inTitle = db.Connection.Query<string>(
                "SELECT e.event_id FROM events_fts JOIN events AS e ON e.rowid = events_fts.rowid WHERE events_fts MATCH @match",
                new { match = "title : (" + query + ")" }).ToHashSet(StringComparer.Ordinal);
            var inText = db.Connection.Query<string>(
                "SELECT e.event_id FROM events_fts JOIN events AS e ON e.rowid = events_fts.rowid WHERE events_fts MATCH @query",
                new { query }).ToHashSet(StringComparer.Ordinal);
            var ranked = (await db.SearchAsync(spelling, limit: 100_000)).Where(h => h.Kind == "event").Select(h => h.Id).ToList();
            var lastTitle = ranked.FindLastIndex(inTitle.Contains);
            var firstListed = ranked.FindIndex(id => !inText.Contains(id));
            if (lastTitle >= 0 && firstListed >= 0)
            {
                compared++;
                Assert.True(lastTitle < firstListed, $"\"{spelling}\": {ranked[firstListed]} (only lists them) ranks above {ranked[lastTitle]} (its title names them)");
            }
        }

        Assert.True(compared > 0, "no spelling both names someone in a title and finds an event that only lists them");
    }

    [Fact]
    public async Task SearchAsync_shows_the_rows_own_text_in_the_snippet_when_it_matches()
    {
        await using var db = await RelationsDataset.OpenAsync(FixtureDatabase.Path);

        var byTitle = Assert.Single(await db.SearchAsync("Damascus minister"), h => h.Id == "minister-visits-damascus");
        var byName = Assert.Single(await db.SearchAsync("Ajla"), h => h.Kind == "event");

        Assert.DoesNotContain("Ajla", byTitle.Snippet, StringComparison.Ordinal);
        Assert.Equal("minister-visits-damascus", byName.Id);
        Assert.Contains("[Ajla]", byName.Snippet, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string, string> Changes() => new()
    {
        { "a spelling recorded", "INSERT INTO person_names (person_id, name, note) VALUES ('ayla-minister', 'Ayla Ministerova', 'A test spelling.');", "Ministerova", "event:minister-visits-damascus" },
        { "a spelling corrected", "UPDATE person_names SET name = 'Ajla Ministrova' WHERE person_id = 'ayla-minister';", "Ministrova", "statement:minister-praises-talks" },
        { "a person renamed", "UPDATE people SET name = 'Ayla Renamed' WHERE person_id = 'ayla-minister';", "Renamed", "event:minister-visits-damascus" },
        { "an organization's short name", "UPDATE organizations SET short_name = 'SOCARX' WHERE organization_id = 'socar';", "SOCARX", "agreement:gas-memorandum" },
        { "a place renamed", "UPDATE places SET name = 'Dimashq' WHERE place_id = 'damascus';", "Dimashq", "event:embassy-reopens" },
        { "a country renamed", "UPDATE countries SET name = 'Azerbaycan' WHERE country_id = 'AZE';", "Azerbaycan", "event:aid-convoy-sent" },
        { "a participant added", "INSERT INTO event_participants (event_id, person_id, role) VALUES ('aid-convoy-sent', 'samir-envoy', 'recipient');", "Samir", "event:aid-convoy-sent" },
        { "a place added to an event", "UPDATE places SET name = 'Dimashq' WHERE place_id = 'damascus'; -- then: INSERT INTO event_places (event_id, place_id, role) VALUES ('envoy-meets-ministry', 'damascus', 'also_at');", "Dimashq", "event:envoy-meets-ministry" },
        { "a statement added", "INSERT INTO statements (statement_id, event_id, speaker_person_id, summary) VALUES ('envoy-speaks', 'aid-convoy-sent', 'samir-envoy', 'The envoy thanks the donors.');", "Samir", "event:aid-convoy-sent" },
        { "a statement removed", "DELETE FROM citations WHERE statement_id = 'ministry-welcomes-envoy'; DELETE FROM statements WHERE statement_id = 'ministry-welcomes-envoy';", "welcomes", "-statement:ministry-welcomes-envoy" },
        { "a participant removed", "DELETE FROM event_participants WHERE event_id = 'envoy-meets-ministry' AND organization_id = 'mfa-azerbaijan'; DELETE FROM citations WHERE statement_id = 'ministry-welcomes-envoy'; DELETE FROM statements WHERE statement_id = 'ministry-welcomes-envoy';", "MFA", "-event:envoy-meets-ministry" },
        { "an agreement signed by someone", "INSERT INTO agreement_signatories (agreement_id, person_id) VALUES ('visa-agreement', 'samir-envoy');", "Samir", "agreement:visa-agreement" },
        { "an agreement's text corrected", "UPDATE agreements SET summary = 'Diplomats and journalists need no visas.' WHERE agreement_id = 'visa-agreement';", "journalists", "agreement:visa-agreement" },
        { "an event's title corrected", "UPDATE events SET title = 'The minister flies to Damascus' WHERE event_id = 'minister-visits-damascus';", "flies", "event:minister-visits-damascus" },
    };

    /// <summary>
    /// Each change makes <c>word</c> find the row <c>hit</c> (as <c>kind:id</c>), which it did not find
    /// before; a hit written <c>-kind:id</c> is found before and not after.
    /// </summary>
    [Theory]
    [MemberData(nameof(Changes))]
    public async Task Triggers_keep_the_search_indexes_equal_to_their_definitions_when_a_name_or_row_changes(string change, string sql, string word, string hit)
    {
        using var copy = new TempFile();
        File.Copy(FixtureDatabase.Path, copy.Path);
        var removed = hit.StartsWith('-');
        hit = hit.TrimStart('-');
        var parts = sql.Split("-- then:");
        using (var connection = new SqliteConnection($"Data Source={copy.Path};Pooling=False"))
        {
            connection.Open();
            connection.Execute("UPDATE change_context SET reason = 'A test changes a copy to watch the search indexes follow.';");
            if (parts.Length == 2)
            {
                connection.Execute(parts[0]);
            }
        }

        Assert.Equal(removed, (await Hits(copy.Path, word)).Contains(hit));
        using (var connection = new SqliteConnection($"Data Source={copy.Path};Pooling=False"))
        {
            connection.Open();
            connection.Execute(parts[^1]);

            Assert.True(StoredColumns.SearchDifferences(connection).ToList() is { Count: 0 }, $"{change}: {string.Join("; ", StoredColumns.SearchDifferences(connection))}");
        }

        Assert.Equal(!removed, (await Hits(copy.Path, word)).Contains(hit));
    }

    private static async Task<HashSet<string>> Hits(string path, string text)
    {
        SqliteConnection.ClearAllPools();
        await using var db = await RelationsDataset.OpenAsync(path);
        return (await db.SearchAsync(text, limit: 1000)).Select(h => $"{h.Kind}:{h.Id}").ToHashSet(StringComparer.Ordinal);
    }

    [Fact]
    public async Task SearchAsync_no_longer_finds_a_row_by_a_spelling_once_it_is_removed()
    {
        using var copy = new TempFile();
        File.Copy(FixtureDatabase.Path, copy.Path);
        using (var connection = new SqliteConnection($"Data Source={copy.Path};Pooling=False"))
        {
            connection.Open();
            connection.Execute("UPDATE change_context SET reason = 'A test removes a spelling from a copy.'; DELETE FROM person_names WHERE name = 'Ajla Ministr';");
            Assert.Empty(StoredColumns.SearchDifferences(connection));
        }

        await using var db = await RelationsDataset.OpenAsync(copy.Path);
        Assert.Empty(await db.SearchAsync("Ajla"));
    }

    [Fact]
    public void Validate_reports_a_search_index_row_that_differs_from_its_definition_in_stored_search()
    {
        using var copy = new TempFile();
        File.Copy(FixtureDatabase.Path, copy.Path);
        using (var connection = new SqliteConnection($"Data Source={copy.Path};Pooling=False"))
        {
            connection.Open();
            connection.Execute(
                """
                UPDATE change_context SET reason = 'A test damages a copy on purpose.';
                DROP TRIGGER event_search_person_names_insert;
                INSERT INTO person_names (person_id, name, note) VALUES ('ayla-minister', 'Ayla Unindexed', 'Not indexed.');
                """);
        }

        var problems = DatasetValidator.Validate(copy.Path).Select(p => (p.Check, p.Message)).ToList();

        Assert.Equal(
            [("stored_search", "event_search row of event_id minister-visits-damascus differs from event_search_expected (missing or stale): rebuild the file, or run the change with the triggers event_search_* in place")],
            problems.Where(p => p.Check == "stored_search" && p.Message.StartsWith("event_search", StringComparison.Ordinal)));
        Assert.Contains(problems, p => p.Check == "stored_search" && p.Message.StartsWith("statement_search row of statement_id minister-praises-talks", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Synthetic_bulk_load_leaves_the_search_indexes_equal_to_their_definitions()
    {
        using (var connection = new SqliteConnection(RelationsDataset.ReadOnlyConnectionString(SyntheticDatabase.Path)))
        {
            connection.Open();
            Assert.Empty(StoredColumns.SearchDifferences(connection));
            Assert.True(connection.ExecuteScalar<long>("SELECT count(*) FROM event_search") > SyntheticDatabase.Events);
        }

        // A generated event is found by a spelling of one of its participants that only person_names records.
        await using var db = await RelationsDataset.OpenAsync(SyntheticDatabase.Path);
        var (person, spelling) = db.Connection.QueryFirst<(string, string)>(
            """
            SELECT pn.person_id, pn.name FROM person_names AS pn JOIN event_participants AS ep ON ep.person_id = pn.person_id
            WHERE pn.person_id LIKE 'synth-%' ORDER BY pn.person_id, pn.name LIMIT 1
            """);
        var events = db.Connection.Query<string>("SELECT DISTINCT event_id FROM event_participants WHERE person_id = @person", new { person }).ToHashSet(StringComparer.Ordinal);
        var found = (await db.SearchAsync("\"" + spelling + "\"", limit: 100_000)).Where(h => h.Kind == "event").Select(h => h.Id).ToHashSet(StringComparer.Ordinal);
        Assert.True(events.IsSubsetOf(found), $"{person} spelled {spelling}: {string.Join(", ", events.Except(found))}");
    }

    [Fact]
    public async Task SearchAsync_reads_a_file_built_before_the_spelling_indexes_with_their_text_alone()
    {
        await using var db = await RelationsDataset.OpenAsync(Path.Combine(Repo.Root, "tests", "AzerbaijanSyria.Relations.Tests", "Fixtures", "azerbaijan-syria-2.0.0.db"));

        var hits = await db.SearchAsync("gas", limit: 5);

        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Contains("[", h.Snippet, StringComparison.Ordinal));
    }
}
