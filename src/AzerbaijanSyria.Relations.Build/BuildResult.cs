namespace AzerbaijanSyria.Relations;

/// <summary>What <see cref="DatasetBuilder.Build"/> produced.</summary>
public sealed record BuildResult
{
    /// <summary>The full path of the database file written.</summary>
    public required string Path { get; init; }

    /// <summary>The names of the scripts that ran, in order.</summary>
    public required IReadOnlyList<string> ScriptsApplied { get; init; }

    /// <summary>The schema version recorded in the file (<c>PRAGMA user_version</c>).</summary>
    public required int SchemaVersion { get; init; }

    /// <summary>The SHA-256 of the file, lowercase hexadecimal.</summary>
    public required string Sha256 { get; init; }

    /// <summary>Rows per table (search indexes and the migration journal left out), by table name.</summary>
    public required IReadOnlyDictionary<string, long> TableCounts { get; init; }
}
