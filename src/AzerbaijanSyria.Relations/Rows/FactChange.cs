namespace AzerbaijanSyria.Relations;

/// <summary>
/// One entry of the dataset's change log (<c>fact_changes</c>): a fact a release added or withdrew, or
/// one field of a fact it corrected, with the reason and the source of the change. The log starts with
/// release 2.0.0; the facts of 1.0.0 are its baseline.
/// </summary>
public sealed record FactChange
{
    /// <summary>The order of the change within the build.</summary>
    public required long ChangeId { get; init; }

    /// <summary>The release that made the change, e.g. <c>2.0.0</c>.</summary>
    public required string Release { get; init; }

    /// <summary>The table of the fact, e.g. <c>events</c>.</summary>
    public required string TableName { get; init; }

    /// <summary>The row's primary key as text (the columns of a composite key joined by <c>/</c>).</summary>
    public required string RowKey { get; init; }

    /// <summary><c>add</c> (a new row), <c>correct</c> (one field changed) or <c>withdraw</c> (the row removed).</summary>
    public required string Action { get; init; }

    /// <summary>The corrected column; null for an added or withdrawn row.</summary>
    public string? Field { get; init; }

    /// <summary>The value before a correction (long, double, string or null); for a withdrawn row, the whole row as a JSON object.</summary>
    public object? OldValue { get; init; }

    /// <summary>The value after a correction; null for an added or withdrawn row.</summary>
    public object? NewValue { get; init; }

    /// <summary>Why the fact changed, in a sentence.</summary>
    public required string Reason { get; init; }

    /// <summary>The source that shows the change is right, where one does.</summary>
    public string? SourceId { get; init; }

    /// <summary>The migration script that made the change (its file name in <c>migrations/</c>); null for a change made outside a build, or in a file built before 3.0.0.</summary>
    public string? Script { get; init; }
}
