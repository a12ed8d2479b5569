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
        var seed = new Option<string>("--seed")
        {
            Description = "The seed of the generator: the same events and seed give a byte-identical file (default 1).",
            HelpName = "S",
            DefaultValueFactory = _ => "1",
        };
        var outputOption = new Option<string>("--output", "-o")
        {
            Description = "Where to write the synthetic database. Only an empty file or an earlier synthetic database is replaced.",
            HelpName = "FILE",
            Required = true,
        };
        var command = new Command("synth", "Write a synthetic database (the real build plus N generated events, marked synthetic) for benchmarks and query-plan tests.")
        {
            events, seed, outputOption,
        };
        command.SetAction(parse =>
        {
            var eventsText = parse.GetValue(events) ?? string.Empty;
            if (!int.TryParse(eventsText, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count is < 1 or > SyntheticDataset.MaxEvents)
            {
                throw new UsageException(Messages.SynthEventCount(eventsText, SyntheticDataset.MaxEvents));
            }

            var seedText = parse.GetValue(seed) ?? string.Empty;
            if (!long.TryParse(seedText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seedValue))
            {
                throw new UsageException(Messages.SynthSeed(seedText));
            }

            var written = SyntheticDataset.Write(CommonOptions.RequiredPath(parse, outputOption), count, seedValue);
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
