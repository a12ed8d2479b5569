using AzerbaijanSyria.Relations.Export.Site;

namespace AzerbaijanSyria.Relations.Tests;

/// <summary>The site's dates in words and its file names, rule by rule.</summary>
public sealed class SiteTextTests
{
    [Theory]
    [InlineData("2025-02-28", "2025-02-28", "day", "2025-02-28", "<time datetime=\"2025-02-28\">28 February 2025</time>")]
    [InlineData("2009-07-01", "2009-07-31", "month", "2009-07", "<time datetime=\"2009-07\">July 2009</time>")]
    [InlineData("2012-01-01", "2012-12-31", "year", "2012", "<time datetime=\"2012\">2012</time>")]
    [InlineData("2009-07-08", "2009-07-09", "range", "2009-07-08/2009-07-09", "from <time datetime=\"2009-07-08\">8 July 2009</time> to <time datetime=\"2009-07-09\">9 July 2009</time>")]
    [InlineData("2025-01-05", "2025-02-28", "range", "[2025-01-05..2025-02-28]", "some day between <time datetime=\"2025-01-05\">5 January 2025</time> and <time datetime=\"2025-02-28\">28 February 2025</time>")]
    [InlineData(null, "2025-06-21", "range", "[..2025-06-21]", "on or before <time datetime=\"2025-06-21\">21 June 2025</time>")]
    [InlineData("2025-06-21", null, "range", "[2025-06-21..]", "on or after <time datetime=\"2025-06-21\">21 June 2025</time>")]
    [InlineData(null, null, "unknown", "", "date unknown")]
    public void Describe_says_no_more_than_the_bounds_when_dates_are_uncertain(string? earliest, string? latest, string precision, string edtf, string expected)
    {
        Assert.Equal(expected, SiteDates.Describe(earliest, latest, precision, edtf));
    }

    [Theory]
    [InlineData("2024-12-01", "2025-02-28", 2024, 2025)]
    [InlineData(null, "2025-06-21", 2025, 2025)]
    public void Years_span_the_possible_days_when_a_side_is_open(string? earliest, string? latest, int from, int to)
    {
        Assert.Equal((from, to), SiteDates.Years(earliest, latest));
    }

    [Theory]
    [InlineData("rafiyev-visits-damascus", "rafiyev-visits-damascus")]
    [InlineData("event_participants", "event_participants")]
    [InlineData("SYR", "~53~59~52")]
    [InlineData("a/b", "a~2fb")]
    [InlineData("../x", "~2e~2e~2fx")]
    [InlineData("~", "~7e")]
    [InlineData("ə", "~c9~99")]
    [InlineData("", "~")]
    public void Slug_keeps_readable_ids_and_escapes_everything_else(string id, string expected)
    {
        Assert.Equal(expected, SiteLinks.Slug(id));
    }

    [Fact]
    public void Encode_leaves_no_character_that_opens_markup()
    {
        Assert.Equal("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;", Html.Encode("<a href=\"x\" title='y'>&"));
        Assert.Equal("Türkiye – Şuşa", Html.Encode("Türkiye – Şuşa"));
    }

    [Theory]
    [InlineData("https://mfa.gov.az/en", true)]
    [InlineData("http://archive.thawra.sy/x.asp?a=1", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("ftp://example.org/file", false)]
    [InlineData("https://a b", false)]
    public void IsWebAddress_accepts_only_http_and_https(string text, bool expected)
    {
        Assert.Equal(expected, Html.IsWebAddress(text));
    }
}
