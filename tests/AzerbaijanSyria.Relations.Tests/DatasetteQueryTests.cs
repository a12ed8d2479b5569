using System.Text.Json.Nodes;
using AzerbaijanSyria.Relations.Export;
using Dapper;
using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations.Tests;

/// <summary>
/// The Datasette export's canned queries: each runs in SQLite with sample parameters and returns what the
/// library (and so the azsy command) returns for the same question, on the shipped file.
/// </summary>
public sealed class DatasetteQueryTests
{
    /// <summary>The queries these tests run; a new canned query needs a test here.</summary>
    private static readonly string[] Tested =
        ["offices_on_day", "offices_in_year", "agreements_by_status", "agreement_life", "one_sided_facts", "person_events",
         "event_participants_with_offices", "source_facts", "discrepancy_claims_with_sources"];

    private static List<T> Run<T>(SqliteConnection connection, string name, object parameters)
    {
        var query = Assert.Single(DatasetteQueries.All, q => q.Name == name);
        Assert.Equal(query.Parameters.Order(StringComparer.Ordinal), parameters.GetType().GetProperties().Select(p => p.Name).Order(StringComparer.Ordinal));
        return connection.Query<T>(query.Sql, parameters).ToList();
    }

    [Fact]
    public void Every_canned_query_is_run_by_a_test_when_the_export_carries_it()
    {
        Assert.Equal(Tested.Order(StringComparer.Ordinal), DatasetteQueries.All.Select(q => q.Name).Order(StringComparer.Ordinal));
        Assert.All(DatasetteQueries.All, q => Assert.All(q.Parameters, p => Assert.Contains(":" + p, q.Sql, StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("2022-06-01", "")]
    [InlineData("2022-06-01", "SYR")]
    [InlineData("2005-03-01", "AZE")]
    public async Task Offices_on_day_returns_the_offices_GetPositionsOnAsync_returns_when_run_with_a_day_and_country(string day, string country)
    {
        await using var db = await RelationsDataset.OpenAsync(Repo.ShippedDatabase);
        var expected = (await db.GetPositionsOnAsync(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)))
            .Where(p => country.Length == 0 || p.CountryId == country).Select(p => (p.PersonName, p.Position)).Order().ToList();

        var rows = Run<OfficeRow>(db.Connection, "offices_on_day", new { day, country }).Select(r => (r.Person, r.Title)).Order().ToList();

        Assert.NotEmpty(expected);
        Assert.Equal(expected, rows);
    }

    [Fact]
    public async Task Offices_in_year_returns_every_holder_GetPositionsInAsync_returns_when_run_with_a_year()
    {
        await using var db = await RelationsDataset.OpenAsync(Repo.ShippedDatabase);
        var expected = (await db.GetPositionsInAsync(new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31)))
            .Where(p => p.CountryId == "SYR").Select(p => (p.PersonName, p.Position)).Order().ToList();

        var rows = Run<OfficeRow>(db.Connection, "offices_in_year", new { year = "2024", country = "SYR" }).Select(r => (r.Person, r.Title)).Order().ToList();

        Assert.True(expected.Count > 1, "Syria had more than one foreign minister in 2024");
        Assert.Equal(expected, rows);
    }

    [Theory]
    [InlineData("")]
    [InlineData("signed")]
    [InlineData("in_force")]
    public async Task Agreements_by_status_returns_the_agreements_GetAgreementsAsync_returns_with_that_status(string status)
    {
        await using var db = await RelationsDataset.OpenAsync(Repo.ShippedDatabase);
        var expected = (await db.GetAgreementsAsync()).Where(a => status.Length == 0 || a.Status == status).Select(a => a.AgreementId).ToList();

        var rows = Run<string>(db.Connection, "agreements_by_status", new { status });

        Assert.Equal(expected, rows);
    }

    [Fact]
    public async Task Agreement_life_lists_the_signing_then_the_steps_GetAgreementAsync_returns_when_run_on_an_agreement_with_steps()
    {
        await using var db = await RelationsDataset.OpenAsync(Repo.ShippedDatabase);
        var agreementId = db.Connection.QueryFirst<string>("SELECT agreement_id FROM agreement_actions ORDER BY agreement_id");
        var details = (await db.GetAgreementAsync(agreementId))!;

        var rows = Run<(string Step, string Date)>(db.Connection, "agreement_life", new { agreement_id = agreementId });

        Assert.NotEmpty(details.Actions);
        Assert.Equal(
            details.Actions.Select(a => (a.Action, a.DateEdtf)).Prepend(("signature", details.Agreement.DateSigned)),
            rows.Select(r => (r.Step, r.Date)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("AZE")]
    [InlineData("SYR")]
    public async Task One_sided_facts_returns_the_facts_GetOneSidedFactsAsync_returns_when_run_for_a_side(string side)
    {
        await using var db = await RelationsDataset.OpenAsync(Repo.ShippedDatabase);
        var expected = (await db.GetOneSidedFactsAsync(side.Length == 0 ? null : side))
            .Select(f => (f.ReportedOnlyBy, f.SubjectKind, f.SubjectId, f.Label, f.DateEdtf)).Order().ToList();

        var rows = Run<(string Side, string Kind, string Id, string? Label, string? Date)>(db.Connection, "one_sided_facts", new { side }).Order().ToList();

        Assert.NotEmpty(expected);
        Assert.Equal(expected, rows);
    }

    [Fact]
    public async Task Person_events_returns_the_events_GetPersonEventsAsync_returns_in_the_same_order()
    {
        await using var db = await RelationsDataset.OpenAsync(Repo.ShippedDatabase);
        var personId = db.Connection.QueryFirst<string>("SELECT person_id FROM event_participants WHERE person_id IS NOT NULL GROUP BY person_id ORDER BY count(*) DESC, person_id");
        var expected = (await db.GetPersonEventsAsync(personId)).Select(e => e.EventId).ToList();

        var rows = Run<(string Date, string Title, string EventId)>(db.Connection, "person_events", new { person_id = personId });

        Assert.True(expected.Count > 1);
        Assert.Equal(expected, rows.Select(r => r.EventId));
    }

    [Fact]
    public async Task Event_participants_with_offices_returns_the_participants_GetEventAsync_returns()
    {
        await using var db = await RelationsDataset.OpenAsync(Repo.ShippedDatabase);
        var eventId = db.Connection.QueryFirst<string>("SELECT event_id FROM event_participants WHERE position_id IS NOT NULL GROUP BY event_id ORDER BY count(*) DESC, event_id");
        var expected = (await db.GetEventAsync(eventId))!.Participants.Select(p => (p.Name, p.Role, p.Position)).ToList();

        var rows = Run<(string Name, string Role, string Kind, string Id, string? Office)>(db.Connection, "event_participants_with_offices", new { event_id = eventId });

        Assert.Contains(expected, p => p.Position is not null);
        Assert.Equal(expected, rows.Select(r => (r.Name, r.Role, r.Office)));
    }

    [Fact]
    public async Task Source_facts_returns_the_facts_GetSourceAsync_returns_when_run_on_the_article()
    {
        await using var db = await RelationsDataset.OpenAsync(Repo.ShippedDatabase);
        var sourceId = db.Connection.QuerySingle<string>("SELECT source_id FROM sources WHERE kind = 'article'");
        var expected = (await db.GetSourceAsync(sourceId))!.Facts.Select(f => (f.SubjectKind, f.SubjectId, f.Paragraph)).Order().ToList();

        var rows = Run<(string Kind, string Id, int? Paragraph)>(db.Connection, "source_facts", new { source_id = sourceId }).Order().ToList();

        Assert.NotEmpty(expected);
        Assert.Equal(expected, rows);
    }

    [Fact]
    public async Task Discrepancy_claims_with_sources_returns_each_claim_s_citations_GetDiscrepancyAsync_returns()
    {
        await using var db = await RelationsDataset.OpenAsync(Repo.ShippedDatabase);
        foreach (var id in db.Connection.Query<string>("SELECT discrepancy_id FROM discrepancies").ToList())
        {
            var details = (await db.GetDiscrepancyAsync(id))!;

            var rows = Run<(string Side, string Claim, string? Publisher)>(db.Connection, "discrepancy_claims_with_sources", new { discrepancy_id = id });

            Assert.Equal(
                details.ClaimACitations.Select(c => ("a", details.Discrepancy.ClaimA, (string?)c.Publisher))
                    .Concat(details.ClaimBCitations.Select(c => ("b", details.Discrepancy.ClaimB, (string?)c.Publisher))),
                rows.Select(r => (r.Side, r.Claim, r.Publisher)));
        }
    }

    [Fact]
    public void Datasette_export_carries_every_canned_query_with_its_parameters()
    {
        using var directory = new TempDirectory();
        var (exit, _, error) = AzsyInProcess.Run("export", "--format", "datasette", "--output", directory.Path, "--db", Repo.ShippedDatabase);
        Assert.True(exit == 0, error);

        var queries = JsonNode.Parse(File.ReadAllText(Path.Combine(directory.Path, "metadata.json")))!["databases"]!["azerbaijan-syria"]!["queries"]!.AsObject();

        Assert.Equal(DatasetteQueries.All.Select(q => q.Name), queries.Select(q => q.Key));
        Assert.All(DatasetteQueries.All, q =>
        {
            Assert.Equal(q.Sql, (string)queries[q.Name]!["sql"]!);
            Assert.Equal(q.Parameters, queries[q.Name]!["params"]!.AsArray().Select(p => (string)p!));
            Assert.False(string.IsNullOrWhiteSpace((string?)queries[q.Name]!["title"]));
        });
    }

    /// <summary>The columns of an office query's row these tests compare, read by name.</summary>
    private sealed record OfficeRow
    {
        public required string Person { get; init; }

        public required string Title { get; init; }
    }
}
