using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations.Tests;

public sealed class DatasetValidatorTests
{
    private static IReadOnlyList<ValidationProblem> ValidateDamagedCopy(string sql)
    {
        using var copy = new TempFile();
        File.Copy(Repo.ShippedDatabase, copy.Path);
        using (var connection = new SqliteConnection($"Data Source={copy.Path};Pooling=False;Foreign Keys=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            // Without the CHECK constraints a hand-edited copy could carry anything: turn them off.
            command.CommandText = "PRAGMA ignore_check_constraints = ON; " + sql;
            command.ExecuteNonQuery();
        }

        return DatasetValidator.Validate(copy.Path);
    }

    [Fact]
    public void Validate_finds_no_problem_when_given_the_shipped_file()
    {
        Assert.Empty(DatasetValidator.Validate(Repo.ShippedDatabase));
    }

    [Fact]
    public void Validate_reports_an_uncited_fact()
    {
        var problems = ValidateDamagedCopy("DELETE FROM citations WHERE trade_flow_id = 'aze-syr-2019-import';");

        Assert.Equal([("citations", "trade_flows aze-syr-2019-import has no citation")], problems.Select(p => (p.Check, p.Message)));
    }

    [Fact]
    public void Validate_reports_a_paragraph_outside_the_article()
    {
        var problems = ValidateDamagedCopy("UPDATE citations SET paragraph = 18 WHERE citation_id = (SELECT min(citation_id) FROM citations WHERE source_id = 'jps-article');");

        Assert.Equal("paragraphs", Assert.Single(problems).Check);
    }

    [Fact]
    public void Validate_reports_malformed_and_reversed_dates()
    {
        var problems = ValidateDamagedCopy(
            "UPDATE events SET date_earliest = '2025-02-00' WHERE event_id = 'second-aid-batch-sent';" +
            "UPDATE positions SET start_latest = '2030-01-01' WHERE position_id = 'hakan-fidan-foreign-minister';");

        Assert.Equal(
            [
                ("dates", "events.date_earliest '2025-02-00' is not an ISO date"),
                ("dates", "positions hakan-fidan-foreign-minister: start_latest is after end_earliest"),
            ],
            problems.Select(p => (p.Check, p.Message)));
    }

    [Fact]
    public void Validate_reports_a_value_outside_its_vocabulary()
    {
        var problems = ValidateDamagedCopy("UPDATE events SET evidence_status = 'rumoured' WHERE event_id = 'al-sharaa-phones-aliyev';");

        Assert.Equal([("vocabulary", "events.evidence_status has 'rumoured', not one of confirmed, reported, disputed")], problems.Select(p => (p.Check, p.Message)));
    }

    [Fact]
    public void Validate_reports_a_row_nothing_refers_to()
    {
        var problems = ValidateDamagedCopy(
            "INSERT INTO places (place_id, name, kind, country_id) VALUES ('atlantis', 'Atlantis', 'city', 'SYR');" +
            "INSERT INTO citations (place_id, source_id) VALUES ('atlantis', 'mfa-az-syria');");

        Assert.Equal([("orphans", "places atlantis is not referred to by any row")], problems.Select(p => (p.Check, p.Message)));
    }

    [Fact]
    public void Validate_reports_a_discrepancy_with_one_claim()
    {
        var problems = ValidateDamagedCopy(
            "DELETE FROM citations WHERE claim_id = 'antalya-14-april'; DELETE FROM discrepancy_claims WHERE claim_id = 'antalya-14-april';");

        Assert.Equal([("discrepancies", "discrepancy antalya-meeting-day does not have two claims")], problems.Select(p => (p.Check, p.Message)));
    }
}
