namespace AzerbaijanSyria.Relations.Tests;

/// <summary>
/// One build of the dataset from the migrations by <see cref="DatasetBuilder.Build"/>, made once per test
/// run on first use and shared by the tests that read what a build writes (its schema, its marks, its
/// bytes) or that start from a freshly built file (on a copy): a build takes seconds, and a dozen tests
/// each building their own was a large part of the fast tests' time. The tests of what a build does to
/// the file it replaces, or of two builds agreeing, still build their own.
/// </summary>
internal static class FreshBuild
{
    private static readonly Lazy<BuildResult> Built = new(() =>
    {
        var path = TestTemp.NewPath("build", ".db");
        return DatasetBuilder.Build(path);
    });

    /// <summary>The built file; open it read-only, or copy it to change it.</summary>
    public static string Path => Built.Value.Path;

    /// <summary>What <see cref="DatasetBuilder.Build"/> returned for it.</summary>
    public static BuildResult Result => Built.Value;

    /// <summary>A copy of the built file at <paramref name="path"/>, to change.</summary>
    public static void CopyTo(string path) => File.Copy(Path, path);
}
