namespace AzerbaijanSyria.Relations.Export;

/// <summary>
/// One difference between two files of the dataset: a row added or withdrawn, or one field of a row
/// changed, with the reason and source the newer file's change log gives for it (null when it gives none).
/// Its columns are those of <c>fact_changes</c>.
/// </summary>
public sealed record FactDifference
{
    /// <summary>The <see cref="Action"/> of a row the newer file adds.</summary>
    public const string Add = "add";

    /// <summary>The <see cref="Action"/> of a field the newer file changes.</summary>
    public const string Correct = "correct";

    /// <summary>The <see cref="Action"/> of a row the newer file no longer has.</summary>
    public const string Withdraw = "withdraw";

    /// <summary>The column names of the diff's rows, as in <c>fact_changes</c> (see <see cref="ToRow"/>).</summary>
    public static IReadOnlyList<string> Columns { get; } = ["table_name", "row_key", "action", "field", "old_value", "new_value", "reason", "source_id"];

    /// <summary>The table, e.g. <c>events</c>.</summary>
    public required string Table { get; init; }

    /// <summary>The row's primary key as text, a composite key's columns joined by <c>/</c> (as <c>fact_changes.row_key</c>).</summary>
    public required string Key { get; init; }

    /// <summary>The row's primary key's values, with their SQLite types.</summary>
    public required IReadOnlyList<object?> KeyValues { get; init; }

    /// <summary><see cref="Add"/>, <see cref="Correct"/> or <see cref="Withdraw"/>.</summary>
    public required string Action { get; init; }

    /// <summary>The changed column; null for a row added or withdrawn.</summary>
    public string? Field { get; init; }

    /// <summary>The field's old value; for a withdrawn row, the whole row as a JSON object.</summary>
    public object? OldValue { get; init; }

    /// <summary>The field's new value; for an added row, the whole row as a JSON object.</summary>
    public object? NewValue { get; init; }

    /// <summary>The reason the newer file's change log gives, or null.</summary>
    public string? Reason { get; init; }

    /// <summary>The source the change log names for it, or null.</summary>
    public string? SourceId { get; init; }

    /// <summary>The difference as a row of <see cref="Columns"/>.</summary>
    /// <returns>The values, in the order of <see cref="Columns"/>.</returns>
    public object?[] ToRow() => [Table, Key, Action, Field, OldValue, NewValue, Reason, SourceId];
}
