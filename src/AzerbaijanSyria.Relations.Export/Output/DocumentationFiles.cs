namespace AzerbaijanSyria.Relations.Export;

/// <summary>
/// The files drawn or written from the database and committed beside it under <c>docs/</c>: the
/// timeline picture (<c>timeline.svg</c>), the data dictionary (<c>data-dictionary.md</c>) and the
/// coverage page (<c>coverage.md</c>). <c>azsy build --docs docs</c> writes them all; a test renders
/// each again and compares it with the committed file.
/// </summary>
public static class DocumentationFiles
{
    /// <summary>Each file's name and its content for <paramref name="dataset"/>.</summary>
    internal static async Task<IReadOnlyList<(string FileName, string Content)>> RenderAsync(RelationsDataset dataset, CancellationToken cancellationToken = default)
    {
        var events = await dataset.GetTimelineAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        var counts = await dataset.GetYearlyMatchCountsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        return
        [
            ("timeline.svg", TimelineSvg.Render(events)),
            (DataDictionaryPage.FileName, DataDictionaryPage.Render(dataset)),
            (CoveragePage.FileName, CoveragePage.Render(dataset, counts, events)),
        ];
    }

    /// <summary>
    /// Writes every file into <paramref name="directory"/> (created if missing), each whole or not at
    /// all: written beside its name and renamed over it.
    /// </summary>
    /// <param name="dataset">The open dataset.</param>
    /// <param name="directory">The folder, e.g. <c>docs</c>.</param>
    /// <param name="cancellationToken">Stops the work, also in the middle of a query.</param>
    /// <returns>The paths written.</returns>
    /// <exception cref="IOException">A folder is where a file goes.</exception>
    public static async Task<IReadOnlyList<string>> WriteAsync(RelationsDataset dataset, string directory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var files = await RenderAsync(dataset, cancellationToken).ConfigureAwait(false);
        Directory.CreateDirectory(directory);
        var written = new List<string>();
        foreach (var (name, content) in files)
        {
            var path = Path.Combine(directory, name);
            OutputFile.WriteAllText(path, content);
            written.Add(path);
        }

        return written;
    }
}
