using AzerbaijanSyria.Relations.Cli;

namespace AzerbaijanSyria.Relations.Tests;

/// <summary>
/// The remaining edges of input and output (issue 21, item 9): a FIFO as an input does not hang, a file
/// of an older release is named as such, a failed write to standard output says so, empty option values
/// and numbers too large are plain usage errors.
/// </summary>
public sealed class EdgeInputTests
{
    [Theory]
    [InlineData("info", "--db", "{fifo}")]
    [InlineData("timeline", "--db", "{fifo}")]
    [InlineData("diff", "{fifo}", "{shipped}")]
    [InlineData("validate", "--db", "{fifo}")]
    public void A_fifo_given_as_the_database_is_refused_at_once(params string[] template)
    {
        using var directory = new TempDirectory();
        var fifo = Path.Combine(directory.Path, "pipe.db");
        using var thing = SpecialFiles.Make(SpecialFiles.Fifo, fifo, fifo);
        var args = template.Select(a => a.Replace("{fifo}", fifo, StringComparison.Ordinal).Replace("{shipped}", Repo.ShippedDatabase, StringComparison.Ordinal)).ToArray();

        var (exit, _, error) = SpecialFiles.WithoutWaitingOn(fifo, () => AzsyInProcess.Run(args));

        Assert.Equal(1, exit);
        Assert.Contains(LibraryMessages.NotAFile(fifo, "a FIFO (named pipe)"), error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenAsync_refuses_a_fifo_at_once_and_honours_a_cancelled_token()
    {
        using var directory = new TempDirectory();
        var fifo = Path.Combine(directory.Path, "pipe.db");
        using var thing = SpecialFiles.Make(SpecialFiles.Fifo, fifo, fifo);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var error = SpecialFiles.WithoutWaitingOn(fifo, () => Assert.ThrowsAsync<DatasetFileException>(() => RelationsDataset.OpenAsync(fifo)).GetAwaiter().GetResult());
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => RelationsDataset.OpenAsync(fifo, cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => RelationsDataset.OpenAsync(FixtureDatabase.Path, cancelled.Token));

        Assert.Equal(DatasetFileProblem.NotAFile, error.Problem);
        Assert.Equal(LibraryMessages.NotAFile(fifo, "a FIFO (named pipe)"), error.Message);
    }

    [Theory]
    [InlineData("stats")]
    [InlineData("show", "rafiyev-visits-damascus")]
    public void A_file_of_an_older_release_is_named_with_its_release_instead_of_a_missing_column(params string[] command)
    {
        var (exit, _, error) = AzsyInProcess.Run([.. command, "--db", Repo.Release100Database]);

        using var old = RelationsDataset.Open(Repo.Release100Database);
        Assert.Equal(1, exit);
        Assert.Equal(Messages.Usage(LibraryMessages.OlderRelease(Repo.Release100Database, old.DatasetVersion, old.SchemaVersion)) + Environment.NewLine, error);
        Assert.Contains("release 1.0.0", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failed_write_to_standard_output_prints_one_line_and_exits_1()
    {
        var error = new StringWriter();

        var exit = AzsyInProcess.RunWith(["list", "topics", "--db", FixtureDatabase.Path], new StandardOutputWriter(new FullDevice()), error);

        Assert.Equal(1, exit);
        Assert.Equal(Messages.Usage(Messages.OutputFailed(FullDevice.Reason)) + Environment.NewLine, error.ToString());
    }

    [Fact]
    [Trait("Category", "Slow")]
    public async Task A_failed_write_to_standard_output_of_the_process_prints_one_line_and_exits_1()
    {
        var start = new System.Diagnostics.ProcessStartInfo("/bin/sh") { RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("exec dotnet \"$0\" list topics > /dev/full");
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "azsy.dll"));

        using var process = System.Diagnostics.Process.Start(start)!;
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(1, process.ExitCode);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("azsy: could not write to standard output (", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--db", "info", "--db", "")]
    [InlineData("--from", "timeline", "--from", "")]
    [InlineData("--to", "timeline", "--to", " ")]
    [InlineData("--topic", "timeline", "--topic", "")]
    [InlineData("--previous", "release", "--output", "x", "--previous", "")]
    [InlineData("--country", "offices", "--on", "2020-01-01", "--country", "")]
    [InlineData("--sources", "timeline", "--sources", "")]
    public void An_empty_option_value_is_a_usage_error(string option, params string[] args)
    {
        var (exit, output, error) = AzsyInProcess.Run(args);

        // An option with a check of its own says what it takes; any other says that it needs a value.
        Assert.Equal((2, string.Empty), (exit, output));
        Assert.StartsWith(Messages.Prefix + option + " ", Assert.Single(error.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--db", "info", "--db", "")]
    [InlineData("--from", "timeline", "--from", "")]
    [InlineData("--topic", "timeline", "--topic", "")]
    public void An_empty_value_of_an_option_without_a_check_of_its_own_needs_a_value(string option, params string[] args)
    {
        Assert.Equal((2, string.Empty, Messages.Usage(Messages.EmptyValue(option)) + Environment.NewLine), AzsyInProcess.Run(args));
    }

    [Fact]
    public void An_empty_search_text_is_a_usage_error()
    {
        Assert.Equal((2, string.Empty, Messages.Usage(Messages.EmptyArgument("TEXT", "search")) + Environment.NewLine), AzsyInProcess.Run("search", "", "--db", FixtureDatabase.Path));
    }

    [Theory]
    [InlineData("--limit", "99999999999", "search", "gas")]
    [InlineData("--limit", "99999999999999999999999999", "search", "gas")]
    [InlineData("--max-width", "99999999999", "timeline")]
    public void A_number_too_large_for_an_option_gets_a_plain_message(string option, string value, params string[] command)
    {
        var (exit, output, error) = AzsyInProcess.Run([.. command, option, value, "--db", FixtureDatabase.Path]);

        Assert.Equal((2, string.Empty), (exit, output));
        Assert.Equal(Messages.Usage(Messages.NumberTooLarge(option, value, int.MaxValue)) + Environment.NewLine, error);
    }

    [Fact]
    public void A_number_option_still_takes_its_default_and_a_plain_number()
    {
        var fallback = AzsyInProcess.Run("search", "gas", "--db", FixtureDatabase.Path);
        var one = AzsyInProcess.Run("search", "gas", "--limit", "1", "--db", FixtureDatabase.Path);
        var word = AzsyInProcess.Run("search", "gas", "--limit", "many", "--db", FixtureDatabase.Path);

        Assert.Equal((0, string.Empty), (fallback.Exit, fallback.Error));
        Assert.Equal((0, string.Empty), (one.Exit, one.Error));
        Assert.True(fallback.Output.Length > one.Output.Length);
        Assert.Equal((2, Messages.Usage(Messages.NotANumber("--limit", "many")) + Environment.NewLine), (word.Exit, word.Error));
    }

    /// <summary>A writer over a device with no space left, as <c>/dev/full</c> is.</summary>
    private sealed class FullDevice : TextWriter
    {
        public const string Reason = "No space left on device";

        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;

        public override void Write(char value) => throw new IOException(Reason);

        public override void Flush() => throw new IOException(Reason);
    }
}
