namespace AzerbaijanSyria.Relations.Tests;

/// <summary>
/// One synthetic database of <see cref="Events"/> events (seed 1) per test run, written by
/// <see cref="SyntheticDataset"/> into the temp folder on first use and shared by the tests that read it.
/// </summary>
internal static class SyntheticDatabase
{
    /// <summary>
    /// Enough rows for every table that grows with the events to dwarf the reference tables (the people,
    /// one per 50 events, the smallest of them, number 160), and few enough to be written in seconds: the
    /// file is written once per test run, and every synthetic test reads it (at 20,000 events, writing and
    /// reading it was a third of the fast tests' time).
    /// </summary>
    public const int Events = 8_000;

    private static readonly Lazy<string> File = new(() =>
    {
        var path = TestTemp.NewPath("synthetic", ".db");
        SyntheticDataset.Write(path, Events, seed: 1);
        return path;
    });

    public static string Path => File.Value;
}
