namespace AzerbaijanSyria.Relations;

/// <summary>
/// A row of a fact table as it stood in a given release, rebuilt from today's row by undoing, newest
/// first, every change the change log records after that release (see
/// <see cref="RelationsDataset.GetFactAsOfAsync"/> for what this can and cannot answer).
/// </summary>
public sealed record FactAsOf
{
    /// <summary>The table of the fact, e.g. <c>events</c>.</summary>
    public required string TableName { get; init; }

    /// <summary>The row's primary key as text (the columns of a composite key joined by <c>/</c>).</summary>
    public required string RowKey { get; init; }

    /// <summary>The release asked about, e.g. <c>1.0.0</c>.</summary>
    public required string Release { get; init; }

    /// <summary>
    /// Every column of the row, by name, with its value in that release (long, double, string or null,
    /// as SQLite stores them). A column the table gained later is there too, with the value it had
    /// before the log's first correction of it (NULL for a column added empty).
    /// </summary>
    public required IReadOnlyDictionary<string, object?> Fields { get; init; }

    /// <summary>The changes to the row after that release, oldest first: what was undone to rebuild it, each with its reason.</summary>
    public required IReadOnlyList<FactChange> ChangesSince { get; init; }
}
