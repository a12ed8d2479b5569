using System.CommandLine;
using AzerbaijanSyria.Relations.Cli.Output;

namespace AzerbaijanSyria.Relations.Cli.Commands;

/// <summary><c>azsy build</c>: builds the database from the migration scripts.</summary>
internal static class BuildCommand
{
    public const string DefaultOutput = "dataset/azerbaijan-syria.db";

    public static Command Create(TextWriter output)
    {
        var outputOption = new Option<string>("--output", "-o")
        {
            Description = $"Where to write the database; its SHA-256 goes next to it in PATH.sha256 (default: {DefaultOutput}).",
            DefaultValueFactory = _ => DefaultOutput,
            HelpName = "PATH",
        };
        var docsOption = new Option<string>("--docs")
        {
            Description = "Also write the files drawn from the database and committed beside it (timeline.svg, data-dictionary.md) into this folder; a contributor passes docs.",
            HelpName = "DIR",
        };
        var command = new Command("build", "Build the database from the migration scripts, byte-identical on every run, and show what it holds.")
        {
            outputOption, docsOption,
        };
        command.SetAction(parse =>
        {
            var result = DatasetBuilder.Build(parse.GetValue(outputOption)!);
            var hashFile = result.Path + ".sha256";
            File.WriteAllText(hashFile, $"{result.Sha256}  {Path.GetFileName(result.Path)}\n");

            output.WriteLine($"Built {result.Path}");
            output.WriteLine($"  schema version {result.SchemaVersion}, {result.ScriptsApplied.Count} scripts, SHA-256 {result.Sha256}");
            output.WriteLine();
            output.WriteLine("Rows per table:");
            foreach (var (table, count) in result.TableCounts)
            {
                output.WriteLine($"  {table,-24}{count,6}");
            }

            using var dataset = RelationsDataset.Open(result.Path);
            if (parse.GetValue(docsOption) is { Length: > 0 } docs)
            {
                output.WriteLine();
                foreach (var written in CommittedOutputs.Write(dataset, docs))
                {
                    output.WriteLine($"Wrote {written}");
                }
            }

            var latest = dataset.GetTimelineAsync().GetAwaiter().GetResult().TakeLast(5);
            output.WriteLine();
            output.WriteLine("The five latest events:");
            foreach (var e in latest)
            {
                output.WriteLine($"  {e.DateEdtf,-16}{e.Title}");
            }

            return AzsyApp.Ok;
        });
        return command;
    }
}
