using System.Text.Json;
using Dapper;

namespace AzerbaijanSyria.Relations.Tests;

/// <summary>
/// The site's search (<c>assets/search.js</c>) against the library's: run in Node through
/// <c>Browser/search-check.mjs</c> on the site of the shipped file, it must cut and stem every word
/// of every indexed text as SQLite's FTS5 does, and find for each query exactly the rows the library's
/// <see cref="RelationsDataset.SearchAsync"/> finds, reading the same syntax. The site also finds rows
/// by the recorded spellings of the names they carry; the library must give one of the two answers,
/// the indexed texts' alone or with the names, so the test holds whether or not the library indexes names.
/// </summary>
[Trait("Category", "Slow")]
public sealed class SiteSearchTests
{
    private static readonly string Script = Path.Combine(Repo.Root, "tests", "AzerbaijanSyria.Relations.Tests", "Browser", "search-check.mjs");

    /// <summary>Queries of every form <c>azsy search</c> takes: words, phrases, prefixes, operators, groups, accents, punctuation inside a word.</summary>
    private static readonly string[] Queries =
    [
        "gas", "gas OR aid", "gas NOT memorandum", "\"gas supply\"", "\"gas sup\"*", "memo*", "energ*", "(gas OR convoy) AND Syria",
        "Turkiye", "visits", "visited", "al-Sharaa", "humanitarian aid NOT Israel", "gas OR aid NOT Türkiye", "Aliyev Assad",
        "earthquake", "embassy (opens OR reopens)", "\"joint commission\" OR iftar", "Mikdad", "Mekdad", "Miqdad", "Əliyev",
    ];

    [SkippableFact]
    public async Task Site_search_finds_what_the_library_finds_and_stems_as_fts5_does()
    {
        var node = Processes.Require("node", "apt-get install nodejs");
        var site = SiteExport.Shipped.Root; // the run's site of the shipped file, which the script only reads
        using var queries = new TempFile(".json");
        File.WriteAllText(queries.Path, JsonSerializer.Serialize(Queries));
        using var tokens = new TempFile(".json");
        File.WriteAllText(tokens.Path, JsonSerializer.Serialize(IndexedTexts()));

        var run = Processes.Run(node, [Script, "--site", site, "--queries", queries.Path, "--tokens", tokens.Path]);

        Assert.True(run.ExitCode == 0, $"search-check.mjs exited {run.ExitCode}:\n{run.Error}");
        using var report = JsonDocument.Parse(run.Output);
        var words = report.RootElement.GetProperty("tokens");
        Assert.True(words.GetProperty("checked").GetInt32() > 0);
        Assert.True(words.GetProperty("mismatches").GetArrayLength() == 0, words.GetProperty("mismatches").ToString());

        await using var db = await RelationsDataset.OpenAsync(Repo.ShippedDatabase);
        var answers = report.RootElement.GetProperty("queries");
        foreach (var query in Queries)
        {
            var answer = answers.GetProperty(query);
            Assert.False(answer.TryGetProperty("problem", out var problem), $"{query}: {problem}");
            var library = (await db.SearchAsync(query, limit: 100_000)).Select(h => $"{h.Kind}:{h.Id}").Order(StringComparer.Ordinal).ToList();
            var texts = Ids(answer, "texts").Where(IsIndexedKind).ToList();
            var names = Ids(answer, "names").Where(IsIndexedKind).ToList();
            Assert.True(library.SequenceEqual(texts) || library.SequenceEqual(names),
                $"{query}: the library finds {string.Join(", ", library)}\nthe site's texts {string.Join(", ", texts)}\nwith names {string.Join(", ", names)}");
        }

        // The spellings: each recorded spelling of a name finds the same events on the site.
        var mikdad = Ids(answers.GetProperty("Mikdad"), "names");
        Assert.Contains(mikdad, id => id.StartsWith("event:", StringComparison.Ordinal));
        Assert.Equal(mikdad.Where(id => id.StartsWith("event:", StringComparison.Ordinal)), Ids(answers.GetProperty("Miqdad"), "names").Where(id => id.StartsWith("event:", StringComparison.Ordinal)));
        Assert.Equal(mikdad.Where(id => id.StartsWith("event:", StringComparison.Ordinal)), Ids(answers.GetProperty("Mekdad"), "names").Where(id => id.StartsWith("event:", StringComparison.Ordinal)));
    }

    [SkippableFact]
    public void Site_search_refuses_what_azsy_search_refuses_with_the_same_words()
    {
        var node = Processes.Require("node", "apt-get install nodejs");
        string[] bad = ["\"gas", "NOT gas", "gas OR", "gas OR AND aid", "(gas", "gas)", "gas ()"];
        var site = SiteExport.Shipped.Root; // the run's site of the shipped file, which the script only reads
        using var queries = new TempFile(".json");
        File.WriteAllText(queries.Path, JsonSerializer.Serialize(bad));
        using var tokens = new TempFile(".json");
        File.WriteAllText(tokens.Path, "[]");

        var run = Processes.Run(node, [Script, "--site", site, "--queries", queries.Path, "--tokens", tokens.Path]);

        Assert.True(run.ExitCode == 0, run.Error);
        using var report = JsonDocument.Parse(run.Output);
        foreach (var query in bad)
        {
            var problem = report.RootElement.GetProperty("queries").GetProperty(query).GetProperty("problem").GetString()!;
            Assert.Equal(FullTextQuery.Check(query), LibraryMessages.BadSearch(problem));
        }
    }

    /// <summary>Whether a site result is of a kind the library's search returns (the site also finds people, organizations and places by name).</summary>
    private static bool IsIndexedKind(string id) =>
        id.StartsWith("event:", StringComparison.Ordinal) || id.StartsWith("statement:", StringComparison.Ordinal) || id.StartsWith("agreement:", StringComparison.Ordinal);

    private static List<string> Ids(JsonElement answer, string name) =>
        answer.GetProperty(name).EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal).ToList();

    /// <summary>Every text the full-text indexes hold, with the terms FTS5 made of it, read from its vocabulary.</summary>
    private static List<object> IndexedTexts()
    {
        using var db = Shipped.Open();
        var texts = new List<object>();
        foreach (var (index, table, columns) in new[] { ("events_fts", "events", new[] { "title", "summary" }), ("statements_fts", "statements", ["summary"]), ("agreements_fts", "agreements", ["title", "summary"]) })
        {
            db.Execute($"CREATE VIRTUAL TABLE temp.{index}_words USING fts5vocab(main, {index}, instance)");
            var terms = db.Query<(long Doc, string Col, long Offset, string Term)>($"SELECT doc, col, offset, term FROM temp.{index}_words")
                .ToLookup(t => (t.Doc, t.Col));
            foreach (var column in columns)
            {
                foreach (var (rowid, text) in db.Query<(long RowId, string? Text)>($"SELECT rowid, {column} FROM {table}"))
                {
                    if (text is null)
                    {
                        continue;
                    }

                    texts.Add(new { text, terms = terms[(rowid, column)].OrderBy(t => t.Offset).Select(t => t.Term).ToList() });
                }
            }
        }

        return texts;
    }
}
