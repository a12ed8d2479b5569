using System.Text;

namespace AzerbaijanSyria.Relations.Export.Site;

/// <summary>
/// One page being written: its path in the site, its title, its body, and the element ids it has used.
/// A page made inside <see cref="RenderTo"/> is written to its file as it grows (the frame's head first,
/// see <see cref="PageLayout"/>), so that no page, however many rows it lists, is held whole.
/// </summary>
internal sealed class SitePage(string path, string title, string section)
{
    /// <summary>How many characters of body a page that is being written holds before it writes them out.</summary>
    private const int FlushChars = 16 * 1024;

    /// <summary>Where the next page made on this thread is written, while <see cref="RenderTo"/> renders it.</summary>
    [ThreadStatic]
    private static (TextWriter Writer, SiteModel Model)? next;

    /// <summary>How many element ids a page holds in memory; a page that uses more (a table page of every row) keeps them in the scratch database.</summary>
    private const int HeldIds = 10_000;

    private readonly HashSet<string> ids = new(StringComparer.Ordinal);

    /// <summary>The scratch table the page's ids went to once they were more than <see cref="HeldIds"/>, and the statement that adds one.</summary>
    private (string Table, Microsoft.Data.Sqlite.SqliteCommand Insert)? spilledIds;

    /// <summary>The file the page is written to as it grows, or null: the page is held until it is laid out whole.</summary>
    private readonly (TextWriter Writer, SiteModel Model)? output = TakeNext();

    /// <summary>Whether the frame's head is written (the body goes after it).</summary>
    private bool headWritten;

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
    public string IdAttribute(string id) => IsNewId(id) ? $" id=\"{Html.Encode(id)}\"" : string.Empty;

    private bool IsNewId(string id)
    {
        if (spilledIds is { } spilled)
        {
            return SiteScratch.Run(spilled.Insert, id) == 1;
        }

        if (!ids.Add(id))
        {
            return false;
        }

        if (ids.Count > HeldIds && output?.Model.Scratch is { } scratch)
        {
            var table = scratch.NewName("page_ids");
            scratch.Execute($"CREATE TABLE {table} (id TEXT PRIMARY KEY) WITHOUT ROWID");
            var insert = scratch.Prepare($"INSERT OR IGNORE INTO {table} (id) VALUES ($p0)", 1);
            using (scratch.Batch())
            {
                foreach (var held in ids)
                {
                    SiteScratch.Run(insert, held);
                }
            }

            ids.Clear();
            spilledIds = (table, insert);
        }

        return true;
    }

    /// <summary>Drops the page's ids from the scratch database, if it kept them there.</summary>
    private void ForgetIds()
    {
        if (spilledIds is { } spilled && output?.Model.Scratch is { } scratch)
        {
            spilled.Insert.Dispose();
            scratch.Execute($"DROP TABLE {spilled.Table}");
            spilledIds = null;
        }
    }

    public SitePage Append(string html)
    {
        Body.Append(html);
        return Spill();
    }

    public SitePage Line(string html)
    {
        Body.Append(html).Append('\n');
        return Spill();
    }

    /// <summary>
    /// Renders the page <paramref name="render"/> makes into <paramref name="writer"/> as it is made, framed
    /// by <see cref="PageLayout"/>: head, body and foot, never held whole.
    /// </summary>
    public static SitePage RenderTo(TextWriter writer, SiteModel model, Func<SitePage> render)
    {
        next = (writer, model);
        SitePage page;
        try
        {
            page = render();
        }
        finally
        {
            next = null;
        }

        if (page.output is null)
        {
            throw new InvalidOperationException($"The page {page.Path} was not made to be written.");
        }

        page.WriteOut();
        writer.Write(PageLayout.Foot(model, page));
        page.ForgetIds();
        return page;
    }

    private static (TextWriter Writer, SiteModel Model)? TakeNext()
    {
        var taken = next;
        next = null;
        return taken;
    }

    private SitePage Spill()
    {
        if (output is not null && Body.Length >= FlushChars)
        {
            WriteOut();
        }

        return this;
    }

    /// <summary>Writes the head (once) and the body so far to the page's file, and empties the body.</summary>
    private void WriteOut()
    {
        var (writer, model) = output!.Value;
        if (!headWritten)
        {
            writer.Write(PageLayout.Head(model, this));
            headWritten = true;
        }

        foreach (var chunk in Body.GetChunks())
        {
            writer.Write(chunk.Span);
        }

        Body.Clear();
    }
}
