using System.Globalization;

namespace AzerbaijanSyria.Relations.Export;

/// <summary>
/// The entries of the newer file's change log (<c>fact_changes</c>, read by
/// <see cref="RelationsDataset.GetFactChangesAsync"/>) that the older file's log lacks: the log only
/// grows, so these are the changes made between the two builds. A file without a log (1.0.0) has no
/// entries; against it, every entry of the newer log counts.
/// </summary>
internal sealed class ChangeLog
{
    private readonly Dictionary<(string Table, string Key), List<FactChange>> byRow = [];

    private ChangeLog(IEnumerable<FactChange> older, IEnumerable<FactChange> newer)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entry in older)
        {
            var identity = Identity(entry);
            seen[identity] = seen.GetValueOrDefault(identity) + 1;
        }

        foreach (var entry in newer)
        {
            var identity = Identity(entry);
            if (seen.TryGetValue(identity, out var count) && count > 0)
            {
                seen[identity] = count - 1;
                continue;
            }

            if (!byRow.TryGetValue((entry.TableName, entry.RowKey), out var list))
            {
                byRow[(entry.TableName, entry.RowKey)] = list = [];
            }

            list.Add(entry);
        }
    }

    /// <summary>Reads both files' logs.</summary>
    public static async Task<ChangeLog> ReadAsync(RelationsDataset older, RelationsDataset newer, CancellationToken cancellationToken)
    {
        var before = await older.GetFactChangesAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        var after = await newer.GetFactChangesAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        return new ChangeLog(before, after);
    }

    /// <summary>
    /// The reason and source the log gives for a difference: for a changed field, its corrections; for
    /// an added or withdrawn row, its addition or withdrawal; failing those, any entry of that row (a row
    /// withdrawn and added again shows as changed fields). Several reasons are joined; null when there is none.
    /// </summary>
    public (string? Reason, string? Source) Explain(string table, string key, string action, string? field)
    {
        if (!byRow.TryGetValue((table, key), out var entries))
        {
            return (null, null);
        }

        var matching = entries.Where(e => e.Action == action && e.Field == field).ToList();
        if (matching.Count == 0)
        {
            matching = entries.Where(e => e.Action != FactDifference.Correct).ToList();
        }

        if (matching.Count == 0)
        {
            return (null, null);
        }

        var reasons = matching.Select(e => e.Reason).Distinct(StringComparer.Ordinal);
        var sources = matching.Select(e => e.SourceId).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        return (string.Join(" ", reasons), sources.Count == 0 ? null : string.Join("; ", sources));
    }

    /// <summary>An entry as text, its values with their SQLite types, so that entries compare by value and type (as SQL's <c>quote()</c> would).</summary>
    private static string Identity(FactChange e) =>
        string.Join('\u001f', e.Release, e.TableName, e.RowKey, e.Action, e.Field, Typed(e.OldValue), Typed(e.NewValue), e.Reason, e.SourceId);

    private static string Typed(object? value) => value switch
    {
        null => "n",
        long l => "i" + l.ToString(CultureInfo.InvariantCulture),
        double d => "r" + d.ToString("R", CultureInfo.InvariantCulture),
        byte[] b => "b" + Convert.ToHexString(b),
        _ => "t" + Convert.ToString(value, CultureInfo.InvariantCulture),
    };
}
