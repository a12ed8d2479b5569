using System.Globalization;
using System.Text;
using AzerbaijanSyria.Relations.Export.Site;
using Dapper;

namespace AzerbaijanSyria.Relations.Export;

/// <summary>
/// <c>azsy release</c>: one folder holding everything a citation of a release needs, for a person to
/// upload: the database and its SHA-256, the CSV, JSON and Data Package exports and the site in
/// folders of their own, <c>CITATION.cff</c> and <c>.zenodo.json</c> with the version and date, release
/// notes from the diff against the previous release, and <c>SHA256SUMS</c>, the SHA-256 of every other
/// file. Every value comes from the database (the date from <c>dataset_metadata.date_released</c>,
/// never the clock), so the same database gives the same bytes. The folder is staged like an export
/// (see <see cref="ExportFolder"/>) and appears whole or not at all; nothing is published.
/// </summary>
public static class ReleaseWriter
{
    internal const string DateKey = "date_released";
    internal const string NotesName = "RELEASE-NOTES.md";
    internal const string ManifestName = "SHA256SUMS";
    internal const string CitationName = "CITATION.cff";
    internal const string ZenodoName = ".zenodo.json";

    /// <summary>The exports a release holds, each in the folder of its format's name.</summary>
    internal static readonly ExportFormat[] Exports = [ExportFormat.Csv, ExportFormat.Json, ExportFormat.DataPackage, ExportFormat.Parquet, ExportFormat.Site];

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Writes the release of <paramref name="dataset"/> into <paramref name="outputDirectory"/>, a new or
    /// empty folder, whole or not at all: the database and its SHA-256, the CSV, JSON, Data Package and
    /// Parquet exports and the site, <c>CITATION.cff</c> and <c>.zenodo.json</c>, release notes from the
    /// diff against <paramref name="previous"/>, and <c>SHA256SUMS</c>. Every value comes from the
    /// database (the date from <c>dataset_metadata.date_released</c>, never the clock), so the same
    /// database gives the same bytes. Nothing is published.
    /// </summary>
    /// <param name="dataset">The release's database, opened (not in write-ahead-log mode).</param>
    /// <param name="previous">The previous release's database, for the release notes.</param>
    /// <param name="outputDirectory">The release folder: a new or empty folder.</param>
    /// <param name="cancellationToken">Stops the release, also in the middle of a query; nothing is written then.</param>
    /// <returns>The paths written, in ordinal order.</returns>
    /// <exception cref="IOException">The folder is a file or not empty; the database is in write-ahead-log mode, has no release date, or its version is not a release newer than the previous one's. Nothing is written.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "Shipped in 2.0.0; the overload with options is chosen only when they are given.")]
    public static Task<IReadOnlyList<string>> WriteAsync(
        RelationsDataset dataset, RelationsDataset previous, string outputDirectory, CancellationToken cancellationToken = default) =>
        WriteAsync(dataset, previous, outputDirectory, new ReleaseOptions(), cancellationToken);

    /// <summary>
    /// Writes the release as <see cref="WriteAsync(RelationsDataset, RelationsDataset, string, CancellationToken)"/> does, with
    /// what <paramref name="options"/> adds: the built programs of <see cref="ReleaseOptions.ProgramsDirectory"/> in <c>programs/</c>.
    /// </summary>
    /// <param name="dataset">The release's database, opened (not in write-ahead-log mode).</param>
    /// <param name="previous">The previous release's database, for the release notes.</param>
    /// <param name="outputDirectory">The release folder: a new or empty folder.</param>
    /// <param name="options">What the folder holds beyond the data.</param>
    /// <param name="cancellationToken">Stops the release, also in the middle of a query; nothing is written then.</param>
    /// <returns>The paths written, in ordinal order.</returns>
    /// <exception cref="IOException">As the other overload; also when the programs folder is missing, empty or holds something other than regular files. Nothing is written.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "Chosen only when options are given; the overload without them shipped in 2.0.0.")]
    public static async Task<IReadOnlyList<string>> WriteAsync(
        RelationsDataset dataset, RelationsDataset previous, string outputDirectory, ReleaseOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputDirectory);
        var target = Path.GetFullPath(outputDirectory);
        if (File.Exists(target))
        {
            throw new IOException(ExportMessages.ExportTargetIsFile(target));
        }

        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any())
        {
            throw new IOException(ExportMessages.ReleaseTargetNotEmpty(target));
        }

        if (DatasetFile.Check(dataset.Path).WriteAheadLog)
        {
            // The release's .db is the file itself, byte for byte, so that its SHA-256 is the one cited;
            // rows still in a -wal beside it would be in the exports and missing from the copy.
            throw new IOException(ExportMessages.ReleaseOfWalFile(dataset.Path));
        }

        var metadata = await dataset.GetMetadataAsync(cancellationToken).ConfigureAwait(false);
        var version = CheckVersion(dataset, previous);
        var date = metadata.GetValueOrDefault(DateKey);
        if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            throw new IOException(ExportMessages.ReleaseNeedsDate(dataset.Path, DateKey, date));
        }

        var programs = Programs(options.ProgramsDirectory);
        var differences = await DatasetDiff.CompareAsync(previous, dataset, cancellationToken).ConfigureAwait(false);
        using var folder = ExportFolder.Begin(target);
        var staging = folder.Path;
        var databaseName = RelationsDataset.DatabaseFileName;
        File.Copy(dataset.Path, Path.Combine(staging, databaseName));
        var sha256 = Sha256Hash.OfFile(Path.Combine(staging, databaseName));
        WriteText(staging, databaseName + ".sha256", Sha256Hash.Line(sha256, databaseName));
        foreach (var format in Exports)
        {
            await DatasetExporter.ExportAsync(dataset, format, Path.Combine(staging, DatasetExporter.FormatName(format)), cancellationToken).ConfigureAwait(false);
        }

        if (programs.Count > 0)
        {
            Directory.CreateDirectory(Path.Combine(staging, ProgramsFolder));
            foreach (var program in programs)
            {
                File.Copy(program, Path.Combine(staging, ProgramsFolder, Path.GetFileName(program)));
            }
        }

        var cff = CitationMetadata.Cff(CitationMetadata.Template(), version, date!);
        WriteText(staging, CitationName, cff);
        WriteText(staging, ZenodoName, CitationMetadata.Zenodo(cff, metadata, version, date!));
        var previousSha256 = Sha256Hash.OfFile(previous.Path);
        WriteText(staging, NotesName, Notes(dataset, metadata, cff, version, date!, sha256, previous.NewestRelease, previousSha256, differences, programs.Select(Path.GetFileName).ToList()!));
        WriteText(staging, ManifestName, Manifest(staging));
        cancellationToken.ThrowIfCancellationRequested();

        if (Directory.Exists(target))
        {
            Directory.Delete(target); // empty, checked above: the staged folder takes its place
        }

        folder.Commit();
        return Files(target).Select(f => Path.Combine(target, f)).ToList();
    }

    /// <summary>The folder of a release that holds the built programs.</summary>
    public const string ProgramsFolder = "programs";

    /// <summary>The files of the programs folder, checked before anything is written: regular files only, at least one.</summary>
    private static IReadOnlyList<string> Programs(string? directory)
    {
        if (directory is null)
        {
            return [];
        }

        var full = Path.GetFullPath(directory);
        if (!Directory.Exists(full))
        {
            throw new IOException(ExportMessages.ReleaseProgramsMissing(full));
        }

        var entries = Directory.EnumerateFileSystemEntries(full).Order(StringComparer.Ordinal).ToList();
        var odd = entries.FirstOrDefault(e => new FileInfo(e) is var f && (!f.Exists || f.LinkTarget is not null));
        if (odd is not null)
        {
            throw new IOException(ExportMessages.ReleaseProgramNotAFile(odd));
        }

        return entries.Count == 0 ? throw new IOException(ExportMessages.ReleaseProgramsEmpty(full)) : entries;
    }

    private static string ProgramDescription(string name) =>
        name.EndsWith(".nupkg", StringComparison.OrdinalIgnoreCase)
            ? "a NuGet package (`dotnet tool install --global --add-source programs AzerbaijanSyria.Relations.Tool` installs the `azsy` tool from it)"
            : name.StartsWith("azsy-", StringComparison.Ordinal)
                ? $"the `azsy` tool as a native executable for {name["azsy-".Length..]}, needing no .NET (make it executable: `chmod +x`)"
                : "a built program";

    /// <summary>The release's version: the database's, which must be the newest release its change log records and newer than the previous release.</summary>
    private static string CheckVersion(RelationsDataset dataset, RelationsDataset previous)
    {
        if (!ReleaseVersion.TryParse(dataset.DatasetVersion, out var version))
        {
            throw new IOException(ExportMessages.ReleaseVersionNotARelease(dataset.Path, dataset.DatasetVersion));
        }

        if (dataset.NewestRelease != version.ToString())
        {
            throw new IOException(ExportMessages.ReleaseVersionBehindLog(dataset.Path, dataset.DatasetVersion, dataset.NewestRelease));
        }

        if (ReleaseVersion.TryParse(previous.NewestRelease, out var before) && version <= before)
        {
            throw new IOException(ExportMessages.ReleaseNotNewer(dataset.Path, dataset.DatasetVersion, previous.Path, previous.NewestRelease));
        }

        return version.ToString();
    }

    private static string Notes(
        RelationsDataset dataset, IReadOnlyDictionary<string, string> metadata, string cff, string version, string date, string sha256,
        string previousVersion, string previousSha256, IReadOnlyList<FactDifference> differences, IReadOnlyList<string> programs)
    {
        var title = metadata.GetValueOrDefault("title", "Azerbaijan–Syria relations dataset");
        var authors = string.Join(", ", CitationMetadata.Authors(cff));
        var text = new StringBuilder();
        void Line(string line = "") => text.Append(line).Append('\n');
        Line($"# {title} {version}");
        Line();
        Line($"Released {date}. The database `{RelationsDataset.DatabaseFileName}` (schema version {dataset.SchemaVersion.ToString(CultureInfo.InvariantCulture)}) has SHA-256 `{sha256}`.");
        Line($"Every other file of this folder is listed with its SHA-256 in `{ManifestName}`: `sha256sum -c {ManifestName}` checks them.");
        Line();
        Line("## Files");
        Line();
        Line("| path | what it is |");
        Line("| --- | --- |");
        Line($"| `{RelationsDataset.DatabaseFileName}` | the SQLite database; open it in any SQLite client, in Datasette, or with the `azsy` tool |");
        Line($"| `{RelationsDataset.DatabaseFileName}.sha256` | its SHA-256, as `sha256sum` writes it |");
        Line("| `csv/` | every table and public view as an RFC 4180 CSV file |");
        Line("| `json/` | every table and public view as a JSON array of objects |");
        Line("| `datapackage/` | the CSV files with a Frictionless Data Package v2 descriptor, `datapackage.json` |");
        Line("| `parquet/` | every table and public view as a typed Parquet file, with the data dictionary's descriptions as column metadata (for DuckDB, Spark, pandas) |");
        Line("| `site/` | a static website of the dataset: open `site/index.html`, or serve the folder from any web host |");
        foreach (var program in programs)
        {
            Line($"| `{ProgramsFolder}/{program}` | {ProgramDescription(program)} |");
        }

        Line($"| `{CitationName}`, `{ZenodoName}` | how to cite this release (Citation File Format), and its metadata for a Zenodo deposit |");
        Line($"| `{NotesName}` | these notes |");
        Line($"| `{ManifestName}` | the SHA-256 of every other file |");
        Line();
        Line("## How to cite");
        Line();
        Line($"{authors} ({date[..4]}). *{title}*, version {version} [data set]. Licence: {metadata.GetValueOrDefault("licence_data", "CC-BY-4.0")}.");
        Line($"Cite also the source of each fact you use, as the `citation_details` view names it (the article by paragraph, a web page by address); `{CitationName}` has the same in machine-readable form.");
        Line();
        Line("## A stable address for each fact");
        Line();
        Line("Each entity's id is its primary key, a readable slug (`rafiyev-visits-damascus`), and the site gives it a page named by it:");
        Line();
        var catalog = SchemaCatalog.Read(dataset.Connection);
        foreach (var kind in SiteKinds.Paged)
        {
            Line($"- {kind.Singular.ToLowerInvariant()}: `site/{kind.Folder}/<{KeyColumn(catalog, kind.Table)}>.html`");
        }

        Line();
        Line("Every row of every table, these included, is also at `site/tables/<table>.html#<table>-<key>` (a composite key's columns joined by `/`),");
        Line("and the rows that refer to an entity (participants, citations, statements …) are on its page at the same anchor.");
        Line("In a page name or anchor, any character of an id other than a-z, digits, `-` and `_` is written as `~` and its UTF-8 bytes in hex (`/` is `~2f`).");
        Line("A withdrawn row's page is gone from the release that withdraws it; the list below names every such row.");
        Line();
        Line($"## What changed since {previousVersion}");
        Line();
        Line($"Compared with the {previousVersion} database (SHA-256 `{previousSha256}`) by `azsy diff`; `azsy diff OLD NEW --format csv` gives every field with its old and new value.");
        Line();
        text.Append(ReleaseNotes.Render(differences, previousVersion, version));
        return text.ToString();
    }

    private static string KeyColumn(SchemaCatalog catalog, string table) =>
        catalog.Find(table)?.PrimaryKey.FirstOrDefault() ?? "id";

    /// <summary>The manifest: a line per file (all but itself), <c>SHA-256, two spaces, path</c>, as <c>sha256sum</c> writes and checks them, in path order.</summary>
    private static string Manifest(string root) =>
        string.Concat(Files(root).Where(f => f != ManifestName).Select(f => $"{Sha256Hash.OfFile(Path.Combine(root, f))}  {f}\n"));

    /// <summary>Every file under <paramref name="root"/>, as paths relative to it with <c>/</c>, in ordinal order.</summary>
    internal static IReadOnlyList<string> Files(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(f => f != ".lock")
            .Order(StringComparer.Ordinal)
            .ToList();

    private static void WriteText(string directory, string name, string text) =>
        File.WriteAllText(Path.Combine(directory, name), text.ReplaceLineEndings("\n"), Utf8NoBom);
}
