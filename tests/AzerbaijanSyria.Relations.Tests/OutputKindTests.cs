using AzerbaijanSyria.Relations.Cli;
using AzerbaijanSyria.Relations.Export;
using Dapper;
using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations.Tests;

/// <summary>
/// Outputs replace only regular files (issue 21, items 1, 5 and 9): every command that writes refuses a
/// FIFO, a socket, a device or a symbolic link at its output with one line and leaves it as it was; a
/// build never replaces a database another process is writing; and output names up to the file system's
/// limit work.
/// </summary>
public sealed class OutputKindTests
{
    public static TheoryData<string> Kinds => new() { SpecialFiles.Fifo, SpecialFiles.Socket, SpecialFiles.Link };

    private static string Refusal(string kind, string path, string linkTarget) => kind == SpecialFiles.Link
        ? LibraryMessages.OutputIsLink(path, linkTarget)
        : LibraryMessages.OutputNotAFile(path, FileKinds.Describe(SpecialFiles.KindOf(kind)));

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Build_refuses_a_fifo_a_socket_or_a_symbolic_link_as_its_output_and_leaves_it(string kind)
    {
        using var directory = new TempDirectory();
        var target = Path.Combine(directory.Path, "out.db");
        var real = Path.Combine(directory.Path, "real.db");
        File.Copy(FixtureDatabase.Path, real);
        var before = Sha256Hash.OfFile(real);
        using var thing = SpecialFiles.Make(kind, target, real);

        var (exit, _, error) = SpecialFiles.WithoutWaitingOn(target, () => AzsyInProcess.Run("build", "-o", target));

        Assert.Equal(1, exit);
        Assert.Equal(Messages.Usage(Refusal(kind, target, real)) + Environment.NewLine, error);
        Assert.Equal(SpecialFiles.KindOf(kind), FileKinds.Of(target, followLinks: false));
        Assert.Equal(before, Sha256Hash.OfFile(real));
        Assert.Equal(["out.db", "real.db"], WalDatabase.Files(directory.Path));
    }

    [Fact]
    public void Build_and_synth_refuse_a_device_as_their_output_and_leave_it_a_device()
    {
        // Only the refusal is tried: /dev/null must still be the machine's device afterwards.
        var build = AzsyInProcess.Run("build", "-o", "/dev/null");
        var synth = AzsyInProcess.Run("synth", "--events", "1", "-o", "/dev/null");

        Assert.Equal((1, Messages.Usage(LibraryMessages.OutputNotAFile("/dev/null", "a character device")) + Environment.NewLine), (build.Exit, build.Error));
        Assert.Equal((1, Messages.Usage(LibraryMessages.OutputNotAFile("/dev/null", "a character device")) + Environment.NewLine), (synth.Exit, synth.Error));
        Assert.Equal(FileKind.CharacterDevice, FileKinds.Of("/dev/null", followLinks: false));
        Assert.False(File.Exists("/dev/null.sha256"));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Synth_and_timeline_svg_refuse_a_fifo_a_socket_or_a_symbolic_link_as_their_output(string kind)
    {
        using var directory = new TempDirectory();
        var target = Path.Combine(directory.Path, "out");
        var real = Path.Combine(directory.Path, "real.txt");
        File.WriteAllText(real, "keep me");
        using var thing = SpecialFiles.Make(kind, target, real);

        var synth = SpecialFiles.WithoutWaitingOn(target, () => AzsyInProcess.Run("synth", "--events", "1", "-o", target));
        var svg = SpecialFiles.WithoutWaitingOn(target, () => AzsyInProcess.Run("timeline", "--svg", target, "--db", FixtureDatabase.Path));

        Assert.Equal((1, Messages.Usage(Refusal(kind, target, real)) + Environment.NewLine), (synth.Exit, synth.Error));
        Assert.Equal((1, string.Empty, Messages.Usage(Refusal(kind, target, real)) + Environment.NewLine), svg);
        Assert.Equal(SpecialFiles.KindOf(kind), FileKinds.Of(target, followLinks: false));
        Assert.Equal("keep me", File.ReadAllText(real));
        Assert.Equal(["out", "real.txt"], WalDatabase.Files(directory.Path));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Documentation_files_refuse_a_fifo_a_socket_or_a_symbolic_link_where_one_goes(string kind)
    {
        using var directory = new TempDirectory();
        var target = Path.Combine(directory.Path, "timeline.svg");
        var real = Path.Combine(directory.Path, "real.txt");
        File.WriteAllText(real, "keep me");
        using var thing = SpecialFiles.Make(kind, target, real);
        await using var dataset = await RelationsDataset.OpenAsync(FixtureDatabase.Path);

        var error = await Assert.ThrowsAsync<DatasetFileException>(() => Task.Run(() => DocumentationFiles.WriteAsync(dataset, directory.Path)).WaitAsync(TimeSpan.FromSeconds(60)));

        Assert.Equal(Refusal(kind, target, real), error.Message);
        Assert.Equal(SpecialFiles.KindOf(kind), FileKinds.Of(target, followLinks: false));
        Assert.Equal("keep me", File.ReadAllText(real));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Export_refuses_a_fifo_a_socket_or_a_symbolic_link_where_a_file_goes_and_writes_nothing(string kind)
    {
        using var directory = new TempDirectory();
        using var outside = new TempDirectory();
        var target = Path.Combine(directory.Path, "events.csv");
        var real = Path.Combine(outside.Path, "real.csv");
        File.WriteAllText(real, "keep me");
        using var thing = SpecialFiles.Make(kind, target, real);

        var (exit, _, error) = SpecialFiles.WithoutWaitingOn(target, () => AzsyInProcess.Run("export", "-f", "csv", "-o", directory.Path, "--db", FixtureDatabase.Path));

        Assert.Equal(1, exit);
        Assert.Equal(Messages.Usage(Refusal(kind, target, real)) + Environment.NewLine, error);
        Assert.Equal(["events.csv"], WalDatabase.Files(directory.Path));
        Assert.Equal(SpecialFiles.KindOf(kind), FileKinds.Of(target, followLinks: false));
        Assert.Equal(["real.csv"], WalDatabase.Files(outside.Path));
        Assert.Empty(Directory.GetDirectories(Path.GetDirectoryName(directory.Path)!, $".{Path.GetFileName(directory.Path)}*"));
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("site")]
    public void Export_refuses_a_symbolic_link_to_a_folder_as_its_output_and_writes_nothing_through_it(string format)
    {
        using var directory = new TempDirectory();
        using var outside = new TempDirectory();
        var target = Path.Combine(directory.Path, "out");
        Directory.CreateSymbolicLink(target, outside.Path);

        var (exit, _, error) = AzsyInProcess.Run("export", "-f", format, "-o", target, "--db", FixtureDatabase.Path);

        Assert.Equal(1, exit);
        Assert.Equal(Messages.Usage(LibraryMessages.OutputIsLink(target, outside.Path)) + Environment.NewLine, error);
        Assert.Empty(WalDatabase.Files(outside.Path));
        Assert.Equal(["out"], WalDatabase.Files(directory.Path));
    }

    [Theory]
    [InlineData(SpecialFiles.Fifo)]
    [InlineData(SpecialFiles.Socket)]
    public void Export_refuses_a_fifo_or_a_socket_as_its_output_folder(string kind)
    {
        using var directory = new TempDirectory();
        var target = Path.Combine(directory.Path, "out");
        using var thing = SpecialFiles.Make(kind, target, target);

        var (exit, _, error) = SpecialFiles.WithoutWaitingOn(target, () => AzsyInProcess.Run("export", "-f", "site", "-o", target, "--db", FixtureDatabase.Path));

        Assert.Equal(1, exit);
        Assert.Equal(Messages.Usage(Refusal(kind, target, target)) + Environment.NewLine, error);
        Assert.Equal(["out"], WalDatabase.Files(directory.Path));
    }

    [Fact]
    public void Build_refuses_to_replace_a_database_another_connection_is_writing_and_its_change_is_kept()
    {
        using var directory = new TempDirectory();
        var target = Path.Combine(directory.Path, "out.db");
        File.Copy(FixtureDatabase.Path, target);
        using (var writer = new SqliteConnection($"Data Source={target};Pooling=False"))
        {
            writer.Open();
            using var transaction = writer.BeginTransaction(deferred: false); // BEGIN IMMEDIATE: SQLite's write lock
            writer.Execute("CREATE TABLE another_writers_note (note TEXT); INSERT INTO another_writers_note VALUES ('kept');", transaction: transaction);

            var error = Assert.Throws<DatasetFileException>(() => DatasetBuilder.Build(target));

            Assert.Equal(DatasetFileProblem.InUse, error.Problem);
            Assert.Equal(BuildMessages.OutputBeingWritten(target, OutputLock.BusyTimeoutSeconds), error.Message);
            transaction.Commit();
        }

        using (var reader = new SqliteConnection(RelationsDataset.ReadOnlyConnectionString(target)))
        {
            reader.Open();
            Assert.Equal("kept", reader.ExecuteScalar<string>("SELECT note FROM another_writers_note"));
        }

        Assert.Equal(["out.db"], WalDatabase.Files(directory.Path));
        Assert.Equal(DatasetBuilder.ComputeSha256(Repo.ShippedDatabase), DatasetBuilder.Build(target).Sha256); // the writer is done: now it is replaced
    }

    [Fact]
    public void Build_waits_for_no_reader_of_the_old_file()
    {
        using var directory = new TempDirectory();
        var target = Path.Combine(directory.Path, "out.db");
        File.Copy(FixtureDatabase.Path, target);
        using var reader = new SqliteConnection(RelationsDataset.ReadOnlyConnectionString(target));
        reader.Open();
        using var transaction = reader.BeginTransaction();
        Assert.True(reader.ExecuteScalar<long>("SELECT count(*) FROM events", transaction: transaction) > 0); // a shared lock, held

        Assert.Equal(DatasetBuilder.ComputeSha256(Repo.ShippedDatabase), DatasetBuilder.Build(target).Sha256);
    }

    [Fact]
    public void Output_names_up_to_the_file_system_s_limit_work()
    {
        using var directory = new TempDirectory();
        var longest = new string('t', 251) + ".svg"; // 255 bytes
        var longFolder = Path.Combine(directory.Path, new string('e', 255));
        var longUnicode = Path.Combine(directory.Path, string.Concat(Enumerable.Repeat("ə", 125)) + ".svg"); // 250 + 4 bytes of UTF-8

        var svg = AzsyInProcess.Run("timeline", "--svg", Path.Combine(directory.Path, longest), "--db", FixtureDatabase.Path);
        var svgUnicode = AzsyInProcess.Run("timeline", "--svg", longUnicode, "--db", FixtureDatabase.Path);
        var export = AzsyInProcess.Run("export", "-f", "json", "-o", longFolder, "--db", FixtureDatabase.Path);

        Assert.Equal((0, string.Empty), (svg.Exit, svg.Error));
        Assert.Equal((0, string.Empty), (svgUnicode.Exit, svgUnicode.Error));
        Assert.Equal((0, string.Empty), (export.Exit, export.Error));
        Assert.Equal([Path.GetFileName(longFolder), longest, Path.GetFileName(longUnicode)], WalDatabase.Files(directory.Path));
        Assert.Contains("events.json", WalDatabase.Files(longFolder));
    }

    [Fact]
    public void Build_refuses_a_name_whose_hash_file_would_be_too_long_before_it_writes_anything()
    {
        using var directory = new TempDirectory();
        var target = Path.Combine(directory.Path, new string('b', 246) + ".db"); // 249 bytes: .sha256 makes 256

        var (exit, _, error) = AzsyInProcess.Run("build", "-o", target);

        Assert.Equal(1, exit);
        Assert.Equal(Messages.Usage(BuildMessages.HashFileNameTooLong(target, 248)) + Environment.NewLine, error);
        Assert.Empty(WalDatabase.Files(directory.Path));
    }

    [Fact]
    public void Staged_names_of_the_longest_outputs_stay_within_the_limit_with_a_journal_beside_them()
    {
        foreach (var name in new[] { new string('x', 255), string.Concat(Enumerable.Repeat("ş", 127)), "a" })
        {
            var staged = $"{StagedFile.HiddenPrefix(name)}{Guid.NewGuid():N}.tmp-journal";
            Assert.True(System.Text.Encoding.UTF8.GetByteCount(staged) <= 255, $"{staged.Length} characters");
        }

        Assert.NotEqual(StagedFile.HiddenPrefix(new string('x', 255)), StagedFile.HiddenPrefix(new string('x', 254)));
        Assert.Equal(".a.", StagedFile.HiddenPrefix("a"));
    }
}
