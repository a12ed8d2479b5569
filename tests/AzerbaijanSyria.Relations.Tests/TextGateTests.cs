using Dapper;
using AzerbaijanSyria.Relations.Tests.TextGate;

namespace AzerbaijanSyria.Relations.Tests;

/// <summary>
/// The text gate: every title, summary, note, claim and statement text of the shipped database is
/// spelled right (hunspell with the English dictionaries and the project's word list of names and
/// terms), keeps its possessive apostrophes, and shares no run of nine words with a source text the
/// project holds (the article and the extended facts under ../shared). Each check is also run on
/// the 2.0.0 file, whose lost apostrophes and copied runs it must find, so a check that cannot fail
/// fails here.
/// </summary>
public sealed class TextGateTests
{
    private static readonly string GateFolder = Path.Combine(Repo.Root, "tests", "AzerbaijanSyria.Relations.Tests", "TextGate");

    private static string WordList => Path.Combine(GateFolder, "words.txt");

    private static string PossessiveNames => Path.Combine(GateFolder, "possessive-names.txt");

    [Fact]
    public void Text_fields_keep_every_possessive_apostrophe_when_read_from_the_shipped_file()
    {
        var found = LostApostrophesIn(Repo.ShippedDatabase);

        Assert.True(found.Count == 0,
            "These fields hold a possessive without its apostrophe (write Syria's; in SQL 'Syria''s'); correct them with an UPDATE under a reason:\n" + string.Join('\n', found));
    }

    [Fact]
    public void Text_fields_lose_apostrophes_when_read_from_the_2_0_0_file()
    {
        var found = LostApostrophesIn(Repo.Release200Database);

        Assert.Contains(found, f => f.EndsWith(": Syrias", StringComparison.Ordinal));
        Assert.Contains(found, f => f.EndsWith(": statements own", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void Text_fields_share_no_run_of_nine_words_with_a_source_when_read_from_the_shipped_file()
    {
        var found = SharedRunsIn(Repo.ShippedDatabase);

        Assert.True(found.Count == 0,
            $"These fields repeat {SharedRuns.RunLength} or more words in a row from a source text; facts carry over, sentences do not: reword them in an UPDATE under a reason:\n" + string.Join('\n', found));
    }

    [SkippableFact]
    public void Text_fields_share_runs_with_a_source_when_read_from_the_2_0_0_file()
    {
        var found = SharedRunsIn(Repo.Release200Database);

        Assert.Contains(found, f => f.StartsWith("events al-sharaa-visits-baku summary:", StringComparison.Ordinal));
    }

    [SkippableFact]
    [Trait("Category", "Slow")]
    public void Text_fields_are_spelled_right_when_read_from_the_shipped_file()
    {
        var found = MisspellingsIn(Repo.ShippedDatabase);

        Assert.True(found.Count == 0,
            $"hunspell ({SpellCheck.Dictionaries}) does not know these words, nor does {Path.GetRelativePath(Repo.Root, WordList)}. " +
            "Correct a misspelling in an UPDATE under a reason; add a proper name, acronym or term (never an ordinary word) to the list:\n" + string.Join('\n', found));
    }

    [SkippableFact]
    [Trait("Category", "Slow")]
    public void Text_fields_are_misspelled_when_read_from_the_2_0_0_file()
    {
        var found = MisspellingsIn(Repo.Release200Database);

        Assert.Contains(found, f => f.EndsWith(": Azerbaijans", StringComparison.Ordinal));
        Assert.Contains(found, f => f.EndsWith(": ministrys", StringComparison.Ordinal));
    }

    [SkippableFact]
    [Trait("Category", "Slow")]
    public void Word_list_holds_only_words_the_dictionaries_do_not_know_and_the_data_uses()
    {
        var hunspell = Processes.Require("hunspell", SpellCheck.Install);
        var list = SpellCheck.ReadList(WordList);
        var known = list.Where(w => !w.Contains('-') && !w.Contains('\'')).Except(SpellCheck.Unknown(hunspell, list), StringComparer.Ordinal).ToList();
        var text = string.Join('\n', TextField.Read(Repo.ShippedDatabase).Select(f => f.Text.Replace('’', '\'')));
        var unused = list.Where(w => !text.Contains(w, StringComparison.Ordinal) && !text.Contains(char.ToUpperInvariant(w[0]) + w[1..], StringComparison.Ordinal)).ToList();
        var names = LostApostrophes.ReadNames(PossessiveNames, CountryAndPersonNames(Repo.ShippedDatabase));
        var bare = list.Where(w => new LostApostrophes(names).Find(w).Any()).ToList();

        Assert.True(known.Count == 0, "The dictionaries already know these; remove them from the word list: " + string.Join(", ", known));
        Assert.True(unused.Count == 0, "No text field uses these any more; remove them from the word list: " + string.Join(", ", unused));
        Assert.True(bare.Count == 0, "These are possessives without their apostrophe and must not be listed: " + string.Join(", ", bare));
    }

    [Theory]
    [InlineData("Syrias ambassador", "Syrias")]
    [InlineData("the Türkiyes government", "Türkiyes")]
    [InlineData("Bashar al-Assads remarks", "Assads")]
    [InlineData("Turkeys army", "Turkeys")]
    [InlineData("the statements own date", "statements own")]
    [InlineData("the interviews own date", "interviews own")]
    public void LostApostrophes_finds_the_word_when_a_possessive_lost_its_apostrophe(string text, string expected)
    {
        var check = new LostApostrophes(LostApostrophes.ReadNames(PossessiveNames, ["Syria", "Türkiye", "Bashar al-Assad"]));

        Assert.Equal([expected], check.Find(text));
    }

    [Theory]
    [InlineData("Syria's ambassador and the Syrians")]
    [InlineData("Syria’s ambassador")]
    [InlineData("the council set its own agenda; each of theirs own")]
    [InlineData("His own office ended that day. Its own page says so.")]
    [InlineData("Assad's remarks, al-Assad's government")]
    public void LostApostrophes_finds_nothing_when_possessives_keep_their_apostrophe(string text)
    {
        var check = new LostApostrophes(LostApostrophes.ReadNames(PossessiveNames, ["Syria", "Bashar al-Assad"]));

        Assert.Empty(check.Find(text));
    }

    [Fact]
    public void SharedRuns_finds_a_run_when_nine_words_match_and_not_when_eight_do()
    {
        var runs = new SharedRuns([("page", "The minister said, on Monday, that the two countries will open embassies soon.")]);

        Assert.Equal(("the minister said on monday that the two countries", "page"), runs.FirstShared("As reported, THE minister said on Monday that the two countries agreed."));
        Assert.Null(runs.FirstShared("The minister said on Monday that the two nations agreed."));
    }

    [Fact]
    public void SharedRuns_finds_nothing_when_the_run_lies_inside_a_recorded_name()
    {
        const string name = "Joint Commission on Economic, Scientific, Technical and Cultural Cooperation";
        var runs = new SharedRuns([("page", "They founded the " + name + " in 2009.")], [name]);

        Assert.Null(runs.FirstShared("The " + name + " met in Baku."));
    }

    [Theory]
    [InlineData("Report.az and Day.Az say so", "and,say,so")]
    [InlineData("Aliyev's visit of 12 July, the 1990s", "visit,of,July,the")]
    [InlineData("Sheikh-ul-Islam al-Sharaa met a chargé d'affaires", "al,met,a")]
    [InlineData("Iftars and iftar meals", "and,meals")]
    public void SpellCheck_looks_up_only_unlisted_words_when_text_has_addresses_numbers_and_names(string text, string expected)
    {
        var check = new SpellCheck(["Aliyev", "Sheikh-ul-Islam", "Sharaa", "chargé", "d'affaires", "iftar", "iftars"]);

        Assert.Equal(expected.Split(','), check.WordsToLookUp(text));
    }

    private static IReadOnlyList<string> CountryAndPersonNames(string database)
    {
        using var db = new Microsoft.Data.Sqlite.SqliteConnection(RelationsDataset.ReadOnlyConnectionString(database));
        db.Open();
        return db.Query<string>("SELECT name FROM countries UNION SELECT name FROM people").ToList();
    }

    private static List<string> LostApostrophesIn(string database)
    {
        var check = new LostApostrophes(LostApostrophes.ReadNames(PossessiveNames, CountryAndPersonNames(database)));
        return TextField.Read(database)
            .SelectMany(f => check.Find(f.Text).Select(word => $"{f}: {word}"))
            .ToList();
    }

    private static List<string> SharedRunsIn(string database)
    {
        var shared = Path.GetFullPath(Path.Combine(Repo.Root, "..", "shared"));
        if (!Directory.Exists(Path.Combine(shared, "seeds")) || !File.Exists(Path.Combine(shared, "sources", "extended-facts.md")))
        {
            if (Environment.GetEnvironmentVariable("CI") == "true")
            {
                throw new InvalidOperationException($"The source texts are not at {shared} (seeds/*.txt and sources/extended-facts.md); CI checks out ../shared beside the repository.");
            }

            Skip.If(true, $"The source texts are not at {shared}; the check runs where ../shared is checked out (CI).");
        }

        var runs = new SharedRuns(SharedRuns.ReadSources(shared), TextField.Names(database));
        return TextField.Read(database)
            .Where(f => !(f.Table == "sources" && f.Column == "title")) // a page's title is the page's own name
            .Select(f => (Field: f, Shared: runs.FirstShared(f.Text)))
            .Where(x => x.Shared is not null)
            .Select(x => $"{x.Field}: \"{x.Shared!.Value.Run} ...\" ({x.Shared.Value.Source})")
            .ToList();
    }

    private static List<string> MisspellingsIn(string database)
    {
        var hunspell = Processes.Require("hunspell", SpellCheck.Install);
        var check = new SpellCheck(SpellCheck.ReadList(WordList));
        var fields = TextField.Read(database).Select(f => (Field: f, Words: check.WordsToLookUp(f.Text).ToList())).ToList();
        var unknown = SpellCheck.Unknown(hunspell, fields.SelectMany(f => f.Words));
        return fields
            .SelectMany(f => f.Words.Where(unknown.Contains).Distinct(StringComparer.Ordinal).Select(w => $"{f.Field}: {w}"))
            .ToList();
    }
}
