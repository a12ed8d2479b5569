using System.CommandLine;
using AzerbaijanSyria.Relations.Export;

namespace AzerbaijanSyria.Relations.Cli.Commands;

/// <summary>
/// <c>azsy diff OLD NEW</c>: the facts added, corrected and withdrawn between two files of the
/// dataset, field by field, with the reasons the newer file's change log gives (<see cref="DatasetDiff"/>).
/// Both files are opened read-only through the library, which refuses a file that is not this dataset.
/// </summary>
internal static class DiffCommand
{
    public const string NotesFormat = "notes";

    public static readonly string[] FormatNames = [.. ResultWriter.Names, NotesFormat];

    public static Command Create(TextWriter output)
    {
        var older = new Argument<string>("OLD") { Description = "The older file of the dataset, e.g. the previous release's azerbaijan-syria.db (opened read-only)." }.NeedsPath();
        var newer = new Argument<string>("NEW") { Description = "The newer file of the dataset, e.g. dataset/azerbaijan-syria.db (opened read-only)." }.NeedsPath();
        var format = new Option<string>("--format", "-f")
        {
            Description = "table, csv, json or markdown: a row per added or withdrawn fact (the whole row as JSON) and per changed field (old and new value), with its reason; notes: Markdown release notes, grouped by table, action and reason.",
            DefaultValueFactory = _ => "table",
        }.AcceptOnlyFromAmong(FormatNames);
        var command = new Command("diff", "List the facts added, corrected and withdrawn between two files of the dataset, field by field, with the reasons the newer file's change log records.")
        {
            older, newer, format,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var before = await RelationsDataset.OpenAsync(parse.GetValue(older)!, cancellationToken);
            await using var after = await RelationsDataset.OpenAsync(parse.GetValue(newer)!, cancellationToken);
            var differences = await DatasetDiff.CompareAsync(before, after, cancellationToken);
            var chosen = parse.GetValue(format)!;
            if (chosen == NotesFormat)
            {
                output.Write(ReleaseNotes.Render(differences, before.NewestRelease, after.NewestRelease));
            }
            else
            {
                ResultWriter.Write(output, FactDifference.Columns, differences.Select(d => d.ToRow()), chosen, tableWidth: TerminalWidth.For(output));
            }

            return AzsyApp.Ok;
        });
        return command;
    }
}
