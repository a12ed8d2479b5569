using System.Text.RegularExpressions;

namespace AzerbaijanSyria.Relations.Export.Site;

/// <summary>
/// Search in the browser, with the syntax of <c>azsy search</c> (words, "phrases", prefix*, OR, AND,
/// NOT, parentheses) and the matching of the database's full-text indexes (FTS5's unicode61 words,
/// the Porter stemmer): the page carries an index of every row those indexes cover (events,
/// statements, agreements), each with the texts they index and every recorded spelling of the
/// people, organizations and places it names, and of every person, organization and place by all
/// their names; <c>assets/search.js</c> reads it. A result shows its title and its snippet apart.
/// The form on every page sends its query here, and the query stays in the address.
/// </summary>
internal static partial class SearchPage
{
    public const string Path = "search.html";

    /// <summary>The tables whose rows are found by their names alone, after the rows the full-text indexes cover.</summary>
    private static readonly string[] NamedTables = ["people", "organizations", "places"];

    /// <summary>The tables whose names a row is also found by: the named tables and the countries (an event's participating country, an agreement's party), as the database's search indexes hold them.</summary>
    private static readonly string[] SpelledTables = [.. NamedTables, "countries"];

    public static SitePage Render(SiteModel model)
    {
        var page = new SitePage(Path, "Search", "search");
        var indexed = model.FullText
            .Select(f => (Index: f, Table: model.Table(f.ContentTable)))
            .Where(f => f.Table is not null)
            .ToList();
        var named = NamedTables.Select(model.Table).OfType<SiteTable>().ToList();
        var names = indexed.Select(f => Plural(f.Table!)).Concat(named.Select(Plural)).ToList();
        var spellings = new Spellings(model);
        page.Line("<h1>Search</h1>");
        page.Line("<form class=\"search\" role=\"search\" action=\"search.html\" method=\"get\">");
        page.Line($"<p><label for=\"q\">Words to find in {Html.Encode(Join(names))}</label></p>");
        page.Line("<p><input id=\"q\" name=\"q\" type=\"search\" autocomplete=\"off\"> <button type=\"submit\">Search</button></p>");
        page.Line("</form>");
        page.Line("<details class=\"syntax\"><summary>What a search takes</summary>");
        page.Line("<p>The same as <code>azsy search</code>: every word must match (<code>gas Aleppo</code>); <code>\"exact phrases\"</code>; prefixes such as <code>energ*</code>; <code>OR</code>, <code>AND</code> and <code>NOT</code> in capitals between terms (<code>gas OR aid</code>, <code>gas NOT Israel</code>), with parentheses to group. Case and accents do not matter (<code>Turkiye</code> finds Türkiye), and a word finds its other forms (<code>visit</code> finds visits and visited). A person, organization or place is found by every spelling the dataset records: <code>Miqdad</code>, <code>Mekdad</code> and <code>Mikdad</code> find the same events.</p>");
        page.Line("</details>");
        page.Line("<p id=\"search-status\" class=\"status\" role=\"status\" aria-live=\"polite\"></p>");
        page.Line("<ol id=\"results\" class=\"results\"></ol>");
        page.Line($"<noscript><p>Search needs JavaScript. Without it, browse the <a href=\"{TimelinePage.Path}\">timeline</a> or the lists of each kind.</p></noscript>");
        SiteJson.Island(page, "search-index", json =>
        {
            json.WriteStartObject();
            json.WriteStartArray("entries");
            foreach (var (index, table) in indexed)
            {
                foreach (var row in table!.Rows)
                {
                    var title = table.Name == "statements" ? StatementTitle(model, row) : Title(row);
                    var fields = index.Columns.Where(table.HasColumn).Select(c => row.Text(c) ?? string.Empty);
                    var rowNames = NamedRows(model, row).SelectMany(spellings.Of).Distinct(StringComparer.Ordinal);
                    WriteEntry(json, model, row, table.Kind?.Singular ?? Singular(table.Name), title, fields, rowNames);
                    SiteJson.Spill(json);
                }
            }

            foreach (var table in named)
            {
                foreach (var row in table.Rows)
                {
                    var all = spellings.Of(row);
                    WriteEntry(json, model, row, table.Kind?.Singular ?? Singular(table.Name), Title(row), all.Take(1), all.Skip(1));
                    SiteJson.Spill(json);
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
        page.Scripts.Add(SiteAssets.SearchScript);
        return page;
    }

    private static void WriteEntry(System.Text.Json.Utf8JsonWriter json, SiteModel model, SiteRow row, string kind, string title, IEnumerable<string> fields, IEnumerable<string> names)
    {
        var location = model.Locate(row);
        json.WriteStartObject();
        json.WriteString("kind", kind);
        json.WriteString("id", row.Key);
        json.WriteString("title", title);
        SiteJson.WriteStrings(json, "fields", fields);
        var nameList = names.ToList();
        if (nameList.Count > 0)
        {
            SiteJson.WriteStrings(json, "names", nameList);
        }

        if (DateOf(model, row) is { } date)
        {
            json.WriteString("date", date);
        }

        json.WriteString("url", location.Page + (location.Anchor is null ? string.Empty : "#" + location.Anchor));
        json.WriteEndObject();
    }

    private static string Title(SiteRow row) =>
        row.Table.LabelColumn is { } column && row.Text(column) is { Length: > 0 } text ? text : row.Key;

    /// <summary>A statement's title: who spoke, and at which event (the library's search names the speaker).</summary>
    private static string StatementTitle(SiteModel model, SiteRow statement)
    {
        var speaker = statement.Table.Columns.Where(c => c.References?.Table is "people" or "organizations")
            .Select(c => model.Referenced(statement, c)).FirstOrDefault(r => r is not null);
        var ev = statement.Table.Columns.Where(c => c.References?.Table == SiteKinds.Events)
            .Select(c => model.Referenced(statement, c)).FirstOrDefault(r => r is not null);
        var who = speaker is null ? "A statement" : Title(speaker);
        return ev is null ? who : $"{who}, at: {Title(ev)}";
    }

    /// <summary>
    /// Every recorded spelling of a person, organization, place or country: its name first, then the others,
    /// read when a row is named (the last few thousand kept, as the same few are named again and again).
    /// </summary>
    private sealed class Spellings(SiteModel model)
    {
        /// <summary>How many rows' spellings are kept; when there are more, they are read again.</summary>
        private const int Kept = 4096;

        private readonly Dictionary<string, IReadOnlyList<string>> kept = new(StringComparer.Ordinal);

        public IReadOnlyList<string> Of(SiteRow row)
        {
            if (!SpelledTables.Contains(row.Table.Name))
            {
                return [];
            }

            var key = row.Table.Name + ":" + row.Key;
            if (kept.TryGetValue(key, out var known))
            {
                return known;
            }

            var list = new List<string> { Title(row) };
            if (row.Text("short_name") is { Length: > 0 } shortName)
            {
                list.Add(shortName);
            }

            // Other tables of spellings: any table with a name column whose key starts with a reference to this one (person_names).
            foreach (var (child, back) in model.ReferencesTo(row.Table))
            {
                if (child.Kind is null && child.HasColumn("name") && back.PrimaryKeyPosition == 1)
                {
                    list.AddRange(model.RowsReferring(row, child, back).Select(r => r.Text("name")).OfType<string>());
                }
            }

            if (kept.Count >= Kept)
            {
                kept.Clear();
            }

            return kept[key] = list.Distinct(StringComparer.Ordinal).ToList();
        }
    }

    /// <summary>
    /// The people, organizations, places and countries a row names: its own references, and those of the rows
    /// that refer to it (an event's participants and other places, an agreement's signatories and
    /// parties), one step, never through another row that has a page.
    /// </summary>
    private static IEnumerable<SiteRow> NamedRows(SiteModel model, SiteRow row)
    {
        var found = new List<SiteRow>();
        void Take(SiteRow source)
        {
            foreach (var column in source.Table.Columns)
            {
                if (column.References?.Table is { } target && SpelledTables.Contains(target) && model.Referenced(source, column) is { } named)
                {
                    found.Add(named);
                }
            }
        }

        Take(row);
        foreach (var (child, back) in model.ReferencesTo(row.Table))
        {
            if (child.Kind is not null || child.Name == SiteKinds.Citations)
            {
                continue;
            }

            foreach (var r in model.RowsReferring(row, child, back))
            {
                Take(r);
            }
        }

        return found.DistinctBy(r => r.Table.Name + ":" + r.Key);
    }

    /// <summary>A row's date in words, or that of the first dated row it refers to (a statement's event).</summary>
    private static string? DateOf(SiteModel model, SiteRow row)
    {
        var dated = SiteDates.IsDated(row.Table)
            ? row
            : row.Table.Columns.Select(c => model.Referenced(row, c)).FirstOrDefault(r => r is not null && SiteDates.IsDated(r.Table));
        return dated is null ? null : Tags().Replace(SiteDates.Describe(dated)!, string.Empty);
    }

    private static string Plural(SiteTable table) => (table.Kind?.Plural ?? Html.Humanize(table.Name)).ToLowerInvariant();

    private static string Singular(string table) => Html.Humanize(table.EndsWith('s') ? table[..^1] : table);

    private static string Join(IReadOnlyList<string> names) => names.Count switch
    {
        0 => "the dataset",
        1 => names[0],
        _ => string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1],
    };

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();
}
