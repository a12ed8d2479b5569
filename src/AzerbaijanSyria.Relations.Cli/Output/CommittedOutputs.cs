namespace AzerbaijanSyria.Relations.Cli.Output;

/// <summary>
/// The files under <c>docs/</c> that are drawn or written from the database and committed beside it.
/// <c>azsy build --docs docs</c> writes them all; a test renders each again and compares it with
/// the committed file.
/// </summary>
internal static class CommittedOutputs
{
    /// <summary>Each committed file's name and its content for <paramref name="dataset"/>.</summary>
    public static IReadOnlyList<(string FileName, string Content)> Render(RelationsDataset dataset) =>
    [
        ("timeline.svg", TimelineSvg.Render(dataset.GetTimelineAsync().GetAwaiter().GetResult())),
        (DataDictionaryPage.FileName, DataDictionaryPage.Render(dataset)),
        (CoveragePage.FileName, CoveragePage.Render(dataset)),
    ];

    /// <summary>Writes every committed output into <paramref name="directory"/>, returning the paths written.</summary>
    public static IReadOnlyList<string> Write(RelationsDataset dataset, string directory)
    {
        Directory.CreateDirectory(directory);
        var written = new List<string>();
        foreach (var (name, content) in Render(dataset))
        {
            var path = Path.Combine(directory, name);
            AtomicOutput.WriteAllText(path, content);
            written.Add(path);
        }

        return written;
    }
}
