using System.Security.Cryptography;
using System.Text.Json;
using AzerbaijanSyria.Relations.Cli;
using AzerbaijanSyria.Relations.Export;
using Dapper;
using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations.Tests;

/// <summary><c>azsy release</c>: one folder with everything a citation of a release needs, byte-stable.</summary>
public sealed class ReleaseCommandTests
{
    private const string Date = "2026-12-15";

    /// <summary>
    /// One release of a release-ready copy of the fixture into a new folder, made on first use and shared by
    /// the tests that only read what it wrote (a release writes every export and the site: seconds each).
    /// </summary>
    private static readonly Lazy<(string Db, string Target, int Exit, string Output, string Error)> Shared = new(() =>
    {
        var db = ReleaseReady();
        var folder = new TempDirectory(); // shared to the run's end: deleted with the run's folder (TestTemp)
        var target = Path.Combine(folder.Path, "release");
        var (exit, output, error) = AzsyInProcess.Run("release", "--db", db.Path, "--previous", Repo.Release100Database, "-o", target);
        return (db.Path, target, exit, output, error);
    });

    [Fact]
    public void Release_writes_the_same_bytes_twice_for_the_same_database()
    {
        var one = Shared.Value; // the first release, of the same database
        using var second = new TempDirectory();

        var two = AzsyInProcess.Run("release", "--db", one.Db, "--previous", Repo.Release100Database, "--output", Path.Combine(second.Path, "r"));

        Assert.Equal((AzsyApp.Ok, string.Empty), (one.Exit, one.Error));
        Assert.Equal((AzsyApp.Ok, string.Empty), (two.Exit, two.Error));
        var files = ReleaseWriter.Files(one.Target);
        Assert.Equal(files, ReleaseWriter.Files(Path.Combine(second.Path, "r")));
        Assert.All(files, f => Assert.True(
            File.ReadAllBytes(Path.Combine(one.Target, f)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(second.Path, "r", f))), f));
    }

    [Fact]
    public void Release_manifest_lists_every_other_file_with_its_sha256()
    {
        var (_, target, exit, output, _) = Shared.Value;

        Assert.Equal(AzsyApp.Ok, exit);
        var manifest = File.ReadAllLines(Path.Combine(target, ReleaseWriter.ManifestName)).Select(l => (Hash: l[..64], Path: l[66..])).ToList();
        var files = ReleaseWriter.Files(target).Where(f => f != ReleaseWriter.ManifestName).ToList();
        Assert.Equal(files, manifest.Select(m => m.Path));
        Assert.All(manifest, m => Assert.Equal(Sha256(Path.Combine(target, m.Path)), m.Hash));
        Assert.Equal(Messages.ReleaseWritten("2.0.0", files.Count + 1, target) + Environment.NewLine, output);
    }

    [Fact]
    public void Release_holds_the_database_its_hash_the_exports_the_site_and_the_citation_files()
    {
        var (db, target, exit, _, _) = Shared.Value;

        Assert.Equal(AzsyApp.Ok, exit);

        var files = ReleaseWriter.Files(target);
        Assert.Equal(File.ReadAllBytes(db), File.ReadAllBytes(Path.Combine(target, RelationsDataset.DatabaseFileName)));
        Assert.Equal($"{Sha256(db)}  {RelationsDataset.DatabaseFileName}\n", File.ReadAllText(Path.Combine(target, RelationsDataset.DatabaseFileName + ".sha256")));
        Assert.Contains("csv/timeline.csv", files);
        Assert.Contains("json/timeline.json", files);
        Assert.Contains("datapackage/datapackage.json", files);
        Assert.Contains("site/index.html", files);
        Assert.Contains("site/events/minister-visits-damascus.html", files);

        var cff = File.ReadAllText(Path.Combine(target, ReleaseWriter.CitationName));
        Assert.Contains("\nversion: 2.0.0\n", cff, StringComparison.Ordinal);
        Assert.Contains($"\ndate-released: {Date}\n", cff, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllText(Path.Combine(Repo.Root, "CITATION.cff")).ReplaceLineEndings("\n").Split('\n').Where(l => !l.StartsWith("version:", StringComparison.Ordinal) && !l.StartsWith("date-released:", StringComparison.Ordinal)),
            cff.Split('\n').Where(l => !l.StartsWith("version:", StringComparison.Ordinal) && !l.StartsWith("date-released:", StringComparison.Ordinal)));

        using var zenodo = JsonDocument.Parse(File.ReadAllText(Path.Combine(target, ReleaseWriter.ZenodoName)));
        Assert.Equal(("2.0.0", Date, "dataset", "cc-by-4.0"), (
            zenodo.RootElement.GetProperty("version").GetString(), zenodo.RootElement.GetProperty("publication_date").GetString(),
            zenodo.RootElement.GetProperty("upload_type").GetString(), zenodo.RootElement.GetProperty("license").GetString()));
        Assert.NotEmpty(zenodo.RootElement.GetProperty("creators").EnumerateArray());
    }

    [Fact]
    public async Task Release_notes_hold_the_diff_against_the_previous_release()
    {
        using var builds = new FixtureBuilds();
        MakeReleaseReady(builds.New, FixtureBuilds.NewRelease);
        using var folder = new TempDirectory();
        var target = Path.Combine(folder.Path, "release");

        var (exit, _, error) = AzsyInProcess.Run("release", "--db", builds.New, "--previous", builds.Old, "-o", target);

        Assert.Equal((AzsyApp.Ok, string.Empty), (exit, error));
        string expected;
        using (var older = RelationsDataset.Open(builds.Old))
        using (var newer = RelationsDataset.Open(builds.New))
        {
            expected = ReleaseNotes.Render(await DatasetDiff.CompareAsync(older, newer), "2.0.0", FixtureBuilds.NewRelease);
        }

        var notes = File.ReadAllText(Path.Combine(target, ReleaseWriter.NotesName));
        Assert.StartsWith($"# Azerbaijan–Syria relations dataset {FixtureBuilds.NewRelease}\n\nReleased {Date}.", notes, StringComparison.Ordinal);
        Assert.EndsWith("## What changed since 2.0.0\n\n" +
            $"Compared with the 2.0.0 database (SHA-256 `{Sha256(builds.Old)}`) by `azsy diff`; `azsy diff OLD NEW --format csv` gives every field with its old and new value.\n\n" + expected, notes, StringComparison.Ordinal);
        Assert.Contains($"`{FixtureBuilds.AddedEvent}`", expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Release_refuses_a_database_that_records_no_release_date_and_writes_nothing()
    {
        using var db = new TempFile();
        File.Copy(FixtureDatabase.Path, db.Path);
        SetMetadata(db.Path, "version", "2.0.0");
        RemoveMetadata(db.Path, ReleaseWriter.DateKey);
        using var folder = new TempDirectory();
        var target = Path.Combine(folder.Path, "release");

        var (exit, _, error) = AzsyInProcess.Run("release", "--db", db.Path, "--previous", Repo.Release100Database, "-o", target);

        Assert.Equal(AzsyApp.Failure, exit);
        Assert.Equal(Messages.Usage(ExportMessages.ReleaseNeedsDate(Path.GetFullPath(db.Path), ReleaseWriter.DateKey, null)) + Environment.NewLine, error);
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder.Path));
    }

    [Fact]
    public void Release_refuses_a_version_behind_the_change_log_and_one_no_newer_than_the_previous_release()
    {
        using var behind = new TempFile();
        File.Copy(FixtureDatabase.Path, behind.Path);
        SetMetadata(behind.Path, ReleaseWriter.DateKey, Date);
        SetMetadata(behind.Path, "version", "1.0.0"); // behind the log, which is of release 2.0.0
        using var ready = ReleaseReady();
        using var folder = new TempDirectory();

        var lagging = AzsyInProcess.Run("release", "--db", behind.Path, "--previous", Repo.Release100Database, "-o", Path.Combine(folder.Path, "a"));
        var same = AzsyInProcess.Run("release", "--db", ready.Path, "--previous", ready.Path, "-o", Path.Combine(folder.Path, "b"));

        Assert.Equal(Messages.Usage(ExportMessages.ReleaseVersionBehindLog(Path.GetFullPath(behind.Path), "1.0.0", "2.0.0")) + Environment.NewLine, lagging.Error);
        Assert.Equal(Messages.Usage(ExportMessages.ReleaseNotNewer(Path.GetFullPath(ready.Path), "2.0.0", Path.GetFullPath(ready.Path), "2.0.0")) + Environment.NewLine, same.Error);
        Assert.Equal((AzsyApp.Failure, AzsyApp.Failure), (lagging.Exit, same.Exit));
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder.Path));
    }

    [Fact]
    public void Release_ships_the_built_programs_byte_for_byte_when_given_a_programs_folder()
    {
        using var db = ReleaseReady();
        using var folder = new TempDirectory();
        var programs = Directory.CreateDirectory(Path.Combine(folder.Path, "programs-built")).FullName;
        File.WriteAllBytes(Path.Combine(programs, "azsy-linux-x64"), [0x7f, (byte)'E', (byte)'L', (byte)'F', 1, 2, 3]);
        File.WriteAllBytes(Path.Combine(programs, "AzerbaijanSyria.Relations.Tool.3.0.0.nupkg"), [(byte)'P', (byte)'K', 3, 4]);
        var target = Path.Combine(folder.Path, "release");

        var (exit, _, error) = AzsyInProcess.Run("release", "--db", db.Path, "--previous", Repo.Release100Database, "--programs", programs, "-o", target);

        Assert.Equal((AzsyApp.Ok, string.Empty), (exit, error));
        foreach (var name in new[] { "azsy-linux-x64", "AzerbaijanSyria.Relations.Tool.3.0.0.nupkg" })
        {
            var shipped = Path.Combine(target, ReleaseWriter.ProgramsFolder, name);
            Assert.Equal(File.ReadAllBytes(Path.Combine(programs, name)), File.ReadAllBytes(shipped));
            Assert.Contains($"{Sha256(shipped)}  {ReleaseWriter.ProgramsFolder}/{name}", File.ReadAllLines(Path.Combine(target, ReleaseWriter.ManifestName)));
            Assert.Contains($"`{ReleaseWriter.ProgramsFolder}/{name}`", File.ReadAllText(Path.Combine(target, ReleaseWriter.NotesName)), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Release_refuses_a_programs_folder_that_is_missing_or_empty_and_writes_nothing()
    {
        using var db = ReleaseReady();
        using var folder = new TempDirectory();
        var empty = Directory.CreateDirectory(Path.Combine(folder.Path, "empty")).FullName;
        var target = Path.Combine(folder.Path, "release");

        var missing = AzsyInProcess.Run("release", "--db", db.Path, "--previous", Repo.Release100Database, "--programs", Path.Combine(folder.Path, "nowhere"), "-o", target);
        var none = AzsyInProcess.Run("release", "--db", db.Path, "--previous", Repo.Release100Database, "--programs", empty, "-o", target);

        Assert.Equal(AzsyApp.Failure, missing.Exit);
        Assert.Contains("does not exist", missing.Error, StringComparison.Ordinal);
        Assert.Equal(AzsyApp.Failure, none.Exit);
        Assert.Contains("is empty", none.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(target));
    }

    [Fact]
    public void Release_refuses_a_folder_that_is_not_empty_and_leaves_it_as_it_is()
    {
        using var db = ReleaseReady();
        using var folder = new TempDirectory();
        File.WriteAllText(Path.Combine(folder.Path, "notes.txt"), "mine");

        var (exit, _, error) = AzsyInProcess.Run("release", "--db", db.Path, "--previous", Repo.Release100Database, "-o", folder.Path);

        Assert.Equal(AzsyApp.Failure, exit);
        Assert.Equal(Messages.Usage(ExportMessages.ReleaseTargetNotEmpty(folder.Path)) + Environment.NewLine, error);
        Assert.Equal(["notes.txt"], Directory.EnumerateFileSystemEntries(folder.Path).Select(Path.GetFileName));
        Assert.Empty(Directory.EnumerateFileSystemEntries(Path.GetDirectoryName(folder.Path)!, $".{Path.GetFileName(folder.Path)}.*.tmp"));
    }

    [Fact]
    public void Release_into_an_empty_folder_fills_it()
    {
        using var db = ReleaseReady();
        using var folder = new TempDirectory();

        var (exit, _, _) = AzsyInProcess.Run("release", "--db", db.Path, "--previous", Repo.Release100Database, "-o", folder.Path);

        Assert.Equal(AzsyApp.Ok, exit);
        Assert.True(File.Exists(Path.Combine(folder.Path, ReleaseWriter.ManifestName)));
    }

    [Fact]
    public void Release_refuses_a_previous_file_that_is_not_this_dataset()
    {
        using var db = ReleaseReady();
        using var other = new TempFile();
        using (var connection = new SqliteConnection($"Data Source={other.Path};Pooling=False"))
        {
            connection.Open();
            connection.Execute("CREATE TABLE t (x)");
        }

        using var folder = new TempDirectory();

        var (exit, _, error) = AzsyInProcess.Run("release", "--db", db.Path, "--previous", other.Path, "-o", Path.Combine(folder.Path, "r"));

        Assert.Equal(AzsyApp.Failure, exit);
        Assert.Equal(Messages.Usage(LibraryMessages.NotThisDataset(Path.GetFullPath(other.Path), 0)) + Environment.NewLine, error);
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder.Path));
    }

    [Fact]
    public void Release_refuses_a_database_in_write_ahead_log_mode()
    {
        using var folder = new TempDirectory();
        var wal = WalDatabase.Create(folder.Path, withWal: true);

        var (exit, _, error) = AzsyInProcess.Run("release", "--db", wal, "--previous", Repo.Release100Database, "-o", Path.Combine(folder.Path, "r"));

        Assert.Equal(AzsyApp.Failure, exit);
        Assert.Equal(Messages.Usage(ExportMessages.ReleaseOfWalFile(Path.GetFullPath(wal))) + Environment.NewLine, error);
        Assert.Equal(["wal.db", "wal.db-wal"], WalDatabase.Files(folder.Path));
    }

    /// <summary>A copy of the fixture as its release would be: version 2.0.0 (the release its log records) and a release date.</summary>
    private static TempFile ReleaseReady()
    {
        var db = new TempFile();
        File.Copy(FixtureDatabase.Path, db.Path);
        MakeReleaseReady(db.Path, "2.0.0");
        return db;
    }

    private static void MakeReleaseReady(string path, string version)
    {
        SetMetadata(path, "version", version);
        SetMetadata(path, ReleaseWriter.DateKey, Date);
    }

    private static void RemoveMetadata(string path, string key)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        connection.Execute("DELETE FROM dataset_metadata WHERE key = @key", new { key });
    }

    private static void SetMetadata(string path, string key, string value)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        connection.Execute("INSERT INTO dataset_metadata (key, value) VALUES (@key, @value) ON CONFLICT (key) DO UPDATE SET value = excluded.value", new { key, value });
    }

    private static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
}
