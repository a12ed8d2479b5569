using System.CommandLine;
using System.Globalization;
using AzerbaijanSyria.Relations.Export;

namespace AzerbaijanSyria.Relations.Cli.Commands;

/// <summary><c>azsy offices</c>: who held which office on a day.</summary>
internal static class OfficesCommand
{
    /// <summary>The values of <c>positions.office_level</c>, in the order the rows of a country are printed.</summary>
    public static readonly string[] Levels =
        ["head_of_state", "head_of_government", "foreign_minister", "minister", "deputy_minister", "speaker", "head_of_mission"];

    public static Command Create(TextWriter output)
    {
        var on = new Option<string>("--on")
        {
            Description = "The day (YYYY-MM-DD): the offices whose term certainly covers it, by the sources' bounds; or a month (YYYY-MM) or year (YYYY): the offices whose term certainly covers at least one day of it, so every holder in turn.",
            HelpName = "DATE",
            Required = true,
        }.IsDate();
        var country = new Option<string>("--country")
        {
            Description = "Only the offices of this country (ISO alpha-3 code, e.g. AZE or SYR); 'azsy list countries' lists them.",
            HelpName = "CODE",
        };
        country.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string>() is { } code && (code.Length != 3 || !code.All(char.IsAsciiLetterUpper)))
            {
                result.AddUsageError(Messages.CountryCode(code));
            }
        });
        var level = new Option<string>("--level") { Description = "Only offices of this level." }.OneOf(Levels);
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: table, csv, json or markdown.",
            DefaultValueFactory = _ => "table",
        }.OneOf([.. ResultWriter.Names]);
        var db = CommonOptions.Database();
        var command = new Command("offices", "List who held which office on a day (or at some time in a month or year), by country and level.")
        {
            on, country, level, format, db,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var from = CommonOptions.Date(parse, on)!.Value;
            var to = CommonOptions.Date(parse, on, endOfPeriod: true)!.Value;
            var countryId = parse.GetValue(country);
            var levelName = parse.GetValue(level);
            await using var dataset = await RelationsDataset.OpenAsync(CommonOptions.DatabasePath(parse, db), cancellationToken);
            if (countryId is not null)
            {
                var countries = await DatasetLists.ReadIdsAsync(dataset, "countries", cancellationToken);
                if (!countries.Contains(countryId, StringComparer.Ordinal))
                {
                    throw new UsageException(Messages.UnknownCountry(countryId));
                }
            }

            var positions = from == to
                ? await dataset.GetPositionsOnAsync(from, cancellationToken: cancellationToken)
                : await dataset.GetPositionsInAsync(from, to, cancellationToken: cancellationToken);
            var rows = positions
                .Where(p => countryId is null || p.CountryId == countryId)
                .Where(p => levelName is null || p.OfficeLevel == levelName)
                .OrderBy(p => p.CountryId is null ? 1 : 0).ThenBy(p => p.CountryId, StringComparer.Ordinal)
                .ThenBy(p => LevelOrder(p.OfficeLevel))
                .ThenBy(p => p.PersonName, StringComparer.Ordinal).ThenBy(p => p.PositionId, StringComparer.Ordinal)
                .Select(p => new object?[]
                {
                    p.CountryId, p.OfficeLevel, p.PersonName, p.Position, p.Organization,
                    Bound(p.StartEarliest, p.StartLatest), p.StartBasis, Bound(p.EndEarliest, p.EndLatest), p.EndBasis, p.EvidenceStatus,
                })
                .ToList();
            var table = new ResultTable(
                ["country", "level", "person", "title", "organization", "start", "start_basis", "end", "end_basis", "evidence"], rows);
            ResultWriter.Write(output, table, parse.GetValue(format)!, null, TerminalWidth.For(output));
            return AzsyApp.Ok;
        });
        return command;
    }

    /// <summary>A level's place in <see cref="Levels"/>; offices of no level come last.</summary>
    private static int LevelOrder(string? level) => level is null ? Levels.Length : Array.IndexOf(Levels, level) is var i and >= 0 ? i : Levels.Length;

    /// <summary>A term's bound as one day, or <c>earliest/latest</c> when the sources leave a range; an open end is <c>..</c>.</summary>
    private static string? Bound(DateOnly? earliest, DateOnly? latest) => (earliest, latest) switch
    {
        (null, null) => null,
        ({ } a, { } b) when a == b => Day(a),
        _ => $"{Day(earliest)}/{Day(latest)}",
    };

    private static string Day(DateOnly? day) => day is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "..";
}
