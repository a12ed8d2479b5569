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
            var span = (((string? First, string? Last))Connection.Rows<string?, string?>(
                "SELECT min(coalesce(date_earliest, date_latest)), max(coalesce(date_latest, date_earliest)) FROM events").Single());
            var kinds = Connection.Rows<string, long>(
                "SELECT kind, count(*) FROM sources GROUP BY kind ORDER BY kind").Select(static ((string Kind, long Count) row) => row);
            var languages = Connection.Rows<string, long>(
                "SELECT language, count(*) FROM sources GROUP BY language ORDER BY count(*) DESC, language").Select(static ((string Language, long Count) row) => row);
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
