using Dapper;

namespace AzerbaijanSyria.Relations.Tests;

/// <summary>
/// Offices as terms (second audit, rule 5), in the shipped data: "who held office on day X" is
/// answered from each office's term, not only from the days of the events a person took part in.
/// </summary>
public sealed class OfficeTermsTests
{
    [Theory]
    [InlineData("2022-06-15")]
    [InlineData("2021-01-05")]
    public async Task GetPositionsOnAsync_names_both_presidents_and_foreign_ministers_on_a_day_far_from_any_event(string day)
    {
        await using var db = await RelationsDataset.OpenAsync(Repo.ShippedDatabase);

        var held = (await db.GetPositionsOnAsync(DateOnly.Parse(day))).Select(p => p.PositionId).ToList();

        Assert.Contains("ilham-aliyev-president", held);
        Assert.Contains("bashar-al-assad-president", held);
        Assert.Contains("jeyhun-bayramov-foreign-minister", held);
        Assert.Contains("faisal-al-mikdad-foreign-minister", held);
        Assert.DoesNotContain("walid-al-muallem-foreign-minister", held);
        Assert.DoesNotContain("elmar-mammadyarov-foreign-minister", held);
    }

    [Fact]
    public async Task GetPositionsOnAsync_hands_the_foreign_ministry_over_on_the_day_of_the_decree()
    {
        await using var db = await RelationsDataset.OpenAsync(Repo.ShippedDatabase);

        var before = (await db.GetPositionsOnAsync(new DateOnly(2020, 7, 15))).Select(p => p.PositionId).ToList();
        var after = (await db.GetPositionsOnAsync(new DateOnly(2020, 7, 17))).Select(p => p.PositionId).ToList();

        Assert.Contains("elmar-mammadyarov-foreign-minister", before);
        Assert.DoesNotContain("jeyhun-bayramov-foreign-minister", before);
        Assert.Contains("jeyhun-bayramov-foreign-minister", after);
        Assert.DoesNotContain("elmar-mammadyarov-foreign-minister", after);
    }

    [Fact]
    public void Every_office_says_how_each_of_its_bounds_is_known()
    {
        using var db = Shipped.Open();

        var unexplained = db.Query<string>(
            """
            SELECT position_id FROM positions
            WHERE ((start_earliest IS NOT NULL OR start_latest IS NOT NULL) AND start_basis IS NULL)
               OR ((end_earliest IS NOT NULL OR end_latest IS NOT NULL) AND end_basis IS NULL)
            """);

        Assert.Empty(unexplained);
    }
}
