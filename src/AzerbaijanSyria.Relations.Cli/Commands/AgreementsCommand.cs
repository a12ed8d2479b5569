using System.CommandLine;
using AzerbaijanSyria.Relations.Export;

namespace AzerbaijanSyria.Relations.Cli.Commands;

/// <summary><c>azsy agreements</c>: the agreements with their status and the steps of their life.</summary>
internal static class AgreementsCommand
{
    /// <summary>The values of <c>agreements.status</c>.</summary>
    public static readonly string[] Statuses = ["signed", "initialled", "in_force", "expired", "unknown"];

    /// <summary>The values of <c>agreements.kind</c>.</summary>
    public static readonly string[] Kinds = ["treaty", "agreement", "memorandum_of_understanding", "protocol", "declaration", "document", "document_set"];

    public static Command Create(TextWriter output)
    {
        var status = new Option<string>("--status")
        {
            Description = "Only the agreements with this status, as the sources give it (in_force only where a page says it entered into force).",
        }.OneOf(Statuses);
        var party = new Option<string>("--party")
        {
            Description = "Only the agreements of this party: a country code (AZE, SYR; also matches that country's ministries and companies) or an organization id (socar).",
            HelpName = "CODE|ORGANIZATION",
        };
        var kind = new Option<string>("--kind") { Description = "Only agreements of this kind." }.OneOf(Kinds);
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: table, csv, json or markdown.",
            DefaultValueFactory = _ => "table",
        }.OneOf([.. ResultWriter.Names]);
        var db = CommonOptions.Database();
        var command = new Command(
            "agreements",
            "List the agreements by signing date, each with its kind, status, parties and the steps of its life after signing (approval, ratification, entry into force, end); 'azsy show AGREEMENT_ID' shows one with its steps in date order.")
        {
            status, party, kind, format, db,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var statusName = parse.GetValue(status);
            var partyId = parse.GetValue(party);
            await using var dataset = await RelationsDataset.OpenAsync(CommonOptions.DatabasePath(parse, db), cancellationToken);
            if (partyId is not null)
            {
                var countries = await DatasetLists.ReadIdsAsync(dataset, "countries", cancellationToken);
                if (!countries.Contains(partyId, StringComparer.Ordinal)
                    && !(await dataset.FindEntityKindsAsync(partyId, cancellationToken)).Contains("organization"))
                {
                    throw new UsageException(Messages.UnknownParty(partyId));
                }
            }

            var agreements = await dataset.GetAgreementsAsync(partyId, parse.GetValue(kind), cancellationToken: cancellationToken);
            var rows = agreements
                .Where(a => statusName is null || a.Status == statusName)
                .Select(a => new object?[] { a.AgreementId, a.DateSigned, a.Kind, a.Status, a.Parties, a.Actions })
                .ToList();
            var formatName = parse.GetValue(format)!;
            ResultWriter.Write(output, new ResultTable(["agreement_id", "signed", "kind", "status", "parties", "steps_after_signing"], rows), formatName, null);
            if (rows.Count == 0 && statusName is not null && formatName == "table")
            {
                // "None in force" must not read as "we don't know": say what the file does record.
                var all = await dataset.GetAgreementsAsync(cancellationToken: cancellationToken);
                var steps = await dataset.GetAgreementActionsAsync(cancellationToken: cancellationToken);
                output.WriteLine(Messages.NoAgreementWithStatus(
                    statusName,
                    all.GroupBy(a => a.Status).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, g.Count())),
                    steps.GroupBy(s => s.Action).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, g.Count()))));
            }

            return AzsyApp.Ok;
        });
        return command;
    }
}
