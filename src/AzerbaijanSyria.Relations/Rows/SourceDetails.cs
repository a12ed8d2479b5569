namespace AzerbaijanSyria.Relations;

/// <summary>One source with every fact it is cited for, and where in it each fact is.</summary>
public sealed record SourceDetails
{
    /// <summary>The source, with its publisher's voice.</summary>
    public required Source Source { get; init; }

    /// <summary>The facts it is cited for, by kind, then date, then id.</summary>
    public required IReadOnlyList<CitedFact> Facts { get; init; }
}
