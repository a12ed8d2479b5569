using System.CommandLine;
using System.Globalization;

namespace AzerbaijanSyria.Relations.Cli.Commands;

/// <summary>
/// <c>azsy synth</c>: a synthetic database for benchmarks and query-plan tests (see
/// <see cref="SyntheticDataset"/>): the real build plus N generated events, the same bytes for the same
/// count and seed. It replaces only a synthetic database, never the dataset's real file or anyone else's.
/// </summary>
internal static class SynthCommand
{
    public static Command Create(TextWriter output)
    {
        var events = new Option<string>("--events")
        {
            Description = $"How many synthetic events to generate (1 to {SyntheticDataset.MaxEvents}); people, offices, sources, agreements and the rest grow in proportion.",
            HelpName = "N",
            Required = true,
        };
        events.Validators.Add(result =>
        {
            var text = result.GetValueOrDefault<string>() ?? string.Empty;
            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count is < 1 or > SyntheticDataset.MaxEvents)
            {
                result.AddUsageError(Messages.SynthEventCount(text, SyntheticDataset.MaxEvents));
            }
        });
        var seed = new Option<string>("--seed")
        {
            Description = "The seed of the generator: the same events and seed give a byte-identical file (default 1).",
            HelpName = "S",
            DefaultValueFactory = _ => "1",
        };
        seed.Validators.Add(result =>
        {
            var text = result.GetValueOrDefault<string>() ?? string.Empty;
            if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))
            {
                result.AddUsageError(Messages.SynthSeed(text));
            }
        });
        var outputOption = new Option<string>("--output", "-o")
        {
            Description = "Where to write the synthetic database. Only an empty file or an earlier synthetic database is replaced.",
            HelpName = "FILE",
            Required = true,
        }.NeedsPath();
        var command = new Command("synth", "Write a synthetic database (the real build plus N generated events, marked synthetic) for benchmarks and query-plan tests.")
        {
            events, seed, outputOption,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var count = int.Parse(parse.GetValue(events)!, NumberStyles.None, CultureInfo.InvariantCulture);
            var seedValue = long.Parse(parse.GetValue(seed)!, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            var written = await Task.Run(() => SyntheticDataset.Write(CommonOptions.RequiredPath(parse, outputOption), count, seedValue), cancellationToken);
            output.WriteLine(Messages.SynthWrote(written.Path, count, seedValue, written.Sha256));
            foreach (var (table, rows) in written.Rows)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {table,-24}{rows,10}"));
            }

            return AzsyApp.Ok;
        });
        return command;
    }
}
