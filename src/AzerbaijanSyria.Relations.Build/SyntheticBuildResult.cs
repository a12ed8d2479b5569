namespace AzerbaijanSyria.Relations;

/// <summary>What <see cref="SyntheticDataset.Write"/> wrote.</summary>
public sealed record SyntheticBuildResult
{
    /// <summary>The full path of the synthetic database.</summary>
    public required string Path { get; init; }

    /// <summary>The rows generated per table (the real build's rows not counted).</summary>
    public required IReadOnlyDictionary<string, long> Rows { get; init; }

    /// <summary>The file's SHA-256, in lower-case hex.</summary>
    public required string Sha256 { get; init; }
}
