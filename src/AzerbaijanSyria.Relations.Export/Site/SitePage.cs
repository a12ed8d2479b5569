using System.Text;

namespace AzerbaijanSyria.Relations.Export.Site;

/// <summary>One page being written: its path in the site, its title, its body, and the element ids it has used.</summary>
internal sealed class SitePage(string path, string title, string section)
{
    private readonly HashSet<string> ids = new(StringComparer.Ordinal);

    /// <summary>The page's path relative to the site's root, with forward slashes.</summary>
    public string Path { get; } = path;

    public string Title { get; } = title;

    /// <summary>The navigation entry the page belongs to, marked as current.</summary>
    public string Section { get; } = section;

    public StringBuilder Body { get; } = new();

    /// <summary>Scripts the page loads at the end of its body, relative to the site's root.</summary>
    public List<string> Scripts { get; } = [];

    /// <summary>The way from this page up to the site's root: "" or "../".</summary>
    public string Root => string.Concat(Enumerable.Repeat("../", Path.Count(c => c == '/')));

    /// <summary>A link from this page to <paramref name="target"/> (relative to the root), already HTML-encoded.</summary>
    public string Href(string target, string? anchor = null)
    {
        var sameFolder = Folder(target) == Folder(Path);
        return Html.Encode((sameFolder ? target[(target.LastIndexOf('/') + 1)..] : Root + target) + (anchor is null ? string.Empty : "#" + anchor));
    }

    private static string Folder(string path) => path.LastIndexOf('/') is var slash and >= 0 ? path[..slash] : string.Empty;

    public string Href(SiteLocation location) => Href(location.Page, location.Anchor);

    /// <summary>An <c>id="…"</c> attribute for <paramref name="id"/> the first time the page asks for it; after that nothing, so ids stay unique.</summary>
    public string IdAttribute(string id) => ids.Add(id) ? $" id=\"{Html.Encode(id)}\"" : string.Empty;

    public SitePage Append(string html)
    {
        Body.Append(html);
        return this;
    }

    public SitePage Line(string html)
    {
        Body.Append(html).Append('\n');
        return this;
    }
}
