using System.CommandLine;
using AzerbaijanSyria.Relations.Export;

namespace AzerbaijanSyria.Relations.Cli.Commands;

/// <summary><c>azsy one-sided</c>: the facts only one side's own voices report.</summary>
internal static class OneSidedCommand
{
    /// <summary>The values of <c>--side</c> and the country code each stands for.</summary>
    public static readonly IReadOnlyDictionary<string, string> Sides = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["azerbaijan"] = "AZE", ["syria"] = "SYR",
    };

    /// <summary>The kinds of cited fact (<c>citation_details.subject_kind</c>).</summary>
    public static readonly string[] Kinds =
        ["event", "statement", "aid_delivery", "agreement", "agreement_action", "position", "person", "organization", "place", "trade_flow", "assessment", "claim"];

    public static Command Create(TextWriter output)
    {
        var side = new Option<string>("--side") { Description = "Only the facts of this side's own voices." }.OneOf([.. Sides.Keys]);
        var kind = new Option<string>("--kind") { Description = "Only facts of this kind." }.OneOf(Kinds);
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: table, csv, json or markdown.",
            DefaultValueFactory = _ => "table",
        }.OneOf([.. ResultWriter.Names]);
        var db = CommonOptions.Database();
        var command = new Command(
            "one-sided",
            "List the facts only one side's own voices report: every source cited for the fact is the government or state media of Azerbaijan, or of Syria, and no other source (not even that country's private media) confirms it; by side, kind and date.")
        {
            side, kind, format, db,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var sideName = parse.GetValue(side);
            await using var dataset = await RelationsDataset.OpenAsync(CommonOptions.DatabasePath(parse, db), cancellationToken);
            var facts = await dataset.GetOneSidedFactsAsync(sideName is null ? null : Sides[sideName], parse.GetValue(kind), cancellationToken);
            var rows = facts
                .Select(f => new object?[] { f.ReportedOnlyBy, f.SubjectKind, f.SubjectId, f.DateEdtf, f.Label, f.IndependentSources })
                .ToList();
            var formatName = parse.GetValue(format)!;
            ResultWriter.Write(output, new ResultTable(["only_by", "kind", "id", "date", "fact", "sources"], rows), formatName, null);
            return AzsyApp.Ok;
        });
        return command;
    }
}
