using Dapper;
using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations.Tests;

/// <summary>
/// Two builds of the fixture, as two releases of it would be: <see cref="Old"/> is the fixture as it is
/// (release 2.0.0); <see cref="New"/> is release 2.1.0, made from a copy by three changes, each with its
/// own reason in the change log: an event added, a date corrected, a statement withdrawn (with its one
/// citation, which the foreign key requires).
/// </summary>
internal sealed class FixtureBuilds : IDisposable
{
    public const string NewRelease = "2.1.0";
    public const string AddedEvent = "minister-calls-envoy";
    public const string CorrectedEvent = "minister-visits-damascus";
    public const string WithdrawnStatement = "ministry-welcomes-envoy";
    public const string AddReason = "A test adds the minister's call to the envoy.";
    public const string CorrectReason = "A test moves the minister's visit to the next day.";
    public const string WithdrawReason = "A test withdraws the ministry's welcome of the envoy.";

    private readonly TempFile old = new();
    private readonly TempFile @new = new();

    public FixtureBuilds()
    {
        File.Copy(FixtureDatabase.Path, old.Path);
        File.Copy(FixtureDatabase.Path, @new.Path);
        using var connection = new SqliteConnection($"Data Source={@new.Path};Pooling=False");
        connection.Open();
        WithdrawnCitationId = connection.ExecuteScalar<long>("SELECT citation_id FROM citations WHERE statement_id = @WithdrawnStatement", new { WithdrawnStatement });
        connection.Execute(
            $"""
            UPDATE change_context SET release = '{NewRelease}', reason = @AddReason;
            INSERT INTO events (event_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, cameo_code, title, summary, evidence_status)
              VALUES ('{AddedEvent}', '2021-04-02', '2021-04-02', 'day', 'stated', '2021-04-02', '040', 'The minister calls the envoy', 'Ayla Minister and Samir Envoy talk by telephone.', 'confirmed');
            UPDATE change_context SET reason = @CorrectReason;
            UPDATE events SET date_earliest = '2020-01-16', date_latest = '2020-01-16', date_edtf = '2020-01-16' WHERE event_id = '{CorrectedEvent}';
            UPDATE change_context SET reason = @WithdrawReason;
            DELETE FROM citations WHERE statement_id = '{WithdrawnStatement}';
            DELETE FROM statements WHERE statement_id = '{WithdrawnStatement}';
            UPDATE change_context SET reason = NULL;
            """,
            new { AddReason, CorrectReason, WithdrawReason });
    }

    /// <summary>The fixture as it is.</summary>
    public string Old => old.Path;

    /// <summary>The fixture after the three changes.</summary>
    public string New => @new.Path;

    /// <summary>The id of the withdrawn statement's citation.</summary>
    public long WithdrawnCitationId { get; }

    public void Dispose()
    {
        old.Dispose();
        @new.Dispose();
    }
}
