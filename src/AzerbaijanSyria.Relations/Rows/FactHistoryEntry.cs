namespace AzerbaijanSyria.Relations;

/// <summary>
/// One step in the history of a fact (<see cref="RelationsDataset.GetFactHistoryAsync"/>): the migration
/// script that added the row, changed one of its fields or removed it, with the change log's release,
/// reason and source where the log holds the change (release 2.0.0 on), and without them where it does
/// not (<c>fact_changes_unlogged</c>: the scripts before the log existed, and the corrections a release
/// makes to a row it added itself, which the log leaves out).
/// </summary>
public sealed record FactHistoryEntry
{
    /// <summary>The migration script that made the change (its file name in <c>migrations/</c>); null for a change made outside a build.</summary>
    public string? Script { get; init; }

    /// <summary>The release the change log records, e.g. <c>2.0.0</c>; null for a change the log does not hold.</summary>
    public string? Release { get; init; }

    /// <summary><c>add</c> (a new row), <c>correct</c> (one field changed) or <c>withdraw</c> (the row removed).</summary>
    public required string Action { get; init; }

    /// <summary>The changed column; null for an added or removed row.</summary>
    public string? Field { get; init; }

    /// <summary>The value before the change (long, double, string or null); for a removed row, the whole row as a JSON object.</summary>
    public object? OldValue { get; init; }

    /// <summary>The value after the change; null for an added or removed row.</summary>
    public object? NewValue { get; init; }

    /// <summary>Why the fact changed, as the change log gives it; null for a change the log does not hold.</summary>
    public string? Reason { get; init; }

    /// <summary>The source that shows the change is right, where the log names one.</summary>
    public string? SourceId { get; init; }

    /// <summary>Whether the change log recorded this change as it was made (false: found by the build comparing the facts before and after the script).</summary>
    public required bool Logged { get; init; }
}
