using System.Globalization;
using System.Text;

namespace AzerbaijanSyria.Relations.Export;

/// <summary>
/// The facts a diff finds, as Markdown a reader can take in: a paragraph of totals, then per table
/// its counts and, per action, one line per reason with the rows it covers. Rows with a readable id
/// (a single text key: <c>events</c>, <c>people</c> …) are listed by id, those of link tables (an
/// integer or composite key: <c>citations</c>, <c>event_topics</c> …) only counted; the rows a link
/// table adds are the links of the facts listed above, so they are counted once, without reasons.
/// The same differences give the same text: this is what the CHANGELOG and the release notes hold.
/// </summary>
public static class ReleaseNotes
{
    internal const string NoReason = "No reason recorded (changed before the change log existed, or outside it)";

    /// <summary>The differences between two releases as Markdown release notes (what <c>azsy diff --format notes</c> prints).</summary>
    /// <param name="differences">The differences, as <see cref="DatasetDiff.CompareAsync"/> gives them.</param>
    /// <param name="fromRelease">The older release, e.g. <c>2.0.0</c> (<see cref="RelationsDataset.NewestRelease"/> of the older file).</param>
    /// <param name="toRelease">The newer release.</param>
    /// <returns>The notes, with <c>\n</c> line ends.</returns>
    public static string Render(IReadOnlyList<FactDifference> differences, string fromRelease, string toRelease)
    {
        var text = new StringBuilder();
        var rows = differences.GroupBy(d => (d.Table, d.Key)).ToList();
        var added = rows.Count(r => r.First().Action == FactDifference.Add);
        var withdrawn = rows.Count(r => r.First().Action == FactDifference.Withdraw);
        var corrected = rows.Count(r => r.First().Action == FactDifference.Correct);
        var fields = differences.Count(d => d.Action == FactDifference.Correct);
        var tables = differences.Select(d => d.Table).Distinct().Count();
        if (differences.Count == 0)
        {
            text.Append(Invariant($"No fact differs between {fromRelease} and {toRelease}.\n"));
            return text.ToString();
        }

        text.Append(Invariant($"From {fromRelease} to {toRelease}, as `azsy diff` finds them in the two files: {Rows(added)} added, {Rows(corrected)} corrected ({Count(fields, "field")}), {Rows(withdrawn)} withdrawn, in {Count(tables, "table")}. Each line gives the reason the change log records, and the rows it covers.\n"));
        foreach (var table in differences.GroupBy(d => d.Table).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var tableRows = table.GroupBy(d => d.Key).ToList();
            var listed = table.First().KeyValues is [string];
            string Tally(string action) => Count(tableRows.Count(r => r.First().Action == action), action switch
            {
                FactDifference.Add => "added",
                FactDifference.Correct => "corrected",
                _ => "withdrawn",
            }, plural: false);
            var tally = new[] { FactDifference.Add, FactDifference.Correct, FactDifference.Withdraw }
                .Where(a => tableRows.Any(r => r.First().Action == a))
                .Select(a => a == FactDifference.Correct
                    ? Tally(a) + Invariant($" ({Count(table.Count(d => d.Action == a), "field")})")
                    : Tally(a));
            text.Append(Invariant($"\n**`{table.Key}`**: {string.Join(", ", tally)}\n\n"));

            foreach (var action in new[] { FactDifference.Add, FactDifference.Correct, FactDifference.Withdraw })
            {
                var actionRows = tableRows.Where(r => r.First().Action == action).ToList();
                if (actionRows.Count == 0)
                {
                    continue;
                }

                var heading = action switch
                {
                    FactDifference.Add => "Added",
                    FactDifference.Correct => "Corrected",
                    _ => "Withdrawn",
                };
                if (!listed && action == FactDifference.Add)
                {
                    text.Append(Invariant($"- {heading}: {Rows(actionRows.Count)}, the links of the facts they belong to.\n"));
                    continue;
                }

                text.Append(Invariant($"- {heading}:\n"));
                // A row corrected for two reasons is listed under each, with the fields of each.
                var groups = actionRows
                    .SelectMany(r => r.GroupBy(d => d.Reason ?? NoReason, StringComparer.Ordinal).Select(g => (Reason: g.Key, Row: g.ToList())))
                    .GroupBy(x => x.Reason, StringComparer.Ordinal)
                    .OrderBy(g => g.Key == NoReason ? 1 : 0)
                    .ThenByDescending(g => g.Count())
                    .ThenBy(g => g.Key, StringComparer.Ordinal);
                foreach (var group in groups)
                {
                    text.Append(Invariant($"  - {group.Key} ({group.Count()})"));
                    if (listed)
                    {
                        text.Append(": ");
                        text.Append(string.Join(", ", group.Select(x => action == FactDifference.Correct
                            ? $"`{x.Row[0].Key}` ({string.Join(", ", x.Row.Select(d => d.Field))})"
                            : $"`{x.Row[0].Key}`")));
                    }

                    text.Append('\n');
                }
            }
        }

        return text.ToString();
    }

    private static string Rows(int count) => Count(count, "row");

    private static string Count(int count, string noun, bool plural = true) =>
        string.Create(CultureInfo.InvariantCulture, $"{count:N0} {noun}{(plural && count != 1 ? "s" : string.Empty)}");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
