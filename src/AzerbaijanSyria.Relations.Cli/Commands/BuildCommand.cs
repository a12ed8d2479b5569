using System.CommandLine;
using AzerbaijanSyria.Relations.Export;

namespace AzerbaijanSyria.Relations.Cli.Commands;

/// <summary>
/// <c>azsy build</c>: builds the database from the migration scripts with its SHA-256 beside it
/// (<see cref="DatasetBuilder.BuildWithHashFile"/>), writes the files drawn from it when asked
/// (<see cref="DocumentationFiles"/>), and shows what it holds.
/// </summary>
internal static class BuildCommand
{
    public const string DefaultOutput = "dataset/azerbaijan-syria.db";

    public static Command Create(TextWriter output)
    {
        var outputOption = new Option<string>("--output", "-o")
        {
            Description = $"Where to write the database; its SHA-256 goes next to it in PATH.sha256 (default: {DefaultOutput}). Only a file of this dataset is replaced.",
            DefaultValueFactory = _ => DefaultOutput,
            HelpName = "PATH",
        }.NeedsPath();
        var docsOption = new Option<string>("--docs")
        {
            Description = "Also write the files drawn from the database and committed beside it (timeline.svg, data-dictionary.md) into this folder; a contributor passes docs.",
            HelpName = "DIR",
        }.NeedsPath();
        var command = new Command("build", "Build the database from the migration scripts, byte-identical on every run, and show what it holds.")
        {
            outputOption, docsOption,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var docs = parse.GetValue(docsOption);
            var result = DatasetBuilder.BuildWithHashFile(CommonOptions.RequiredPath(parse, outputOption));

            output.WriteLine($"Built {result.Path}");
            output.WriteLine($"  schema version {result.SchemaVersion}, {result.ScriptsApplied.Count} scripts, SHA-256 {result.Sha256}");
            output.WriteLine();
            output.WriteLine("Rows per table:");
            foreach (var (table, count) in result.TableCounts)
            {
                output.WriteLine($"  {table,-24}{count,6}");
            }

            await using var dataset = await RelationsDataset.OpenAsync(result.Path, cancellationToken);
            if (docs is not null)
            {
                output.WriteLine();
                foreach (var written in await DocumentationFiles.WriteAsync(dataset, docs, cancellationToken))
                {
                    output.WriteLine($"Wrote {written}");
                }
            }

            var latest = (await dataset.GetTimelineAsync(cancellationToken: cancellationToken)).TakeLast(5);
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
