using AzerbaijanSyria.Relations.Export;

namespace AzerbaijanSyria.Relations.Tests;

/// <summary>A site exported once from the shipped database, shared by the tests of one class, with helpers to read its pages.</summary>
public sealed class SiteExport : IDisposable
{
    private readonly TempDirectory directory = new();
    private readonly Dictionary<string, string> pages = new(StringComparer.Ordinal);

    public SiteExport()
    {
        Write(Repo.ShippedDatabase, directory.Path);
    }

    public string Root => directory.Path;

    /// <summary>Every HTML page, by its path relative to the root with forward slashes.</summary>
    public IReadOnlyList<string> Pages => Directory.GetFiles(Root, "*.html", SearchOption.AllDirectories)
        .Select(p => Path.GetRelativePath(Root, p).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();

    /// <summary>Writes the site of <paramref name="database"/> into <paramref name="folder"/>.</summary>
    public static IReadOnlyList<string> Write(string database, string folder)
    {
        using var dataset = RelationsDataset.Open(database);
        return Task.Run(() => DatasetExporter.ExportAsync(dataset, ExportFormat.Site, folder)).GetAwaiter().GetResult();
    }

    /// <summary>The text of a page, or null when there is no such file.</summary>
    public string? Page(string relative)
    {
        if (pages.TryGetValue(relative, out var text))
        {
            return text;
        }

        var path = Path.Combine(Root, relative);
        return File.Exists(path) ? pages[relative] = File.ReadAllText(path) : null;
    }

    /// <summary>HTML-encodes text the way the site does: the five characters that matter, nothing else.</summary>
    public static string Encode(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal).Replace("'", "&#39;", StringComparison.Ordinal);

    public void Dispose() => directory.Dispose();
}
