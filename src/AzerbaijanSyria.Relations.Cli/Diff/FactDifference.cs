namespace AzerbaijanSyria.Relations.Cli.Diff;

/// <summary>
/// One difference between two files of the dataset: a row added or withdrawn, or one field of a row
/// changed, with the reason and source the newer file's change log gives for it (null when it gives none).
/// Its columns are those of <c>fact_changes</c>.
/// </summary>
internal sealed record FactDifference(
    string Table,
    string Key,
    IReadOnlyList<object?> KeyValues,
    string Action,
    string? Field,
    object? OldValue,
    object? NewValue,
    string? Reason,
    string? SourceId)
{
    public const string Add = "add";
    public const string Correct = "correct";
    public const string Withdraw = "withdraw";

    /// <summary>The column names of the diff's rows, as in <c>fact_changes</c>.</summary>
    public static readonly IReadOnlyList<string> Columns = ["table_name", "row_key", "action", "field", "old_value", "new_value", "reason", "source_id"];

    public object?[] ToRow() => [Table, Key, Action, Field, OldValue, NewValue, Reason, SourceId];
}
