namespace AzerbaijanSyria.Relations;

/// <summary>One problem found by <see cref="DatasetValidator"/>.</summary>
public sealed record ValidationProblem
{
    /// <summary>The rule that found it, one of <see cref="DatasetValidator.Checks"/>, e.g. <c>citations</c> or <c>dates</c>.</summary>
    public required string Check { get; init; }

    /// <summary>What is wrong, naming the table and the row (by its key) and, where it helps, the fix.</summary>
    public required string Message { get; init; }
}
