using Dapper;
using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations.Cli.Diff;

/// <summary>
/// The entries of the newer file's change log (<c>fact_changes</c>) that the older file's log lacks:
/// the log only grows, so these are the changes made between the two builds. A file without a log
/// (1.0.0) has no entries; against it, every entry of the newer log counts.
/// </summary>
internal sealed class ChangeLog
{
    private readonly Dictionary<(string Table, string Key), List<Entry>> byRow = [];

    public ChangeLog(SqliteConnection older, SqliteConnection newer)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entry in Read(older))
        {
            seen[entry.Identity] = seen.GetValueOrDefault(entry.Identity) + 1;
        }

        foreach (var entry in Read(newer))
        {
            if (seen.TryGetValue(entry.Identity, out var count) && count > 0)
            {
                seen[entry.Identity] = count - 1;
                continue;
            }

            if (!byRow.TryGetValue((entry.Table, entry.Key), out var list))
            {
                byRow[(entry.Table, entry.Key)] = list = [];
            }

            list.Add(entry);
        }
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
        var sources = matching.Select(e => e.Source).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        return (string.Join(" ", reasons), sources.Count == 0 ? null : string.Join("; ", sources));
    }

    private static IEnumerable<Entry> Read(SqliteConnection connection)
    {
        if (connection.ExecuteScalar<long>("SELECT count(*) FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name = 'fact_changes'") == 0)
        {
            return [];
        }

        return connection.Query<Entry>(
            """
            SELECT release AS Release, table_name AS "Table", row_key AS "Key", action AS Action, field AS Field,
                   quote(old_value) AS OldValue, quote(new_value) AS NewValue, reason AS Reason, source_id AS Source
            FROM fact_changes ORDER BY change_id
            """);
    }

    /// <summary>One entry; its values quoted as SQL literals, so that entries compare by value and type.</summary>
    private sealed class Entry
    {
        public string Release { get; init; } = string.Empty;

        public string Table { get; init; } = string.Empty;

        public string Key { get; init; } = string.Empty;

        public string Action { get; init; } = string.Empty;

        public string? Field { get; init; }

        public string OldValue { get; init; } = string.Empty;

        public string NewValue { get; init; } = string.Empty;

        public string Reason { get; init; } = string.Empty;

        public string? Source { get; init; }

        public string Identity => string.Join('\u001f', Release, Table, Key, Action, Field, OldValue, NewValue, Reason, Source);
    }
}
