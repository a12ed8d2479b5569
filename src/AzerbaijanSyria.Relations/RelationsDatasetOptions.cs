namespace AzerbaijanSyria.Relations;

/// <summary>
/// How a <see cref="RelationsDataset"/> reads its file: how much memory SQLite may use to read it faster,
/// and how many connections may read it at once. Every property left null keeps the default. Pass it to
/// <see cref="RelationsDataset.OpenAsync(string, RelationsDatasetOptions, CancellationToken)"/> or
/// <see cref="RelationsDataset.Open(string, RelationsDatasetOptions)"/>.
/// </summary>
/// <example>
/// <code>
/// // A large file (a synthetic one of a million events, say) read by a busy service:
/// await using var db = await RelationsDataset.OpenAsync(path, new RelationsDatasetOptions { CacheSizeKiB = 65_536, MemoryMapBytes = 1L &lt;&lt; 30 });
/// </code>
/// </example>
public sealed record RelationsDatasetOptions
{
    /// <summary>
    /// SQLite's page cache for each connection, in KiB (<c>PRAGMA cache_size = -N</c>); null keeps SQLite's
    /// default of 2,000 KiB. Pages read once stay in memory for the next query on the same connection, so
    /// on a file larger than the cache a bigger cache saves re-reading (and re-decoding) pages; on the
    /// shipped file, which fits in the default cache, it changes nothing. The cache grows only as pages
    /// are read. It is per connection: a dataset read by several threads at once has several.
    /// </summary>
    public int? CacheSizeKiB { get; init; }

    /// <summary>
    /// How many bytes of the file SQLite maps into memory (<c>PRAGMA mmap_size</c>); null keeps SQLite's
    /// default of 0 (no map: pages are copied from the operating system's file cache into SQLite's page
    /// cache). With a map, pages are read in place from the operating system's cache, shared by every
    /// connection and process, without a copy; SQLite caps it at its compiled-in limit (2 GiB in this
    /// build). It uses address space, not memory of its own.
    /// </summary>
    public long? MemoryMapBytes { get; init; }

    /// <summary>
    /// The most statements the dataset's own queries run at once, each on a connection of its own
    /// (opened when first needed and kept for reuse); a query beyond that waits for one to finish. Null
    /// is twice the number of processors, and at least 4. Queries are CPU-bound reads, so more connections
    /// than processors rarely help. <see cref="RelationsDataset.Connection"/> is apart from these.
    /// </summary>
    public int? MaxConnections { get; init; }

    /// <summary>The default options: SQLite's own cache and map sizes, and twice as many connections as processors.</summary>
    public static RelationsDatasetOptions Default { get; } = new();

    /// <summary>The options checked: each value given is in range, or an exception says which is not and what it takes.</summary>
    internal RelationsDatasetOptions Checked()
    {
        if (CacheSizeKiB is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(CacheSizeKiB), CacheSizeKiB, LibraryMessages.NegativeOption(nameof(CacheSizeKiB), CacheSizeKiB.Value));
        }

        if (MemoryMapBytes is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MemoryMapBytes), MemoryMapBytes, LibraryMessages.NegativeOption(nameof(MemoryMapBytes), MemoryMapBytes.Value));
        }

        if (MaxConnections is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxConnections), MaxConnections, LibraryMessages.TooFewConnections(MaxConnections.Value));
        }

        return this;
    }

    /// <summary>The pragmas every connection gets.</summary>
    internal ReadTuning Tuning => new(CacheSizeKiB, MemoryMapBytes);

    /// <summary>The most connections the dataset's queries use at once.</summary>
    internal int ConnectionLimit => MaxConnections ?? Math.Max(4, 2 * Environment.ProcessorCount);
}
