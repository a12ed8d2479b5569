using Dapper;
using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations;

/// <summary>The dataset's metadata: the one reader of <c>dataset_metadata</c>.</summary>
public sealed partial class RelationsDataset
{
    private const string MetadataTable = "dataset_metadata";

    /// <summary>
    /// The rows of <c>dataset_metadata</c>: the title, description, version, licences, release date and
    /// the other facts about the dataset as a whole, by key. Every export, the site and a release
    /// read them from here.
    /// </summary>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The values by key, in key order (ordinal); empty for a file without the table.</returns>
    public async Task<IReadOnlyDictionary<string, string>> GetMetadataAsync(CancellationToken cancellationToken = default)
    {
        var metadata = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (!HasTable(MetadataTable))
        {
            return metadata;
        }

        using var interrupt = InterruptWhenCancelled(cancellationToken);
        try
        {
            var rows = Connection.Rows<string, string>(
                "SELECT key, value FROM dataset_metadata ORDER BY key").Select(static ((string Key, string Value) row) => row);
            foreach (var (key, value) in rows)
            {
                metadata[key] = value;
            }
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == Interrupted && cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException(cancellationToken);
        }

        return metadata;
    }
}
