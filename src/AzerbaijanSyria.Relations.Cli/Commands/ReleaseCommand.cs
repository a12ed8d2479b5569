using System.CommandLine;
using AzerbaijanSyria.Relations.Export;

namespace AzerbaijanSyria.Relations.Cli.Commands;

/// <summary><c>azsy release</c>: writes the folder a person uploads to publish a release (see <see cref="ReleaseWriter"/>).</summary>
internal static class ReleaseCommand
{
    public const string DefaultPrevious = "tests/AzerbaijanSyria.Relations.Tests/Fixtures/azerbaijan-syria-2.0.0.db";

    public static Command Create(TextWriter output)
    {
        var outputDirectory = new Option<string>("--output", "-o")
        {
            Description = "The release folder to write: a new or empty folder. It appears whole or not at all.",
            Required = true,
            HelpName = "DIR",
        }.NeedsFolderOfItsOwn();
        var previous = new Option<string>("--previous")
        {
            Description = $"The previous release's database, for the release notes' list of changes (default: {DefaultPrevious}, release 2.0.0). Opened read-only.",
            DefaultValueFactory = _ => DefaultPrevious,
            HelpName = "FILE",
        }.NeedsPath();
        var db = CommonOptions.Database();
        var command = new Command("release", "Write one release folder: the database and its SHA-256, the CSV, JSON, Data Package and Parquet exports and the site, CITATION.cff and .zenodo.json, release notes from the diff against the previous release, and a manifest of every file's SHA-256; the same database gives the same bytes, and nothing is published.")
        {
            outputDirectory, previous, db,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var target = CommonOptions.RequiredPath(parse, outputDirectory);
            await using var dataset = await RelationsDataset.OpenAsync(CommonOptions.DatabasePath(parse, db), cancellationToken);
            var previousPath = CommonOptions.RequiredPath(parse, previous);
            if (parse.GetResult(previous) is null or { Implicit: true } && !File.Exists(previousPath) && !Directory.Exists(previousPath))
            {
                throw new IOException(Messages.NoPreviousRelease(Path.GetFullPath(previousPath)));
            }

            await using var before = await RelationsDataset.OpenAsync(previousPath, cancellationToken);
            var files = await ReleaseWriter.WriteAsync(dataset, before, target, cancellationToken);
            output.WriteLine(Messages.ReleaseWritten(dataset.DatasetVersion, files.Count, Path.GetFullPath(target)));
            return AzsyApp.Ok;
        });
        return command;
    }
}
