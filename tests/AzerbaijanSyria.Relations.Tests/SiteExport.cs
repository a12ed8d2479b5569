using AzerbaijanSyria.Relations.Export;

namespace AzerbaijanSyria.Relations.Tests;

/// <summary>
/// A site exported once per test run from the shipped database (<see cref="Shipped"/>), shared by every test
/// that only reads it (the site's pages, the site as an export writes it to compare with, the browser's and
/// node's checks), with helpers to read its pages. A test that changes a site exports or copies its own.
/// </summary>
public sealed class SiteExport
{
    private static readonly Lazy<SiteExport> OfShipped = new(() => new SiteExport(Repo.ShippedDatabase));

    private readonly Dictionary<string, string> pages = new(StringComparer.Ordinal);

    private SiteExport(string database)
    {
        Root = TestTemp.NewPath("site");
        Write(database, Root);
    }

    /// <summary>The shipped database's site, exported on first use; never change it (copy it with <see cref="CopyTo"/>).</summary>
    public static SiteExport Shipped => OfShipped.Value;

    public string Root { get; }

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

    /// <summary>
    /// Copies the site, every file as the export wrote it (its manifest too), into <paramref name="folder"/>:
    /// the site as an earlier export left it there, for a test of what the next export does to it.
    /// </summary>
    public void CopyTo(string folder)
    {
        foreach (var file in Directory.GetFiles(Root, "*", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(folder, System.IO.Path.GetRelativePath(Root, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
