using System.Globalization;
using System.Text;
using Dapper;

namespace AzerbaijanSyria.Relations.Export;

/// <summary>
/// <c>docs/coverage.md</c>: how complete the record is, written from the database. The events per
/// year and CAMEO quad class as certain/listed pairs (as <c>azsy stats</c> counts them), the
/// sources by language and by whose voice they are, and the subjects searched for where no stored
/// page gave a fact (the <c>coverage_gaps</c> table).
/// </summary>
internal static class CoveragePage
{
    public const string FileName = "coverage.md";

    private static readonly (int Quad, string Name)[] Classes =
        [(1, "verbal cooperation"), (2, "material cooperation"), (3, "verbal conflict"), (4, "material conflict"), (0, "no CAMEO code")];

    public static string Render(RelationsDataset dataset, IReadOnlyList<YearlyMatchCount> counts, IReadOnlyList<TimelineEvent> events)
    {
        var c = dataset.Connection;
        var page = new StringBuilder();
        void Line(string text = "") => page.Append(text).Append('\n');

        Line("# Coverage");
        Line();
        Line($"How complete the record is, written from `dataset/{RelationsDataset.DatabaseFileName}` (dataset {dataset.DatasetVersion}) by `azsy build --docs docs`; a test checks that it matches the database.");
        Line();
        Line("## Events per year");
        Line();
        var openEnded = events.Count(e => e.DateEarliest is null || e.DateLatest is null);
        Line("Each cell is *certain / listed*: a year lists the events whose known dates do not put them outside it, as `azsy timeline --from YEAR --to YEAR` and `azsy stats` do (see the README, \"Date ranges\"), and an event is certain in a year when all its possible days lie in it. An event whose dates straddle a new year is listed in both and certain in neither.");
        Line();
        Line(string.Create(CultureInfo.InvariantCulture, $"{openEnded} events have an open bound: they are known only as on or before a day (most often the day a page reported them), or on or after one. Each is listed in the year of its one bound and the year before (or after), never before 1992, and is certain in none."));
        Line();
        Line("| year | all | " + string.Join(" | ", Classes.Select(k => k.Name)) + " |");
        Line("|---|---|" + string.Concat(Classes.Select(_ => "---|")));
        // Every year from the first that lists an event: an empty row is a gap in the record.
        var firstYear = counts.Where(k => k.Events > 0).Select(k => k.Year).DefaultIfEmpty(int.MaxValue).Min();
        foreach (var year in counts.GroupBy(k => k.Year).Where(g => g.Key >= firstYear).OrderBy(g => g.Key))
        {
            var byClass = year.ToDictionary(k => k.QuadClass);
            var cells = Classes.Select(k => Pair(byClass[k.Quad].Certain, byClass[k.Quad].Events));
            Line(string.Create(CultureInfo.InvariantCulture, $"| {year.Key} | {Pair(year.Sum(k => k.Certain), year.Sum(k => k.Events))} | {string.Join(" | ", cells)} |"));
        }

        var certain = counts.Sum(k => k.Certain);
        var conflict = events.Count(e => e.QuadClass is 3 or 4);
        Line();
        Line(string.Create(CultureInfo.InvariantCulture, $"{events.Count} events in all: {certain} certain in a single year, {events.Count - certain - openEnded} with both bounds across two or more years, {openEnded} with an open bound; {conflict} coded as verbal or material conflict (CAMEO roots 10-20)."));
        Line();
        Line("## Sources");
        Line();
        Line("| language | sources |");
        Line("|---|---|");
        foreach (var (language, n) in c.Query<(string, long)>("SELECT language, count(*) FROM sources WHERE kind <> 'unrecorded_page' GROUP BY language ORDER BY count(*) DESC, language"))
        {
            Line(string.Create(CultureInfo.InvariantCulture, $"| {language} | {n} |"));
        }

        Line();
        Line("| whose voice | country | sources |");
        Line("|---|---|---|");
        foreach (var (kind, country, n) in c.Query<(string?, string?, long)>(
            "SELECT publisher_kind, coalesce(publisher_country_id, '—'), count(*) FROM sources WHERE kind <> 'unrecorded_page' GROUP BY 1, 2 ORDER BY count(*) DESC, 1, 2"))
        {
            Line(string.Create(CultureInfo.InvariantCulture, $"| {kind ?? "—"} | {country} | {n} |"));
        }

        Line();
        Line("## Searched, nothing usable");
        Line();
        Line("Subjects the stored pages were searched for, in the languages named, where no page gave a fact that could be recorded (the `coverage_gaps` table). A gap's row is deleted when a fact closes it.");
        Line();
        foreach (var (first, last, subject, languages, finding) in c.Query<(long, long, string, string, string)>(
            "SELECT first_year, last_year, subject, languages, finding FROM coverage_gaps ORDER BY first_year, last_year, gap_id"))
        {
            var years = first == last ? first.ToString(CultureInfo.InvariantCulture) : string.Create(CultureInfo.InvariantCulture, $"{first}–{last}");
            Line($"- **{years}** {subject} ({languages}): {finding}");
        }

        return page.ToString();
    }

    private static string Pair(int certain, int possible) =>
        certain == 0 && possible == 0 ? "·" : string.Create(CultureInfo.InvariantCulture, $"{certain} / {possible}");
}
