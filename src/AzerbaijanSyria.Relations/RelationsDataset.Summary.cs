using Dapper;
using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations;

/// <summary>What a file holds at a glance.</summary>
public sealed partial class RelationsDataset
{
    /// <summary>
    /// The span of the events and the sources by kind and by language: what <c>azsy info</c> prints
    /// beside <see cref="GetRowCounts"/> and the versions.
    /// </summary>
    /// <param name="cancellationToken">Cancels the queries.</param>
    /// <returns>The summary.</returns>
    public async Task<DatasetSummary> GetSummaryAsync(CancellationToken cancellationToken = default)
    {
        using var interrupt = InterruptWhenCancelled(cancellationToken);
        try
        {
            var span = await Connection.QuerySingleAsync<(string? First, string? Last)>(new CommandDefinition(
                "SELECT min(coalesce(date_earliest, date_latest)), max(coalesce(date_latest, date_earliest)) FROM events",
                cancellationToken: cancellationToken)).ConfigureAwait(false);
            var kinds = await Connection.QueryAsync<(string Kind, long Count)>(new CommandDefinition(
                "SELECT kind, count(*) FROM sources GROUP BY kind ORDER BY kind", cancellationToken: cancellationToken)).ConfigureAwait(false);
            var languages = await Connection.QueryAsync<(string Language, long Count)>(new CommandDefinition(
                "SELECT language, count(*) FROM sources GROUP BY language ORDER BY count(*) DESC, language", cancellationToken: cancellationToken)).ConfigureAwait(false);
            return new DatasetSummary
            {
                FirstEventDate = span.First,
                LastEventDate = span.Last,
                SourcesByKind = kinds.Select(k => KeyValuePair.Create(k.Kind, k.Count)).ToList(),
                SourcesByLanguage = languages.Select(l => KeyValuePair.Create(l.Language, l.Count)).ToList(),
            };
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == Interrupted && cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException(cancellationToken);
        }
    }
}
