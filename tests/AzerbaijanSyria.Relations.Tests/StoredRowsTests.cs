using Dapper;
using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations.Tests;

/// <summary>
/// The statements and agreements stored as their views show them (migration 0091: statement_rows,
/// agreement_rows) stay equal to their definitions through every kind of change a later migration can
/// make, because the triggers read again the rows each change touches; and the validator catches them
/// when they do not (rules stored_statements and stored_agreements).
/// </summary>
public sealed class StoredRowsTests
{
    public static TheoryData<string, string, string> Changes() => new()
    {
        { "statement_rows", "a statement added", "INSERT INTO statements (statement_id, event_id, speaker_person_id, summary) VALUES ('envoy-replies', 'envoy-meets-ministry', 'samir-envoy', 'The envoy replies.');" },
        { "statement_rows", "a statement's speaker changed", "UPDATE statements SET speaker_person_id = 'samir-envoy' WHERE statement_id = 'minister-praises-talks';" },
        { "statement_rows", "a statement's summary changed", "UPDATE statements SET summary = 'The minister calls the talks useful.' WHERE statement_id = 'minister-praises-talks';" },
        { "statement_rows", "a statement removed", "DELETE FROM citations WHERE statement_id = 'ministry-welcomes-envoy'; DELETE FROM statements WHERE statement_id = 'ministry-welcomes-envoy';" },
        { "statement_rows", "a statement's topic added", "INSERT INTO statement_topics (statement_id, topic_id) VALUES ('minister-praises-talks', 'diplomacy');" },
        { "statement_rows", "a statement's topic removed", "DELETE FROM statement_topics WHERE statement_id = 'minister-praises-talks';" },
        { "statement_rows", "a speaker renamed", "UPDATE people SET name = 'Ayla Renamed' WHERE person_id = 'ayla-minister';" },
        { "statement_rows", "a speaking organization renamed", "UPDATE organizations SET name = 'Ministry (renamed)' WHERE organization_id = 'mfa-azerbaijan';" },
        { "statement_rows", "a statement's event made open at the end", "UPDATE events SET date_latest = NULL, date_precision = 'range', date_basis = 'derived', date_edtf = '[' || date_earliest || '..]' WHERE event_id = 'minister-visits-damascus';" },
        { "statement_rows", "a statement's event disputed", "UPDATE events SET evidence_status = 'reported' WHERE event_id = 'envoy-meets-ministry';" },
        { "agreement_rows", "an agreement retitled", "UPDATE agreements SET title = 'Gas memorandum (retitled)' WHERE agreement_id = 'gas-memorandum';" },
        { "agreement_rows", "an agreement added", "INSERT INTO agreements (agreement_id, title, kind, summary, date_earliest, date_latest, date_precision, date_basis, date_edtf, status) VALUES ('trade-protocol', 'Trade protocol', 'protocol', 'A protocol on trade.', '2021-05-04', '2021-05-04', 'day', 'stated', '2021-05-04', 'signed');" },
        { "agreement_rows", "a party added", "INSERT INTO agreement_parties (agreement_id, country_id) VALUES ('gas-memorandum', 'AZE');" },
        { "agreement_rows", "a party removed", "DELETE FROM agreement_parties WHERE agreement_id = 'gas-memorandum' AND organization_id = 'socar';" },
        { "agreement_rows", "a party organization renamed", "UPDATE organizations SET name = 'SOCAR (renamed)' WHERE organization_id = 'socar';" },
        { "agreement_rows", "a party country renamed", "UPDATE countries SET name = 'Syria (renamed)' WHERE country_id = 'SYR';" },
        { "agreement_rows", "a signatory added", "INSERT INTO agreement_signatories (agreement_id, person_id) VALUES ('gas-memorandum', 'ayla-minister');" },
        { "agreement_rows", "a signatory renamed", "INSERT INTO agreement_signatories (agreement_id, person_id) VALUES ('gas-memorandum', 'ayla-minister'); -- then: UPDATE people SET name = 'Ayla Renamed' WHERE person_id = 'ayla-minister';" },
        { "agreement_rows", "a topic added", "INSERT INTO agreement_topics (agreement_id, topic_id) VALUES ('gas-memorandum', 'diplomacy');" },
        { "agreement_rows", "a dated action added", "INSERT INTO agreement_actions (agreement_action_id, agreement_id, action, country_id, date_earliest, date_latest, date_precision, date_basis, date_edtf) VALUES ('visa-ratified', 'visa-agreement', 'ratification', 'SYR', '2020-03-01', '2020-03-01', 'day', 'stated', '2020-03-01');" },
        { "agreement_rows", "an acting organization renamed", "INSERT INTO agreement_actions (agreement_action_id, agreement_id, action, organization_id, date_earliest, date_latest, date_precision, date_basis, date_edtf) VALUES ('gas-approved', 'gas-memorandum', 'approval', 'syrian-government', '2023-02-01', '2023-02-01', 'day', 'stated', '2023-02-01'); -- then: UPDATE organizations SET name = 'Government (renamed)' WHERE organization_id = 'syrian-government';" },
        { "agreement_rows", "an agreement's place renamed", "UPDATE places SET name = 'Baku (renamed)' WHERE place_id = 'baku';" },
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public void Triggers_keep_the_stored_rows_equal_to_their_definition_when_what_they_read_changes(string table, string change, string sql)
    {
        using var copy = new TempFile();
        File.Copy(FixtureDatabase.Path, copy.Path);
        using var connection = new SqliteConnection($"Data Source={copy.Path};Pooling=False");
        connection.Open();
        connection.Execute("UPDATE change_context SET reason = 'A test changes a copy to watch the stored rows follow.';");
        var parts = sql.Split("-- then:");
        if (parts.Length == 2)
        {
            connection.Execute(parts[0]);
        }

        var before = Rows(connection, table);

        connection.Execute(parts[^1]);

        Assert.True(StoredColumns.RowDifferences(connection, table).ToList() is { Count: 0 }, $"{change}: {string.Join("; ", StoredColumns.RowDifferences(connection, table))}");
        Assert.NotEqual(before, Rows(connection, table));
        var (view, key) = table == StoredColumns.StatementRows ? ("statement_details", "statement_id") : ("agreement_details", "agreement_id");
        Assert.Equal(connection.Query<string>($"SELECT {key} FROM {view} ORDER BY 1"), connection.Query<string>($"SELECT {key} FROM {table} ORDER BY 1"));
    }

    [Fact]
    public void Validate_reports_a_stale_stored_statement_in_stored_statements()
    {
        var problems = DamagedFixture.Validate("DROP TRIGGER statement_rows_people_update; UPDATE people SET name = 'A name the stored row does not know' WHERE person_id = 'ayla-minister';");

        // The dropped trigger itself is the definitions check's finding.
        Assert.Equal(
            [("stored_statements", "statement_rows row of statement minister-praises-talks differs from statement_rows_expected (missing, stale or of no statement): rebuild the file, or run the change with the triggers statement_rows_* in place")],
            problems.Where(p => p.Check != "definitions"));
    }

    [Fact]
    public void Validate_reports_a_row_out_of_its_speaker_s_range_and_a_row_of_no_agreement()
    {
        var problems = DamagedFixture.Validate(
            """
            UPDATE statement_rows SET speaker_key = 'samir-envoy' WHERE statement_id = 'minister-praises-talks';
            INSERT INTO agreement_rows (order_key, agreement_id, title) VALUES ('2020-01-01', 'no-such-agreement', 'Nothing');
            """);

        Assert.Equal(
            [
                ("stored_statements", "statement_rows row of statement minister-praises-talks differs from statement_rows_expected (missing, stale or of no statement): rebuild the file, or run the change with the triggers statement_rows_* in place"),
                ("stored_agreements", "agreement_rows row of agreement no-such-agreement differs from agreement_rows_expected (missing, stale or of no agreement): rebuild the file, or run the change with the triggers agreement_rows_* in place"),
            ],
            problems);
    }

    /// <summary>Every stored row, as JSON.</summary>
    private static List<string> Rows(SqliteConnection connection, string table)
    {
        var columns = connection.Query<string>("SELECT name FROM pragma_table_info(@table) ORDER BY cid", new { table });
        return connection.Query<string>($"SELECT json_array({string.Join(", ", columns)}) FROM {table} ORDER BY 1").ToList();
    }
}
