using System.Text;

namespace AzerbaijanSyria.Relations.Export.Site;

/// <summary>
/// Stable names for files and anchors, made from the rows' readable ids: an id of lower-case
/// letters, digits, hyphens and underscores is used as it is (<c>events/rafiyev-visits-damascus.html</c>);
/// any other character (an upper-case letter too, for case-blind file systems) is written as
/// <c>~</c> and its UTF-8 bytes in hex, so every name is safe in a URL and on any file system, and
/// two ids never share a name.
/// </summary>
internal static class SiteLinks
{
    public static string Slug(string id)
    {
        if (id.Length == 0)
        {
            return "~";
        }

        var slug = new StringBuilder(id.Length);
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in id.EnumerateRunes())
        {
            if (rune.IsAscii && (char)rune.Value is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_')
            {
                slug.Append((char)rune.Value);
                continue;
            }

            var count = rune.EncodeToUtf8(bytes);
            foreach (var b in bytes[..count])
            {
                slug.Append('~').Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return slug.ToString();
    }

    /// <summary>The page of a row of a table with pages, relative to the site's root.</summary>
    public static string EntityPage(SiteKind kind, string key) => $"{kind.Folder}/{Slug(key)}.html";

    /// <summary>The page listing a table's rows, relative to the site's root.</summary>
    public static string TablePage(string table) => $"tables/{Slug(table)}.html";

    /// <summary>The id of the element that shows a row on a page.</summary>
    public static string Anchor(SiteRow row) => $"{Slug(row.Table.Name)}-{Slug(row.Key)}";
}
