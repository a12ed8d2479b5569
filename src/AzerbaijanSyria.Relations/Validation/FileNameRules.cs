using System.Text;
using Dapper;

namespace AzerbaijanSyria.Relations;

/// <summary>
/// Rules that keep every id usable where an export puts it: the site names a page after its row's id
/// (<c>events/ID.html</c>), so an id whose page name would pass the file system's limit would make the
/// export fail although the data is sound.
/// </summary>
internal static class FileNameRules
{
    /// <summary>The longest file name the common file systems take (NAME_MAX), in bytes.</summary>
    public const int MaxFileNameBytes = 255;

    /// <summary>The tables whose rows each get a page named by their id, as the site's <c>SiteKinds.Paged</c> lists them.</summary>
    private static readonly (string Table, string Key)[] PagedTables =
    [
        ("events", "event_id"), ("people", "person_id"), ("organizations", "organization_id"), ("places", "place_id"),
        ("agreements", "agreement_id"), ("sources", "source_id"), ("discrepancies", "discrepancy_id"),
    ];

    public static IReadOnlyList<ValidationRule> All { get; } =
    [
        new("id_length", $"Every id of a row with a page of its own on the site fits in a file name: its page name (the id with each character other than a-z, digits, - and _ written as ~ and its UTF-8 bytes in hex, then .html) is at most {MaxFileNameBytes} bytes.", IdLength),
    ];

    /// <summary>The length in bytes of the site's page name for <paramref name="id"/> (as the site's <c>SiteLinks.Slug</c> writes it, and <c>.html</c>).</summary>
    public static int PageNameBytes(string id)
    {
        var length = ".html".Length;
        foreach (var rune in id.EnumerateRunes())
        {
            length += rune.IsAscii && (char)rune.Value is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_'
                ? 1
                : 3 * rune.Utf8SequenceLength;
        }

        return id.Length == 0 ? length + 1 : length;
    }

    private static IEnumerable<string> IdLength(ValidationContext c)
    {
        foreach (var (table, key) in PagedTables)
        {
            if (!c.Has(table) || c.Table(table).Columns.All(col => col.Name != key))
            {
                continue;
            }

            // Only ids long enough to matter are read: a page name is at least as long as the id's UTF-8 bytes.
            foreach (var id in c.Connection.Query<string>($"SELECT {key} FROM {table} WHERE length(CAST({key} AS BLOB)) * 3 + 5 > {MaxFileNameBytes} ORDER BY {key}"))
            {
                var bytes = PageNameBytes(id);
                if (bytes > MaxFileNameBytes)
                {
                    var shown = id.Length > 60 ? id[..60] + "…" : id;
                    yield return $"{table} {shown}: the id ({Encoding.UTF8.GetByteCount(id)} bytes) makes a site page name of {bytes} bytes, more than a file name may have ({MaxFileNameBytes}): give the row a shorter id";
                }
            }
        }
    }
}
