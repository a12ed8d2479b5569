using System.CommandLine;
using System.Text.RegularExpressions;
using AzerbaijanSyria.Relations.Cli.Output;

namespace AzerbaijanSyria.Relations.Cli.Commands;

/// <summary>
/// <c>azsy build</c>: builds the database from the migration scripts, with its SHA-256 beside it.
/// The pair is never out of step, even if the build is killed: the old <c>.sha256</c> is removed before
/// the database is replaced (and put back if the build fails before that), and the new one is written
/// whole after it. A build replaces only a file of this dataset, and a hash file it wrote.
/// </summary>
internal static partial class BuildCommand
{
    public const string DefaultOutput = "dataset/azerbaijan-syria.db";

    public static Command Create(TextWriter output)
    {
        var outputOption = new Option<string>("--output", "-o")
        {
            Description = $"Where to write the database; its SHA-256 goes next to it in PATH.sha256 (default: {DefaultOutput}). Only a file of this dataset is replaced.",
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
            var target = Path.GetFullPath(CommonOptions.RequiredPath(parse, outputOption));
            var docs = parse.GetResult(docsOption) is null ? null : CommonOptions.RequiredPath(parse, docsOption);
            var result = BuildWithHash(target);

            output.WriteLine($"Built {result.Path}");
            output.WriteLine($"  schema version {result.SchemaVersion}, {result.ScriptsApplied.Count} scripts, SHA-256 {result.Sha256}");
            output.WriteLine();
            output.WriteLine("Rows per table:");
            foreach (var (table, count) in result.TableCounts)
            {
                output.WriteLine($"  {table,-24}{count,6}");
            }

            using var dataset = RelationsDataset.Open(result.Path);
            if (docs is not null)
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

    /// <summary>The line a hash file holds: the SHA-256 and the database's file name, as sha256sum writes it.</summary>
    public static string HashLine(string sha256, string databasePath) => $"{sha256}  {Path.GetFileName(databasePath)}\n";

    private static BuildResult BuildWithHash(string target)
    {
        var hashFile = target + ".sha256";
        // Refuse before anything is removed: a foreign file at either path stops the build untouched.
        DatasetFile.CheckReplaceable(target);
        string? oldHash = null;
        if (Directory.Exists(hashFile))
        {
            throw new IOException(Messages.OutputIsFolder(hashFile));
        }

        if (File.Exists(hashFile))
        {
            oldHash = File.ReadAllText(hashFile);
            if (!HashFileLine().IsMatch(oldHash))
            {
                throw new IOException(Messages.HashFileNotOurs(hashFile));
            }

            File.Delete(hashFile);
        }

        BuildResult result;
        try
        {
            result = DatasetBuilder.Build(target);
        }
        catch when (oldHash is not null && File.Exists(target) && oldHash.StartsWith(DatasetBuilder.ComputeSha256(target), StringComparison.Ordinal))
        {
            AtomicOutput.WriteAllText(hashFile, oldHash); // the database was not replaced: its hash still holds
            throw;
        }

        AtomicOutput.WriteAllText(hashFile, HashLine(result.Sha256, result.Path));
        return result;
    }

    [GeneratedRegex(@"\A[0-9a-f]{64}  [^\r\n]+\n?\z")]
    private static partial Regex HashFileLine();
}
