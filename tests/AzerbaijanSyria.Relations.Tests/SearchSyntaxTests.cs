using AzerbaijanSyria.Relations.Cli;

namespace AzerbaijanSyria.Relations.Tests;

/// <summary>Search takes what FTS5 users type (OR, AND, NOT, phrases, prefixes, groups), and says what it takes when the text is not a query.</summary>
public sealed class SearchSyntaxTests
{
    private static async Task<HashSet<string>> Ids(string text)
    {
        await using var db = await RelationsDataset.OpenAsync(FixtureDatabase.Path);
        return (await db.SearchAsync(text, limit: 100)).Select(h => $"{h.Kind}:{h.Id}").ToHashSet();
    }

    [Fact]
    public async Task SearchAsync_finds_either_word_when_they_are_joined_by_OR()
    {
        var gas = await Ids("gas");
        var aid = await Ids("aid");

        var either = await Ids("gas OR aid");

        Assert.NotEmpty(gas);
        Assert.NotEmpty(aid);
        Assert.Equal(gas.Union(aid).Order(), either.Order());
    }

    [Fact]
    public async Task SearchAsync_leaves_out_matches_of_the_word_after_NOT()
    {
        var gas = await Ids("gas");
        var memorandum = await Ids("memorandum");

        var without = await Ids("gas NOT memorandum");

        Assert.NotEmpty(gas.Intersect(memorandum));
        Assert.Equal(gas.Except(memorandum).Order(), without.Order());
    }

    [Fact]
    public async Task SearchAsync_matches_a_phrase_only_where_its_words_stand_together()
    {
        var phrase = await Ids("\"gas memorandum\"");
        var words = await Ids("memorandum gas");

        Assert.Contains("event:gas-memorandum-signed", phrase);
        Assert.True(phrase.IsSubsetOf(words));
        Assert.Empty(await Ids("\"memorandum gas\""));
    }

    [Fact]
    public async Task SearchAsync_matches_words_that_start_with_a_prefix()
    {
        Assert.Empty(await Ids("memo"));
        Assert.Contains("event:gas-memorandum-signed", await Ids("memo*"));
        Assert.Equal(await Ids("(gas OR convoy) AND Syria"), (await Ids("gas Syria")).Union(await Ids("convoy Syria")).ToHashSet());
    }

    [Theory]
    [InlineData("\"gas", "has a \" that is not closed")]
    [InlineData("NOT gas", "starts with NOT, which takes something on each side: gas NOT oil is gas without oil")]
    [InlineData("gas OR", "ends with OR, which takes something on each side, as in gas OR aid")]
    [InlineData("gas OR AND aid", "has AND right after OR")]
    [InlineData("(gas", "has a ( that is not closed")]
    [InlineData("gas)", "has a ) with no ( before it")]
    [InlineData("gas ()", "has parentheses with no words between them")]
    public async Task SearchAsync_throws_saying_what_it_takes_when_the_text_is_not_a_query(string text, string problem)
    {
        await using var db = await RelationsDataset.OpenAsync(FixtureDatabase.Path);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => db.SearchAsync(text));

        Assert.StartsWith(LibraryMessages.BadSearch(problem), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_exits_2_with_what_it_takes_when_the_text_is_not_a_query()
    {
        var (exit, output, error) = AzsyInProcess.Run("search", "gas AND", "--db", FixtureDatabase.Path);

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Equal(Messages.Usage(LibraryMessages.BadSearch("ends with AND, which takes something on each side, as in gas AND aid")) + Environment.NewLine, error);
    }

    [Fact]
    public void Search_takes_punctuation_inside_a_word_as_part_of_it()
    {
        var (exit, _, error) = AzsyInProcess.Run("search", "al-Sharaa title:gas (x) NEAR", "--db", FixtureDatabase.Path);

        Assert.Equal(0, exit);
        Assert.Empty(error);
    }

    [Fact]
    public void Search_says_that_a_lowercase_or_is_a_word_when_nothing_matches()
    {
        var (exit, output, _) = AzsyInProcess.Run("search", "gas or aid", "--db", FixtureDatabase.Path);

        Assert.Equal(0, exit);
        Assert.EndsWith("(0 matches)" + Environment.NewLine + Messages.LowercaseOperator("or") + Environment.NewLine, output, StringComparison.Ordinal);
    }
}
