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

    /// <summary>
    /// The holders of each country's top offices on days from 1992 to 2026, one day in each year
    /// and the days around the handovers, as the pages cited for each term name them, in the order
    /// president (head of state), prime minister (head of government), foreign minister of
    /// Azerbaijan, then of Syria. Null: no holder is certain that day (a handover the pages date
    /// differently, a recorded coverage gap, an office that does not exist, or a term whose newest
    /// page is older). The pages behind each term:
    /// Azerbaijan, presidents: it.wiki7.org (Mutallibov), wikiland.org (Yagub Mammadov),
    /// infogalactic.com and kids.kiddle.co (Isa Gambar), en.wikipedia.org and piglix.com (Elchibey),
    /// en.wikipedia.org (Heydar Aliyev, acting from 24 June 1993), rferl.org (Ilham Aliyev);
    /// prime ministers: profilpelajar.com's table (1990-2019), wikimili.com (Ali Asadov);
    /// foreign ministers: az.azvision.az (Sadigov), metbuat.az and turan.az (Gasimov), azkurs.org
    /// (Hasanov), en.wikipedia.org (Zulfugarov), iwpr.net and de.wikiup.org (Guliyev, Mammadyarov),
    /// turan.az (Bayramov). Syria, presidents: techsciencenews.com (Hafez al-Assad),
    /// simple.wikipedia.org (Khaddam), en.wikipedia.org (Bashar al-Assad), askwikinow.com (al-Sharaa
    /// as de facto leader), report.az (al-Sharaa as president); prime ministers: en.wikipedia.org
    /// (al-Zoubi, Mero), l.global.ssl.fastly.net (al-Otari), wikimili.com (Safar's government,
    /// Arnous), gutenberg.us (Hijab), jablog.org (Ghalawanji, al-Halqi), abnews.ru (Khamis),
    /// wiki.eso.workers.dev (al-Jalali), menafn.com (al-Bashir), daily8.com (no prime minister from
    /// March 2025); foreign ministers: atozwiki.com (Farouk al-Sharaa), urdupoint.com (al-Muallem),
    /// en.smanews.org and kyma.com (al-Mikdad), turkiyetoday.com (Sabbagh), tartv.in (al-Shaibani).
    /// </summary>
    public static TheoryData<string, string?, string?, string?, string?, string?, string?> TopOfficeHolders => new()
    {
        { "1992-01-15", "ayaz-mutallibov-president", "hasan-hasanov-prime-minister", "huseynaga-sadigov-foreign-minister", "hafez-al-assad-president", "mahmoud-al-zoubi-prime-minister", "farouk-al-sharaa-foreign-minister" },
        { "1992-04-01", "yagub-mammadov-acting-president", "hasan-hasanov-prime-minister", "huseynaga-sadigov-foreign-minister", "hafez-al-assad-president", "mahmoud-al-zoubi-prime-minister", "farouk-al-sharaa-foreign-minister" },
        { "1992-04-20", "yagub-mammadov-acting-president", "firuz-mustafayev-acting-prime-minister", "huseynaga-sadigov-foreign-minister", "hafez-al-assad-president", "mahmoud-al-zoubi-prime-minister", "farouk-al-sharaa-foreign-minister" },
        { "1992-05-16", "ayaz-mutallibov-president-may-1992", "firuz-mustafayev-acting-prime-minister", "huseynaga-sadigov-foreign-minister", "hafez-al-assad-president", "mahmoud-al-zoubi-prime-minister", "farouk-al-sharaa-foreign-minister" },
        { "1992-06-01", "isa-gambar-acting-president", "rahim-huseynov-prime-minister", "tofig-gasimov-foreign-minister", "hafez-al-assad-president", "mahmoud-al-zoubi-prime-minister", "farouk-al-sharaa-foreign-minister" },
        { "1992-12-01", "abulfaz-elchibey-president", "rahim-huseynov-prime-minister", "tofig-gasimov-foreign-minister", "hafez-al-assad-president", "mahmoud-al-zoubi-prime-minister", "farouk-al-sharaa-foreign-minister" },
        { "1993-03-01", "abulfaz-elchibey-president", "ali-masimov-prime-minister", "tofig-gasimov-foreign-minister", "hafez-al-assad-president", "mahmoud-al-zoubi-prime-minister", "farouk-al-sharaa-foreign-minister" },
        // No page names a foreign minister from April to September 1993 (coverage gap).
        { "1993-05-15", "abulfaz-elchibey-president", "panah-huseynov-prime-minister", null, "hafez-al-assad-president", "mahmoud-al-zoubi-prime-minister", "farouk-al-sharaa-foreign-minister" },
        { "1993-08-01", "heydar-aliyev-acting-president", "surat-huseynov-prime-minister", null, "hafez-al-assad-president", "mahmoud-al-zoubi-prime-minister", "farouk-al-sharaa-foreign-minister" },
        { "1993-10-09", "heydar-aliyev-acting-president", "surat-huseynov-prime-minister", "hasan-hasanov-foreign-minister", "hafez-al-assad-president", "mahmoud-al-zoubi-prime-minister", "farouk-al-sharaa-foreign-minister" },
        { "1993-10-11", "heydar-aliyev-president", "surat-huseynov-prime-minister", "hasan-hasanov-foreign-minister", "hafez-al-assad-president", "mahmoud-al-zoubi-prime-minister", "farouk-al-sharaa-foreign-minister" },
        { "1994-06-01", "heydar-aliyev-president", "surat-huseynov-prime-minister", "hasan-hasanov-foreign-minister", "hafez-al-assad-president", "mahmoud-al-zoubi-prime-minister", "farouk-al-sharaa-foreign-minister" },
        { "1995-06-01", "heydar-aliyev-president", "fuad-guliyev-prime-minister", "hasan-hasanov-foreign-minister", "hafez-al-assad-president", "mahmoud-al-zoubi-prime-minister", "farouk-al-sharaa-foreign-minister" },
        { "1996-06-01", "heydar-aliyev-president", "fuad-guliyev-prime-minister", "hasan-hasanov-foreign-minister", "hafez-al-assad-president", "mahmoud-al-zoubi-prime-minister", "farouk-al-sharaa-foreign-minister" },
        { "1997-06-01", "heydar-aliyev-president", "artur-rasizade-prime-minister-1996", "hasan-hasanov-foreign-minister", "hafez-al-assad-president", "mahmoud-al-zoubi-prime-minister", "farouk-al-sharaa-foreign-minister" },
        // No page names a foreign minister between 17 February and 5 March 1998 (coverage gap).
        { "1998-02-25", "heydar-aliyev-president", "artur-rasizade-prime-minister-1996", null, "hafez-al-assad-president", "mahmoud-al-zoubi-prime-minister", "farouk-al-sharaa-foreign-minister" },
        { "1998-06-01", "heydar-aliyev-president", "artur-rasizade-prime-minister-1996", "tofig-zulfugarov-foreign-minister", "hafez-al-assad-president", "mahmoud-al-zoubi-prime-minister", "farouk-al-sharaa-foreign-minister" },
        { "1999-11-15", "heydar-aliyev-president", "artur-rasizade-prime-minister-1996", "vilayat-guliyev-foreign-minister", "hafez-al-assad-president", "mahmoud-al-zoubi-prime-minister", "farouk-al-sharaa-foreign-minister" },
        { "2000-03-01", "heydar-aliyev-president", "artur-rasizade-prime-minister-1996", "vilayat-guliyev-foreign-minister", "hafez-al-assad-president", "mahmoud-al-zoubi-prime-minister", "farouk-al-sharaa-foreign-minister" },
        // Mero's start is 7 or 13 March 2000 (discrepancy), so 20 March is after both.
        { "2000-03-20", "heydar-aliyev-president", "artur-rasizade-prime-minister-1996", "vilayat-guliyev-foreign-minister", "hafez-al-assad-president", "muhammad-mustafa-mero-prime-minister", "farouk-al-sharaa-foreign-minister" },
        { "2000-06-20", "heydar-aliyev-president", "artur-rasizade-prime-minister-1996", "vilayat-guliyev-foreign-minister", "abdul-halim-khaddam-interim-president", "muhammad-mustafa-mero-prime-minister", "farouk-al-sharaa-foreign-minister" },
        { "2000-08-01", "heydar-aliyev-president", "artur-rasizade-prime-minister-1996", "vilayat-guliyev-foreign-minister", "bashar-al-assad-president", "muhammad-mustafa-mero-prime-minister", "farouk-al-sharaa-foreign-minister" },
        { "2001-06-01", "heydar-aliyev-president", "artur-rasizade-prime-minister-1996", "vilayat-guliyev-foreign-minister", "bashar-al-assad-president", "muhammad-mustafa-mero-prime-minister", "farouk-al-sharaa-foreign-minister" },
        { "2002-06-01", "heydar-aliyev-president", "artur-rasizade-prime-minister-1996", "vilayat-guliyev-foreign-minister", "bashar-al-assad-president", "muhammad-mustafa-mero-prime-minister", "farouk-al-sharaa-foreign-minister" },
        { "2003-08-10", "heydar-aliyev-president", "ilham-aliyev-prime-minister", "vilayat-guliyev-foreign-minister", "bashar-al-assad-president", "muhammad-mustafa-mero-prime-minister", "farouk-al-sharaa-foreign-minister" },
        { "2003-11-02", "ilham-aliyev-president", "ilham-aliyev-prime-minister", "vilayat-guliyev-foreign-minister", "bashar-al-assad-president", "muhammad-naji-al-otari-prime-minister", "farouk-al-sharaa-foreign-minister" },
        { "2003-11-10", "ilham-aliyev-president", "artur-rasizade-prime-minister", "vilayat-guliyev-foreign-minister", "bashar-al-assad-president", "muhammad-naji-al-otari-prime-minister", "farouk-al-sharaa-foreign-minister" },
        { "2004-04-01", "ilham-aliyev-president", "artur-rasizade-prime-minister", "vilayat-guliyev-foreign-minister", "bashar-al-assad-president", "muhammad-naji-al-otari-prime-minister", "farouk-al-sharaa-foreign-minister" },
        { "2004-04-03", "ilham-aliyev-president", "artur-rasizade-prime-minister", "elmar-mammadyarov-foreign-minister", "bashar-al-assad-president", "muhammad-naji-al-otari-prime-minister", "farouk-al-sharaa-foreign-minister" },
        { "2005-06-01", "ilham-aliyev-president", "artur-rasizade-prime-minister", "elmar-mammadyarov-foreign-minister", "bashar-al-assad-president", "muhammad-naji-al-otari-prime-minister", "farouk-al-sharaa-foreign-minister" },
        { "2006-02-05", "ilham-aliyev-president", "artur-rasizade-prime-minister", "elmar-mammadyarov-foreign-minister", "bashar-al-assad-president", "muhammad-naji-al-otari-prime-minister", "farouk-al-sharaa-foreign-minister" },
        { "2006-02-15", "ilham-aliyev-president", "artur-rasizade-prime-minister", "elmar-mammadyarov-foreign-minister", "bashar-al-assad-president", "muhammad-naji-al-otari-prime-minister", "walid-al-muallem-foreign-minister" },
        { "2007-06-01", "ilham-aliyev-president", "artur-rasizade-prime-minister", "elmar-mammadyarov-foreign-minister", "bashar-al-assad-president", "muhammad-naji-al-otari-prime-minister", "walid-al-muallem-foreign-minister" },
        { "2008-06-01", "ilham-aliyev-president", "artur-rasizade-prime-minister", "elmar-mammadyarov-foreign-minister", "bashar-al-assad-president", "muhammad-naji-al-otari-prime-minister", "walid-al-muallem-foreign-minister" },
        { "2009-06-01", "ilham-aliyev-president", "artur-rasizade-prime-minister", "elmar-mammadyarov-foreign-minister", "bashar-al-assad-president", "muhammad-naji-al-otari-prime-minister", "walid-al-muallem-foreign-minister" },
        { "2010-06-01", "ilham-aliyev-president", "artur-rasizade-prime-minister", "elmar-mammadyarov-foreign-minister", "bashar-al-assad-president", "muhammad-naji-al-otari-prime-minister", "walid-al-muallem-foreign-minister" },
        { "2011-06-01", "ilham-aliyev-president", "artur-rasizade-prime-minister", "elmar-mammadyarov-foreign-minister", "bashar-al-assad-president", "adel-safar-prime-minister", "walid-al-muallem-foreign-minister" },
        { "2012-07-01", "ilham-aliyev-president", "artur-rasizade-prime-minister", "elmar-mammadyarov-foreign-minister", "bashar-al-assad-president", "riyad-hijab-prime-minister", "walid-al-muallem-foreign-minister" },
        { "2012-08-07", "ilham-aliyev-president", "artur-rasizade-prime-minister", "elmar-mammadyarov-foreign-minister", "bashar-al-assad-president", "omar-ghalawanji-acting-prime-minister", "walid-al-muallem-foreign-minister" },
        { "2012-09-01", "ilham-aliyev-president", "artur-rasizade-prime-minister", "elmar-mammadyarov-foreign-minister", "bashar-al-assad-president", "wael-al-halqi-prime-minister", "walid-al-muallem-foreign-minister" },
        { "2013-06-01", "ilham-aliyev-president", "artur-rasizade-prime-minister", "elmar-mammadyarov-foreign-minister", "bashar-al-assad-president", "wael-al-halqi-prime-minister", "walid-al-muallem-foreign-minister" },
        { "2014-06-01", "ilham-aliyev-president", "artur-rasizade-prime-minister", "elmar-mammadyarov-foreign-minister", "bashar-al-assad-president", "wael-al-halqi-prime-minister", "walid-al-muallem-foreign-minister" },
        { "2015-06-01", "ilham-aliyev-president", "artur-rasizade-prime-minister", "elmar-mammadyarov-foreign-minister", "bashar-al-assad-president", "wael-al-halqi-prime-minister", "walid-al-muallem-foreign-minister" },
        { "2016-08-01", "ilham-aliyev-president", "artur-rasizade-prime-minister", "elmar-mammadyarov-foreign-minister", "bashar-al-assad-president", "imad-khamis-prime-minister", "walid-al-muallem-foreign-minister" },
        { "2017-06-01", "ilham-aliyev-president", "artur-rasizade-prime-minister", "elmar-mammadyarov-foreign-minister", "bashar-al-assad-president", "imad-khamis-prime-minister", "walid-al-muallem-foreign-minister" },
        { "2018-06-01", "ilham-aliyev-president", "novruz-mammadov-prime-minister", "elmar-mammadyarov-foreign-minister", "bashar-al-assad-president", "imad-khamis-prime-minister", "walid-al-muallem-foreign-minister" },
        { "2019-06-01", "ilham-aliyev-president", "novruz-mammadov-prime-minister", "elmar-mammadyarov-foreign-minister", "bashar-al-assad-president", "imad-khamis-prime-minister", "walid-al-muallem-foreign-minister" },
        { "2019-11-01", "ilham-aliyev-president", "ali-asadov-prime-minister", "elmar-mammadyarov-foreign-minister", "bashar-al-assad-president", "imad-khamis-prime-minister", "walid-al-muallem-foreign-minister" },
        { "2020-07-17", "ilham-aliyev-president", "ali-asadov-prime-minister", "jeyhun-bayramov-foreign-minister", "bashar-al-assad-president", "hussein-arnous-prime-minister", "walid-al-muallem-foreign-minister" },
        // Between al-Muallem's death on 16 November and al-Mikdad's decree of 22 November 2020.
        { "2020-11-20", "ilham-aliyev-president", "ali-asadov-prime-minister", "jeyhun-bayramov-foreign-minister", "bashar-al-assad-president", "hussein-arnous-prime-minister", null },
        { "2021-06-01", "ilham-aliyev-president", "ali-asadov-prime-minister", "jeyhun-bayramov-foreign-minister", "bashar-al-assad-president", "hussein-arnous-prime-minister", "faisal-al-mikdad-foreign-minister" },
        { "2022-06-01", "ilham-aliyev-president", "ali-asadov-prime-minister", "jeyhun-bayramov-foreign-minister", "bashar-al-assad-president", "hussein-arnous-prime-minister", "faisal-al-mikdad-foreign-minister" },
        { "2023-06-01", "ilham-aliyev-president", "ali-asadov-prime-minister", "jeyhun-bayramov-foreign-minister", "bashar-al-assad-president", "hussein-arnous-prime-minister", "faisal-al-mikdad-foreign-minister" },
        { "2024-09-20", "ilham-aliyev-president", "ali-asadov-prime-minister", "jeyhun-bayramov-foreign-minister", "bashar-al-assad-president", "mohammad-ghazi-al-jalali-prime-minister", "faisal-al-mikdad-foreign-minister" },
        { "2024-12-07", "ilham-aliyev-president", "ali-asadov-prime-minister", "jeyhun-bayramov-foreign-minister", "bashar-al-assad-president", "mohammad-ghazi-al-jalali-prime-minister", "bassam-sabbagh-foreign-minister" },
        // No page names a foreign minister between the fall of 8 December and 21 December 2024 (coverage gap).
        { "2024-12-15", "ilham-aliyev-president", "ali-asadov-prime-minister", "jeyhun-bayramov-foreign-minister", "ahmed-al-sharaa-de-facto-leader", "mohammad-al-bashir-caretaker-pm", null },
        { "2025-01-10", "ilham-aliyev-president", "ali-asadov-prime-minister", "jeyhun-bayramov-foreign-minister", "ahmed-al-sharaa-de-facto-leader", "mohammad-al-bashir-caretaker-pm", "asaad-al-shaibani-foreign-minister" },
        { "2025-02-15", "ilham-aliyev-president", "ali-asadov-prime-minister", "jeyhun-bayramov-foreign-minister", "ahmed-al-sharaa-president", "mohammad-al-bashir-caretaker-pm", "asaad-al-shaibani-foreign-minister" },
        // The transitional cabinet of 29 March 2025 has no prime minister.
        { "2025-05-01", "ilham-aliyev-president", "ali-asadov-prime-minister", "jeyhun-bayramov-foreign-minister", "ahmed-al-sharaa-president", null, "asaad-al-shaibani-foreign-minister" },
        // The newest page read that shows al-Shaibani in office is of July 2025.
        { "2026-03-01", "ilham-aliyev-president", "ali-asadov-prime-minister", "jeyhun-bayramov-foreign-minister", "ahmed-al-sharaa-president", null, null },
    };

    [Theory]
    [MemberData(nameof(TopOfficeHolders))]
    public async Task GetPositionsOnAsync_names_the_holder_the_pages_name_for_each_top_office_on_days_from_1992_to_2026(
        string day, string? azerbaijanPresident, string? azerbaijanPrimeMinister, string? azerbaijanForeignMinister,
        string? syriaHeadOfState, string? syriaPrimeMinister, string? syriaForeignMinister)
    {
        Dictionary<string, string> levels;
        using (var connection = Shipped.Open())
        {
            levels = connection.Query<(string Id, string Level)>("SELECT position_id, office_level FROM positions WHERE office_level IS NOT NULL")
                .ToDictionary(r => r.Id, r => r.Level);
        }

        await using var db = await RelationsDataset.OpenAsync(Repo.ShippedDatabase);
        var held = await db.GetPositionsOnAsync(DateOnly.Parse(day));

        string?[] Holders(string country, string level) =>
            held.Where(p => p.CountryId == country && levels.GetValueOrDefault(p.PositionId) == level).Select(p => (string?)p.PositionId).ToArray();
        string?[] Expected(string? id) => id is null ? [] : [id];

        Assert.Equal(Expected(azerbaijanPresident), Holders("AZE", "head_of_state"));
        Assert.Equal(Expected(azerbaijanPrimeMinister), Holders("AZE", "head_of_government"));
        Assert.Equal(Expected(azerbaijanForeignMinister), Holders("AZE", "foreign_minister"));
        Assert.Equal(Expected(syriaHeadOfState), Holders("SYR", "head_of_state"));
        Assert.Equal(Expected(syriaPrimeMinister), Holders("SYR", "head_of_government"));
        Assert.Equal(Expected(syriaForeignMinister), Holders("SYR", "foreign_minister"));
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
