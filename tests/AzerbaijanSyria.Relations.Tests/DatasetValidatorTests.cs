using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations.Tests;

/// <summary>
/// Each rule of the validator, caught on a copy of the fixture damaged the way a careless edit or
/// another tool could damage it (with CHECK constraints and foreign keys off, as in a client that
/// does not enforce them). The shipped file passes every rule (<see cref="ShippedDatabaseTests"/>).
/// </summary>
public sealed class DatasetValidatorTests
{
    private static List<(string Check, string Message)> ValidateDamagedCopy(string sql)
    {
        using var copy = new TempFile();
        File.Copy(FixtureDatabase.Path, copy.Path);
        using (var connection = new SqliteConnection($"Data Source={copy.Path};Pooling=False;Foreign Keys=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            // The change log refuses any change without a reason; a damaged copy gives one.
            command.CommandText = "PRAGMA ignore_check_constraints = ON; UPDATE change_context SET reason = 'A test damages a copy on purpose.'; " + sql;
            command.ExecuteNonQuery();
        }

        return DatasetValidator.Validate(copy.Path).Select(p => (p.Check, p.Message)).ToList();
    }

    [Fact]
    public void Validate_finds_nothing_when_given_the_fixture()
    {
        Assert.Empty(DatasetValidator.Validate(FixtureDatabase.Path).Select(p => $"{p.Check}: {p.Message}"));
    }

    [Fact]
    public void Checks_each_have_a_description()
    {
        Assert.Equal(DatasetValidator.Checks.Count, DatasetValidator.Checks.Distinct().Count());
        Assert.All(DatasetValidator.Checks, c => Assert.False(string.IsNullOrWhiteSpace(DatasetValidator.Describe(c))));
        Assert.Throws<ArgumentException>(() => DatasetValidator.Describe("no-such-check"));
    }

    [Fact]
    public void Validate_reports_an_index_that_disagrees_with_its_table_in_integrity()
    {
        // Redefine an index without rebuilding it: its entries no longer match what it claims to index.
        var problems = ValidateDamagedCopy("PRAGMA writable_schema = ON; UPDATE sqlite_schema SET sql = 'CREATE INDEX events_cameo ON events (place_id)' WHERE name = 'events_cameo'; PRAGMA writable_schema = OFF;");

        Assert.Contains(problems, p => p.Check == "integrity" && p.Message.Contains("events_cameo", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_reports_a_row_that_breaks_a_check_constraint_naming_row_and_constraint()
    {
        var problems = ValidateDamagedCopy("UPDATE places SET latitude = 123.4 WHERE place_id = 'baku';");

        Assert.Contains(("integrity", "places baku: CHECK constraint failed: latitude IS NULL OR latitude BETWEEN -90 AND 90"), problems);
    }

    [Fact]
    public void Validate_reports_a_foreign_key_to_a_missing_row_naming_the_row()
    {
        var problems = ValidateDamagedCopy("INSERT INTO event_topics (event_id, topic_id) VALUES ('no-such-event', 'energy');");

        Assert.Contains(("foreign_keys", "event_topics row no-such-event / energy points at a missing events row"), problems);
    }

    [Fact]
    public void Validate_reports_a_file_of_another_application_in_header()
    {
        var problems = ValidateDamagedCopy("PRAGMA application_id = 42;");

        Assert.Equal([("header", "application_id is 42, expected 1096438617 (\"AZSY\"): the file is not marked as this dataset")], problems);
    }

    [Fact]
    public void Validate_reports_a_dropped_view_and_a_dropped_column_in_schema()
    {
        // (The view is dropped last: timeline_rows_expected reads it, and SQLite alters no table while a view reads a missing one.)
        var problems = ValidateDamagedCopy("DROP TRIGGER trade_flows_log_update; DROP TRIGGER trade_flows_log_delete; ALTER TABLE trade_flows DROP COLUMN commodity; DROP VIEW timeline;");

        Assert.Contains(("schema", "view timeline is missing: rebuild the file with 'azsy build'"), problems);
        Assert.Contains(("schema", "table trade_flows has no column commodity"), problems);
    }

    [Fact]
    public void Validate_reports_a_view_that_cannot_be_read_in_schema()
    {
        var problems = ValidateDamagedCopy("DROP TABLE assessment_topics;");

        Assert.Contains(problems, p => p.Check == "schema" && p.Message == "table assessment_topics is missing: rebuild the file with 'azsy build'");
    }

    [Fact]
    public void Validate_reports_an_undescribed_column_in_documentation()
    {
        var problems = ValidateDamagedCopy("DELETE FROM column_docs WHERE table_name = 'sources' AND column_name = 'paragraph_count';");

        Assert.Equal([("documentation", "sources.paragraph_count has no description in column_docs")], problems);
    }

    [Fact]
    public void Validate_reports_a_row_missing_from_a_full_text_index()
    {
        var problems = ValidateDamagedCopy(
            "INSERT INTO events_fts (events_fts, rowid, title, summary) SELECT 'delete', rowid, title, summary FROM events WHERE event_id = 'embassy-reopens';");

        Assert.Equal(
            [("full_text", "events embassy-reopens is missing from the search index events_fts: rebuild it with INSERT INTO events_fts (events_fts) VALUES ('rebuild')")],
            problems);
    }

    [Fact]
    public void Validate_reports_a_full_text_index_whose_text_is_stale()
    {
        var problems = ValidateDamagedCopy("DROP TRIGGER statements_fts_update; UPDATE statements SET summary = 'Something else entirely.' WHERE statement_id = 'minister-praises-talks';");

        // The dropped trigger is the definitions check's finding; the stale index is this one's.
        var problem = Assert.Single(problems, p => p.Check != "definitions");
        Assert.Equal("full_text", problem.Check);
        Assert.StartsWith("the search index statements_fts does not match the text of statements", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_reports_a_value_outside_its_vocabulary_naming_the_row()
    {
        var problems = ValidateDamagedCopy("UPDATE events SET evidence_status = 'rumoured' WHERE event_id = 'secret-meeting-reported';");

        Assert.Contains(("vocabulary", "events secret-meeting-reported: evidence_status is 'rumoured', not one of confirmed, reported, disputed"), problems);
    }

    [Fact]
    public void Validate_reports_malformed_and_reversed_dates()
    {
        var problems = ValidateDamagedCopy(
            "UPDATE sources SET date_published = '2021-02-30' WHERE source_id = 'page-a';" +
            "UPDATE positions SET start_latest = '2030-01-01' WHERE position_id = 'ayla-minister-foreign-minister';");

        Assert.Contains(("dates", "sources page-a: date_published '2021-02-30' is not an ISO date (yyyy-mm-dd)"), problems);
        Assert.Contains(("dates", "positions ayla-minister-foreign-minister: start_latest is after end_earliest"), problems);
    }

    [Fact]
    public void Validate_reports_a_date_edtf_that_contradicts_its_bounds_in_guards()
    {
        var problems = ValidateDamagedCopy("DROP TRIGGER events_date_edtf_update; UPDATE events SET date_edtf = '2026-06-01' WHERE event_id = 'embassy-reopens';");

        Assert.Equal(
            [("guards", "events embassy-reopens: events.date_edtf does not agree with date_earliest, date_latest and date_precision (trigger events_date_edtf_insert)")],
            problems.Where(p => p.Check != "definitions"));
    }

    [Fact]
    public void Validate_reports_an_uncited_fact()
    {
        var problems = ValidateDamagedCopy("DELETE FROM citations WHERE trade_flow_id = 'trade-2021';");

        Assert.Equal([("citations", "trade_flows trade-2021 has no citation: add a row to citations with trade_flow_id = 'trade-2021' and the source that states it")], problems);
    }

    [Fact]
    public void Validate_reports_a_paragraph_the_article_lacks_and_one_no_fact_cites()
    {
        var problems = ValidateDamagedCopy("UPDATE citations SET paragraph = 3 WHERE assessment_id = 'energy-opportunity';");

        Assert.Contains(problems, p => p.Check == "paragraphs" && p.Message.EndsWith("of fixture-article names paragraph 3, which fixture-article does not have", StringComparison.Ordinal));
        Assert.DoesNotContain(problems, p => p.Message.Contains("paragraph 2 of", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_reports_an_article_paragraph_no_fact_cites()
    {
        var problems = ValidateDamagedCopy("UPDATE sources SET paragraph_count = 3 WHERE source_id = 'fixture-article';");

        Assert.Equal([("paragraphs", "paragraph 3 of fixture-article is cited by no fact")], problems);
    }

    [Fact]
    public void Validate_reports_an_unrecorded_page_cited_for_a_fact()
    {
        var problems = ValidateDamagedCopy("UPDATE citations SET source_id = 'page-unrecorded' WHERE statement_id = 'ministry-welcomes-envoy';");

        Assert.Single(problems, p => p.Check == "unrecorded_pages" && p.Message.EndsWith("cites page-unrecorded, a page whose address was not kept, for something other than a discrepancy's claim", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_reports_a_web_citation_without_a_locator_when_it_is_missing_or_blank()
    {
        var problems = ValidateDamagedCopy(
            "UPDATE citations SET locator = NULL WHERE place_id = 'baku' AND source_id = 'page-a';" +
            "UPDATE citations SET locator = '   ' WHERE organization_id = 'socar' AND source_id = 'page-b';");

        Assert.Equal(2, problems.Count(p => p.Check == "locators"));
        Assert.Contains(problems, p => p.Check == "locators" && p.Message.StartsWith("citation ", StringComparison.Ordinal)
            && p.Message.EndsWith(" of the web page page-a has no locator: set citations.locator to where on the page the fact stands, e.g. 'paragraph 3'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Check == "locators" && p.Message.Contains(" of the web page page-b has no locator", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_reports_a_discrepancy_with_one_claim_and_a_disputed_fact_without_one()
    {
        var oneClaim = ValidateDamagedCopy("DELETE FROM citations WHERE claim_id = 'reopening-18-february'; DELETE FROM discrepancy_claims WHERE claim_id = 'reopening-18-february';");
        var noDiscrepancy = ValidateDamagedCopy("UPDATE events SET evidence_status = 'disputed' WHERE event_id = 'envoy-meets-ministry';");
        var notDisputed = ValidateDamagedCopy("UPDATE events SET evidence_status = 'confirmed' WHERE event_id = 'embassy-reopens';");

        Assert.Contains(("discrepancies", "discrepancy reopening-day does not have two claims (sides a and b)"), oneClaim);
        Assert.Equal([("discrepancies", "events envoy-meets-ministry is marked disputed, but no discrepancy records the disagreement")], noDiscrepancy);
        Assert.Equal([("discrepancies", "events embassy-reopens has a discrepancy but is not marked disputed")], notDisputed);
    }

    [Fact]
    public void Validate_reports_an_event_without_participant_or_topic_and_an_agreement_without_party()
    {
        var problems = ValidateDamagedCopy(
            "DELETE FROM event_participants WHERE event_id = 'secret-meeting-reported'; DELETE FROM event_topics WHERE event_id = 'envoy-meets-ministry'; DELETE FROM agreement_parties WHERE agreement_id = 'visa-agreement';");

        Assert.Equal(
            [
                ("events", "events secret-meeting-reported has no participant: add a row to event_participants"),
                ("events", "events envoy-meets-ministry has no topic: add a row to event_topics"),
                ("events", "agreements visa-agreement has no party: add a row to agreement_parties"),
            ],
            problems);
    }

    [Fact]
    public void Validate_reports_a_report_date_stored_as_a_day()
    {
        var problems = ValidateDamagedCopy("UPDATE events SET date_basis = 'reported' WHERE event_id = 'minister-visits-damascus';");

        Assert.Equal([("date_basis", "events minister-visits-damascus: its date is only a report's date (basis reported), so it is a latest bound ('[..YYYY-MM-DD]', precision range), not a day")], problems);
    }

    [Fact]
    public void Validate_reports_a_row_nothing_refers_to()
    {
        var problems = ValidateDamagedCopy(
            "INSERT INTO places (place_id, name, kind, country_id) VALUES ('atlantis', 'Atlantis', 'city', 'SYR');" +
            "INSERT INTO citations (place_id, source_id, locator) VALUES ('atlantis', 'page-a', 'paragraph 1');");

        Assert.Equal([("orphans", "places atlantis is not referred to by any row: remove it, or link it to the fact it belongs to")], problems);
    }

    [Fact]
    public void Validate_reports_every_problem_and_does_not_stop_at_a_missing_table()
    {
        var problems = ValidateDamagedCopy("DROP TABLE discrepancy_claims; DELETE FROM citations WHERE place_id = 'baku';");

        Assert.Contains(("schema", "table discrepancy_claims is missing: rebuild the file with 'azsy build'"), problems);
        Assert.Contains(problems, p => p.Check == "discrepancies" && p.Message.StartsWith("could not be checked: ", StringComparison.Ordinal));
        Assert.Contains(("citations", "places baku has no citation: add a row to citations with place_id = 'baku' and the source that states it"), problems);
    }

    [Fact]
    public void Validate_reports_a_fact_table_whose_changes_would_not_be_logged_in_change_log()
    {
        var problems = ValidateDamagedCopy("DROP TRIGGER statements_log_delete; DROP TRIGGER places_log_update; CREATE TRIGGER places_log_update AFTER UPDATE ON places BEGIN SELECT 1 WHERE old.name IS NOT new.name; END;");

        Assert.Contains(("change_log", "statements has no trigger statements_log_delete: its changes would not reach fact_changes (recreate it as migration 0027 does)"), problems);
        Assert.Contains(("change_log", "places.kind is not logged by trigger places_log_update: a correction of it would not reach fact_changes (recreate the trigger with every column)"), problems);
        Assert.DoesNotContain(("change_log", "places.name is not logged by trigger places_log_update: a correction of it would not reach fact_changes (recreate the trigger with every column)"), problems);
    }

    [Fact]
    public void Validate_reports_a_participant_not_linked_to_the_office_held_in_offices_held()
    {
        var problems = ValidateDamagedCopy("UPDATE event_participants SET position_id = NULL WHERE person_id = 'ayla-minister';");

        Assert.Equal(
            [("offices_held", "event_participants 1: ayla-minister takes part in minister-visits-damascus without position_id, though office ayla-minister-foreign-minister covers the event: set position_id to the office the page shows")],
            problems.Select(p => (p.Check, System.Text.RegularExpressions.Regex.Replace(p.Message, @"participants \d+:", "participants 1:"))));
    }

    [Fact]
    public void Validate_reports_an_official_source_without_its_country_in_voices()
    {
        var problems = ValidateDamagedCopy("UPDATE sources SET publisher_kind = 'government', publisher_country_id = NULL WHERE source_id = 'page-b';");

        Assert.Equal(
            [("voices", "sources page-b: publisher_kind is government but publisher_country_id is NULL: name the country whose government it is")],
            problems.Select(p => (p.Check, p.Message)));
    }

    [Fact]
    public void Validate_reports_an_office_link_outside_the_office_s_dates_in_guards()
    {
        var problems = ValidateDamagedCopy("UPDATE events SET date_earliest = '2024-05-01', date_latest = '2024-05-01', date_edtf = '2024-05-01' WHERE event_id = 'minister-visits-damascus';");

        Assert.Contains(problems, p => p.Check == "guards" && p.Message.EndsWith(": event_participants.position_id names an office of another person, or one whose known bounds do not cover the event (trigger event_participants_office_covers_event)", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_reports_an_event_missing_the_plover_type_of_its_code_in_plover()
    {
        var problems = ValidateDamagedCopy("UPDATE events SET plover_type = NULL WHERE event_id = 'envoy-meets-ministry';");

        Assert.Equal([("plover", "events envoy-meets-ministry: CAMEO code 040 is PLOVER CONSULT in the PLOVER table, but plover_type is NULL: set it (an insert fills it in when left out)")], problems);
    }

    [Fact]
    public void Validate_reports_a_plover_type_that_is_not_its_code_s_in_guards()
    {
        var problems = ValidateDamagedCopy("UPDATE events SET plover_type = 'ASSAULT' WHERE event_id = 'envoy-meets-ministry';");

        Assert.Equal([("guards", "events envoy-meets-ministry: events.plover_type is not the PLOVER type of its CAMEO code (table cameo_plover): leave it NULL to have it filled in (trigger events_plover_matches_cameo)")], problems);
    }

    [Fact]
    public void Validate_reports_an_agreement_whose_date_left_its_signing_event_behind_in_guards()
    {
        var problems = ValidateDamagedCopy("UPDATE agreements SET place_id = 'damascus' WHERE agreement_id = 'gas-memorandum';");

        Assert.Contains(problems, p => p.Check == "guards" && p.Message.StartsWith("agreement_events gas-memorandum / gas-memorandum-signed: an agreement and the event of its signing differ", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_reports_an_entry_into_force_before_signature_in_guards()
    {
        var problems = ValidateDamagedCopy(
            "INSERT INTO agreement_actions (agreement_action_id, agreement_id, action, date_earliest, date_latest, date_precision, date_basis, date_edtf) VALUES ('memorandum-in-force', 'gas-memorandum', 'entry_into_force', '2023-02-01', '2023-02-01', 'day', 'stated', '2023-02-01');" +
            "INSERT INTO citations (agreement_action_id, source_id, locator) VALUES ('memorandum-in-force', 'page-b', 'paragraph 1');" +
            "UPDATE agreement_actions SET date_earliest = '2022-01-01', date_latest = '2022-01-01', date_edtf = '2022-01-01' WHERE agreement_action_id = 'memorandum-in-force';");

        Assert.Contains(("guards", "agreement_actions memorandum-in-force: agreement_actions: an agreement cannot enter into force before it is signed (agreements.date_earliest) (trigger agreement_actions_force_after_signature)"), problems);
    }

    [Theory]
    [InlineData("wikidata_id = 'X12'", "wikidata_id IS NULL OR (wikidata_id GLOB 'Q[1-9]*' AND wikidata_id NOT GLOB 'Q*[^0-9]*')")]
    [InlineData("geonames_id = -5", "geonames_id IS NULL OR geonames_id > 0")]
    [InlineData("latitude = 91", "latitude IS NULL OR latitude BETWEEN -90 AND 90")]
    public void Validate_reports_a_place_identifier_or_coordinate_out_of_its_format_in_integrity(string damage, string check)
    {
        var problems = ValidateDamagedCopy($"UPDATE places SET {damage} WHERE place_id = 'baku';");

        Assert.Contains(("integrity", $"places baku: CHECK constraint failed: {check}"), problems);
    }

    [Fact]
    public void Validate_reports_a_source_that_does_not_say_whose_voice_it_is_in_guards()
    {
        var problems = ValidateDamagedCopy("UPDATE sources SET publisher_kind = NULL WHERE source_id = 'page-b';");

        Assert.Equal([("guards", "sources page-b: sources.publisher_kind is not set: say whose voice the source is (and publisher_country_id, unless an international body) (trigger sources_voice_set)")], problems);
    }

    [Fact]
    public void Validate_reports_a_term_bound_without_its_basis_in_guards()
    {
        var problems = ValidateDamagedCopy("UPDATE positions SET end_basis = NULL WHERE position_id = 'samir-envoy-envoy';");

        Assert.Equal([("guards", "positions samir-envoy-envoy: positions: a start or end bound says how it is known (start_basis, end_basis) (trigger positions_bounds_have_basis)")], problems);
    }

    [Fact]
    public void Validate_reports_a_stated_date_whose_note_gives_a_weekday_in_guards()
    {
        var problems = ValidateDamagedCopy("UPDATE events SET note = 'The page says the visit was on Wednesday.' WHERE event_id = 'minister-visits-damascus';");

        Assert.Equal([("guards", "events minister-visits-damascus: events: a date whose note speaks of a weekday is worked out from it, so its date_basis is derived, not stated (trigger events_stated_without_weekday)")], problems);
    }

    [Fact]
    public void Validate_reports_a_minister_known_from_one_attested_day_in_office_terms()
    {
        var problems = ValidateDamagedCopy("UPDATE positions SET office_level = 'minister', end_earliest = '2021-03-01' WHERE position_id = 'samir-envoy-envoy';");

        Assert.Equal(
            [("office_terms", "positions samir-envoy-envoy: a minister office known only from one day a page shows it (2021-03-01): set its start and end from a page that states the term (start_basis and end_basis stated or inferred)")],
            problems);
    }

    [Fact]
    public void Validate_finds_nothing_in_office_terms_when_a_one_day_office_is_a_head_of_mission()
    {
        var problems = ValidateDamagedCopy("UPDATE positions SET office_level = 'head_of_mission', end_earliest = '2021-03-01' WHERE position_id = 'samir-envoy-envoy';");

        Assert.Empty(problems);
    }

    /// <summary>A second foreign minister of Azerbaijan beside the fixture's, from <paramref name="start"/> to the end of June 2023.</summary>
    private static string SecondForeignMinister(string start) =>
        $"""
        UPDATE positions SET office_level = 'foreign_minister' WHERE position_id = 'ayla-minister-foreign-minister';
        INSERT INTO positions (position_id, person_id, title, organization_id, country_id, start_earliest, start_latest, end_earliest, end_latest, note, start_basis, end_basis, office_level)
          VALUES ('samir-envoy-foreign-minister', 'samir-envoy', 'Minister of Foreign Affairs', NULL, 'AZE', '{start}', '{start}', '2023-06-30', '2023-06-30', NULL, 'stated', 'stated', 'foreign_minister');
        INSERT INTO citations (position_id, source_id) VALUES ('samir-envoy-foreign-minister', 'page-a');
        """;

    [Fact]
    public void Validate_reports_two_holders_of_one_top_office_on_the_same_days_in_top_offices()
    {
        var problems = ValidateDamagedCopy(SecondForeignMinister("2022-06-01"));

        Assert.Equal(
            [("top_offices", "positions ayla-minister-foreign-minister and samir-envoy-foreign-minister: two holders of the foreign minister of AZE are both certainly in office from 2022-06-01 to 2022-12-31: correct the term the pages contradict, or record the disagreement as a discrepancy on one of them")],
            problems.Where(p => p.Check == "top_offices"));
    }

    [Fact]
    public void Validate_finds_nothing_in_top_offices_when_terms_share_only_the_handover_day_or_a_discrepancy_records_the_overlap()
    {
        var handover = ValidateDamagedCopy(SecondForeignMinister("2022-12-31"));
        var recorded = ValidateDamagedCopy(
            SecondForeignMinister("2022-06-01") +
            "INSERT INTO discrepancies (discrepancy_id, title, position_id, note) VALUES ('second-minister', 'Who was foreign minister in late 2022', 'samir-envoy-foreign-minister', 'Two pages name different ministers.');");

        Assert.DoesNotContain(handover, p => p.Check == "top_offices");
        Assert.DoesNotContain(recorded, p => p.Check == "top_offices");
    }

    /// <summary>Runs the validator on a damaged copy, failing (not hanging) if it does not finish within two minutes.</summary>
    private static List<(string Check, string Message)> ValidateDamagedCopyWithin(string sql) =>
        Task.Run(() => ValidateDamagedCopy(sql)).WaitAsync(TimeSpan.FromMinutes(2)).GetAwaiter().GetResult();

    [Fact]
    public void Validate_reports_a_view_redefined_as_an_endless_recursion_with_its_columns_in_definitions()
    {
        // The view keeps its name and columns, so the schema check passes it; reading it never ends.
        var problems = ValidateDamagedCopyWithin(
            """
            PRAGMA writable_schema = ON;
            UPDATE sqlite_schema SET sql = 'CREATE VIEW event_facets_expected AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT f.* FROM event_facets AS f, r' WHERE name = 'event_facets_expected';
            UPDATE sqlite_schema SET sql = replace(sql, 'FROM events AS e', 'FROM events AS e, (WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT n FROM r)') WHERE name = 'timeline';
            PRAGMA writable_schema = OFF;
            """);

        Assert.Contains(problems, p => p.Check == "definitions" && p.Message.StartsWith("view event_facets_expected is not defined as this release builds it", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Check == "definitions" && p.Message.StartsWith("view timeline is not defined as this release builds it", StringComparison.Ordinal));
        Assert.Contains(("stored_facets", "could not be checked: view event_facets_expected is not the approved one (see the definitions check)"), problems);
        Assert.Contains(("stored_timeline", "could not be checked: view timeline is not the approved one (see the definitions check)"), problems);
        Assert.DoesNotContain(problems, p => p.Check == "schema");
    }

    [Fact]
    public void Validate_reports_a_dropped_check_a_dropped_guard_and_a_stray_trigger_in_definitions()
    {
        // Each weakens a rule the validator reads from the file itself: the vocabulary of sources.kind, the guard on event dates.
        var problems = ValidateDamagedCopy(
            """
            PRAGMA writable_schema = ON;
            UPDATE sqlite_schema SET sql = replace(sql, 'CHECK (kind IN (''article'', ''web_page'', ''data_file'', ''unrecorded_page''))', '') WHERE name = 'sources';
            PRAGMA writable_schema = OFF;
            DROP TRIGGER events_date_edtf_insert;
            CREATE TRIGGER events_forget AFTER UPDATE ON events BEGIN DELETE FROM citations WHERE event_id = NEW.event_id; END;
            """);

        Assert.Contains(problems, p => p.Check == "definitions" && p.Message.StartsWith("table sources is not defined as this release builds it", StringComparison.Ordinal));
        Assert.Contains(("definitions", "trigger events_date_edtf_insert is missing: rebuild the file with 'azsy build'"), problems);
        Assert.Contains(("definitions", "trigger events_forget is not part of the schema this release builds: drop it, or rebuild the file with 'azsy build'"), problems);
    }

    [Fact]
    public void Validate_reports_differing_definitions_in_one_line_when_the_file_has_another_schema_version()
    {
        var problems = ValidateDamagedCopy("PRAGMA user_version = 40; DROP TRIGGER events_date_edtf_insert; DROP INDEX events_cameo;");

        var problem = Assert.Single(problems, p => p.Check == "definitions");
        Assert.StartsWith($"the file has schema version 40 and this library approves the definitions of version {DatasetFormat.SchemaVersion}, and 2 definitions differ", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_reports_control_characters_in_any_text_naming_row_column_and_character()
    {
        var problems = ValidateDamagedCopy(
            """
            UPDATE events SET title = 'The minister ' || char(27) || '[8mvisits Damascus' WHERE event_id = 'minister-visits-damascus';
            UPDATE events SET summary = 'Samir Envoy consults' || char(10) || 'the ministry.' WHERE event_id = 'envoy-meets-ministry';
            UPDATE people SET name = 'Samir ' || char(8238) || 'yovnE' WHERE person_id = 'samir-envoy';
            UPDATE statements SET note = 'Para' || char(155) || 'phrased.' WHERE statement_id = 'minister-praises-talks';
            UPDATE places SET note = CAST(CAST('A' AS BLOB) || x'00' || CAST('B' AS BLOB) AS TEXT) WHERE place_id = 'baku';
            """);

        Assert.Equal(
            [
                ("control_characters", "events envoy-meets-ministry: summary holds the control character U+000A at character 21: remove it (a line break or tab in a title, summary or note is written as a space)"),
                ("control_characters", "events minister-visits-damascus: title holds the control character U+001B at character 14: remove it (a line break or tab in a title, summary or note is written as a space)"),
                ("control_characters", "people samir-envoy: name holds the control character U+202E at character 7: remove it (a line break or tab in a title, summary or note is written as a space)"),
                ("control_characters", "places baku: note holds the control character U+0000 at character 2: remove it (a line break or tab in a title, summary or note is written as a space)"),
                ("control_characters", "statements minister-praises-talks: note holds the control character U+009B at character 5: remove it (a line break or tab in a title, summary or note is written as a space)"),
            ],
            problems.Where(p => p.Check == "control_characters").Order());
    }

    [Fact]
    public void Validate_finds_no_control_characters_when_a_reference_files_header_keeps_its_tabs()
    {
        // The shipped file's reference_files headers are tab-separated, as the files they record; elsewhere a tab is refused.
        var problems = ValidateDamagedCopy(
            "UPDATE reference_files SET header = 'A' || char(9) || 'B'; UPDATE sources SET title = 'Page' || char(9) || 'A' WHERE source_id = 'page-a';");

        Assert.Equal(
            [("control_characters", "sources page-a: title holds the control character U+0009 at character 5: remove it (a line break or tab in a title, summary or note is written as a space)")],
            problems.Where(p => p.Check == "control_characters"));
    }

    [Fact]
    public void Validate_reports_text_that_is_not_valid_utf8_naming_row_column_and_byte()
    {
        var problems = ValidateDamagedCopy("UPDATE events SET title = CAST(x'546865206d696e6973746572ff' AS TEXT) WHERE event_id = 'minister-visits-damascus';");

        Assert.Equal(
            [("utf8", "events minister-visits-damascus: title is not valid UTF-8 (byte 13 of 13): write the text again from the source")],
            problems.Where(p => p.Check == "utf8"));
    }

    [Fact]
    public void Validate_reports_an_empty_title_a_blank_summary_and_an_empty_note_in_empty_text()
    {
        var problems = ValidateDamagedCopy(
            "UPDATE events SET title = '' WHERE event_id = 'embassy-reopens'; UPDATE statements SET summary = '  ' || char(160) WHERE statement_id = 'minister-praises-talks'; UPDATE people SET note = '' WHERE person_id = 'samir-envoy';");

        Assert.Equal(
            [
                ("empty_text", "events embassy-reopens: title is empty: write what the source says, in a few words of your own"),
                ("empty_text", "people samir-envoy: note is empty: an unknown value is NULL"),
                ("empty_text", "statements minister-praises-talks: summary is empty: write what the source says, in a few words of your own"),
            ],
            problems.Where(p => p.Check == "empty_text").Order());
    }

    [Fact]
    public void Validate_reports_one_person_recorded_twice_by_spelling_or_wikidata_id_in_duplicate_people()
    {
        var problems = ValidateDamagedCopy(
            """
            INSERT INTO person_names (person_id, name, note) VALUES ('samir-envoy', 'AYLA  Minístér', 'A damaged copy.');
            UPDATE people SET wikidata_id = 'Q42' WHERE person_id IN ('ayla-minister', 'samir-envoy');
            """);

        Assert.Equal(
            [
                ("duplicate_people", "people ayla-minister, samir-envoy: the same Wikidata id Q42: one person recorded twice; keep one row and move the other's names, offices and participations to it"),
                ("duplicate_people", "people ayla-minister, samir-envoy: the same name ('AYLA  Minístér', 'Ayla Minister'): one person recorded twice; keep one row and move the other's names, offices and participations to it, or, for two people of one name, tell them apart in people.name"),
            ],
            problems.Where(p => p.Check == "duplicate_people"));
    }

    [Theory]
    [InlineData("Ayla Minister", "Ayla-Minister", true)]
    [InlineData("Ayla Minister", "ayla minister.", true)]
    [InlineData("Əli Əsədov", "Əli Əsədov", true)]
    [InlineData("Ali Asadov", "Əli Əsədov", false)]
    [InlineData("al-Sharaa", "al-Shara", false)]
    public void NameKey_matches_two_spellings_when_only_case_accents_and_punctuation_differ(string one, string other, bool same)
    {
        Assert.Equal(same, PeopleRules.NameKey(one) == PeopleRules.NameKey(other));
    }

    [Fact]
    public void Validate_reports_a_statement_by_a_person_who_does_not_take_part_in_its_event_in_speakers()
    {
        var problems = ValidateDamagedCopy("UPDATE statements SET speaker_person_id = 'samir-envoy' WHERE statement_id = 'minister-praises-talks';");

        Assert.Equal(
            [("speakers", "statements minister-praises-talks: samir-envoy speaks at minister-visits-damascus but does not take part in it: add samir-envoy to event_participants (role speaker, with the office the page names), or correct speaker_person_id")],
            problems.Where(p => p.Check == "speakers"));
    }

    [Fact]
    public void Validate_reports_a_participation_and_a_statement_certainly_outside_the_office_in_offices_in_term()
    {
        // The minister's term is cut short before her visit: the guard trigger is dropped too, so only this rule can see it.
        var problems = ValidateDamagedCopy(
            "DROP TRIGGER event_participants_office_covers_event; UPDATE positions SET start_earliest = '2020-02-01', start_latest = '2020-02-01' WHERE position_id = 'ayla-minister-foreign-minister';");

        Assert.Equal(
            [
                ("offices_in_term", "event_participants 1: ayla-minister takes part in minister-visits-damascus (2020-01-15) in office ayla-minister-foreign-minister, but the event is certainly outside that term (from 2020-02-01 to 2022-12-31 at the widest): correct the event's date, the term's bounds from the page, or position_id"),
                ("offices_in_term", "statements minister-praises-talks: ayla-minister speaks at minister-visits-damascus (2020-01-15) in office ayla-minister-foreign-minister, but the event is certainly outside that term: correct the event's date or the term's bounds from the page"),
            ],
            problems.Where(p => p.Check == "offices_in_term").Select(p => (p.Check, System.Text.RegularExpressions.Regex.Replace(p.Message, @"participants \d+:", "participants 1:"))));
    }

    [Fact]
    public void Validate_reports_an_office_of_another_person_in_offices_in_term()
    {
        var problems = ValidateDamagedCopy("UPDATE event_participants SET position_id = 'ayla-minister-foreign-minister' WHERE person_id = 'samir-envoy';");

        Assert.Contains(problems, p => p.Check == "offices_in_term" && p.Message.EndsWith("samir-envoy takes part in envoy-meets-ministry in office ayla-minister-foreign-minister, which is ayla-minister's: set position_id to an office of samir-envoy, or NULL", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_finds_nothing_in_offices_in_term_when_the_event_may_fall_within_an_open_or_attested_term()
    {
        // The envoy is attested in office only in March 2021: the term may have begun earlier and lasted longer.
        var problems = ValidateDamagedCopy(
            "DROP TRIGGER event_participants_office_covers_event; UPDATE events SET date_earliest = '2021-01-01', date_latest = '2021-06-30', date_precision = 'range', date_edtf = '[2021-01-01..2021-06-30]' WHERE event_id = 'envoy-meets-ministry';");

        Assert.DoesNotContain(problems, p => p.Check == "offices_in_term");
    }

    [Fact]
    public void Validate_reports_events_and_pages_dated_after_the_data_could_know_them_in_dated_after_sources()
    {
        var problems = ValidateDamagedCopy(
            """
            UPDATE events SET date_earliest = '2999-01-01', date_latest = '2999-01-01', date_edtf = '2999-01-01' WHERE event_id = 'embassy-reopens';
            UPDATE events SET date_earliest = '2026-02-01', date_latest = '2026-02-01', date_edtf = '2026-02-01' WHERE event_id = 'secret-meeting-reported';
            UPDATE events SET date_earliest = '2021-03-06', date_latest = '2021-03-06', date_edtf = '2021-03-06' WHERE event_id = 'minister-visits-damascus';
            UPDATE sources SET date_published = '2026-02-01' WHERE source_id = 'page-b';
            UPDATE sources SET date_accessed = '2999-01-01' WHERE source_id = 'page-unrecorded';
            """);

        Assert.Equal(
            [
                ("dated_after_sources", "events embassy-reopens: it begins on 2999-01-01, after today (" + DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "): a planned or expected step is a statement, not a fact that happened"),
                ("dated_after_sources", "events secret-meeting-reported: it begins on 2026-02-01, after the last page citing it was read (2026-01-01): correct the date from the page"),
                ("dated_after_sources", "sources page-b: date_published 2026-02-01 is after date_accessed 2026-01-01: a page is read on or after the day it is published"),
                ("dated_after_sources", "sources page-unrecorded: date_accessed 2999-01-01 is after today (" + DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "): set it to the day the page was read"),
            ],
            problems.Where(p => p.Check == "dated_after_sources").Order());
    }

    [Fact]
    public void Validate_reports_an_event_after_the_publication_of_every_page_citing_it_in_dated_after_sources()
    {
        // page-a (published 2021-03-05) cites the visit beside the undated article: only when every page citing it gives a date is it compared.
        const string LaterVisit = "UPDATE events SET date_earliest = '2021-03-06', date_latest = '2021-03-06', date_edtf = '2021-03-06' WHERE event_id = 'minister-visits-damascus';";
        var undated = ValidateDamagedCopy(LaterVisit);
        var dated = ValidateDamagedCopy(LaterVisit + "DELETE FROM citations WHERE event_id = 'minister-visits-damascus' AND source_id = 'fixture-article';");

        Assert.DoesNotContain(undated, p => p.Check == "dated_after_sources");
        Assert.Equal(
            [("dated_after_sources", "events minister-visits-damascus: it begins on 2021-03-06, after every page citing it was published (the last on 2021-03-05): correct the date, or cite the page that reports it as done")],
            dated.Where(p => p.Check == "dated_after_sources"));
    }

    [Fact]
    public void Validate_refuses_a_file_that_is_not_sqlite()
    {
        using var file = new TempFile();
        File.WriteAllText(file.Path, "not a database");

        Assert.Equal(DatasetFileProblem.NotSqlite, Assert.Throws<DatasetFileException>(() => DatasetValidator.Validate(file.Path)).Problem);
    }
}
