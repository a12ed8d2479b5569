using System.CommandLine;
using AzerbaijanSyria.Relations.Export;

namespace AzerbaijanSyria.Relations.Cli.Commands;

/// <summary><c>azsy export</c>: writes the tables and views as files for other tools (<see cref="DatasetExporter"/>).</summary>
internal static class ExportCommand
{
    public static Command Create(TextWriter output)
    {
        var format = new Option<string>("--format", "-f")
        {
            Description = "csv: one RFC 4180 file per table and view; json: one file per table and view; datapackage: the CSV files and a Frictionless Data Package v2 datapackage.json; datasette: the database and a Datasette metadata.json; parquet: one Apache Parquet file per table and view, typed (BOOLEAN for the 0/1 flags, DATE for ISO days), with the data dictionary's descriptions in its metadata; site: a static website (home page, timeline with filters, a page per event, person, organization, place, agreement, source and discrepancy, search, downloads) that any web host or file:// serves. Every format streams at any size: the site holds no table, and reads each page's rows by key as it writes the page.",
            Required = true,
        }.OneOf([.. DatasetExporter.FormatNames]);
        var outputDirectory = new Option<string>("--output", "-o") { Description = "The folder to write into (created if missing). The files appear whole or not at all: a failed export writes nothing.", Required = true, HelpName = "DIR" }
            .NeedsFolderOfItsOwn();
        var db = CommonOptions.Database();
        var csvSafe = new Option<bool>("--csv-safe")
        {
            Description = "For spreadsheets (csv only): write a text value that starts with =, +, -, @, a tab or a carriage return with an apostrophe before it, so that Excel, LibreOffice or Google Sheets show it as text and never run it as a formula. Leave it off for programs that read the values (R, Python, DuckDB).",
        };
        var command = new Command("export", "Export every table and public view as CSV, JSON, a Frictionless Data Package, files for Datasette, Parquet files, or a static website; the same database gives the same bytes.")
        {
            format, outputDirectory, db, csvSafe,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(csvSafe) && result.GetValue(format) is { } chosen && chosen != "csv")
            {
                result.AddUsageError(Messages.CsvSafeNeedsCsv(chosen));
            }
        });
        command.SetAction(async (parse, cancellationToken) =>
        {
            var target = CommonOptions.RequiredPath(parse, outputDirectory);
            await using var dataset = await RelationsDataset.OpenAsync(CommonOptions.DatabasePath(parse, db), cancellationToken);
            var options = new ExportOptions { NeutraliseFormulas = parse.GetValue(csvSafe) };
            var files = await DatasetExporter.ExportAsync(dataset, DatasetExporter.ParseFormat(parse.GetValue(format)!), target, options, cancellationToken);
            output.WriteLine(Messages.Wrote(files.Count, target));
            return AzsyApp.Ok;
        });
        return command;
    }
}
