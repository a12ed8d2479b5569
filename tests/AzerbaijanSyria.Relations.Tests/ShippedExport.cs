using System.Collections.Concurrent;

namespace AzerbaijanSyria.Relations.Tests;

/// <summary>
/// The shipped database exported once per test run in each format, by the tool as a process (as a user runs
/// it), into a folder of its own, shared by the tests that only read what it wrote (the slow export tests had
/// exported the same file twenty times). A test that changes an export, or needs another layout, makes its own.
/// </summary>
internal static class ShippedExport
{
    private static readonly ConcurrentDictionary<string, Lazy<string>> Folders = new(StringComparer.Ordinal);

    /// <summary>The folder of the shipped database's export in <paramref name="format"/>, written on first use; never change what is in it.</summary>
    public static string Of(string format) => Folders.GetOrAdd(format, f => new Lazy<string>(() => Write(f))).Value;

    private static string Write(string format)
    {
        var folder = TestTemp.NewPath($"export-{format}");
        var export = Processes.Azsy("export", "--format", format, "--output", folder, "--db", Repo.ShippedDatabase);
        Assert.True(export.ExitCode == 0, export.Error);
        return folder;
    }
}
