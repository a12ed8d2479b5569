using System.CommandLine;
using System.CommandLine.Completions;
using AzerbaijanSyria.Relations.Cli;
using AzerbaijanSyria.Relations.Export;

namespace AzerbaijanSyria.Relations.Tests;

/// <summary>The tool's commands and options are all described, in --help and in the README.</summary>
public sealed class CliDocumentationTests
{
    private static readonly RootCommand Root = AzsyApp.CreateRootCommand(TextWriter.Null, TextWriter.Null);

    public static TheoryData<string> Commands() => new(Root.Subcommands.Select(c => c.Name));

    [Theory]
    [MemberData(nameof(Commands))]
    public void Command_and_each_option_have_help_text(string name)
    {
        var command = Root.Subcommands.Single(c => c.Name == name);

        Assert.False(string.IsNullOrWhiteSpace(command.Description), name);
        Assert.All(command.Options.Where(o => o is not System.CommandLine.Help.HelpOption), o => Assert.False(string.IsNullOrWhiteSpace(o.Description), $"{name} {o.Name}"));
        Assert.All(command.Arguments, a => Assert.False(string.IsNullOrWhiteSpace(a.Description), $"{name} {a.Name}"));
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Readme_names_the_command_and_every_option(string name)
    {
        var readme = File.ReadAllText(Repo.Readme);
        var command = Root.Subcommands.Single(c => c.Name == name);

        Assert.Contains($"azsy {name}", readme, StringComparison.Ordinal);
        foreach (var option in command.Options.Where(o => o is not System.CommandLine.Help.HelpOption))
        {
            Assert.Contains(option.Name, readme, StringComparison.Ordinal);
            foreach (var alias in option.Aliases)
            {
                Assert.Contains($"`{alias}`", readme, StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Help_exits_0_and_describes_the_command(string name)
    {
        var output = new StringWriter();

        var exit = AzsyInProcess.RunWith([name, "--help"], output, TextWriter.Null);

        Assert.Equal(0, exit);
        Assert.Contains(Root.Subcommands.Single(c => c.Name == name).Description!, output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Export_help_says_every_format_streams_at_any_size_when_it_describes_the_site()
    {
        var output = new StringWriter();

        var exit = AzsyInProcess.RunWith(["export", "--help"], output, TextWriter.Null);

        Assert.Equal(0, exit);
        var help = string.Join(' ', output.ToString().Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("Every format streams at any size", help, StringComparison.Ordinal);
        Assert.DoesNotContain("refused", help, StringComparison.Ordinal);
        Assert.DoesNotMatch("up to [0-9,]+ rows", help);
    }

    /// <summary>How the help texts name each export format in prose; every format must have a name here.</summary>
    private static readonly Dictionary<ExportFormat, string> FormatProse = new()
    {
        [ExportFormat.Csv] = "CSV",
        [ExportFormat.Json] = "JSON",
        [ExportFormat.DataPackage] = "Data Package",
        [ExportFormat.Datasette] = "Datasette",
        [ExportFormat.Parquet] = "Parquet",
        [ExportFormat.Site] = "site",
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void Option_that_describes_one_of_its_values_describes_every_value_it_takes(string name)
    {
        var command = Root.Subcommands.Single(c => c.Name == name);

        foreach (var option in command.Options.Where(o => o is not System.CommandLine.Help.HelpOption))
        {
            var values = option.GetCompletions(CompletionContext.Empty).Select(c => c.Label).ToList();
            // An option whose description explains a value ("csv: one file per table …") names each of its values there.
            var described = values.Where(v => System.Text.RegularExpressions.Regex.IsMatch(option.Description!, $@"(?<![\w-]){System.Text.RegularExpressions.Regex.Escape(v)}(?![\w-])")).ToList();
            if (values.Any(v => option.Description!.Contains(v + ":", StringComparison.Ordinal)))
            {
                Assert.True(values.Count == described.Count, $"{name} {option.Name} describes {string.Join(", ", described)} but not {string.Join(", ", values.Except(described))}: --help would not tell what it does");
            }
        }
    }

    [Fact]
    public void Export_help_describes_every_format_and_release_help_names_every_export_it_writes()
    {
        Assert.Equal(Enum.GetValues<ExportFormat>().Order(), FormatProse.Keys.Order());
        var export = Root.Subcommands.Single(c => c.Name == "export");
        var release = Root.Subcommands.Single(c => c.Name == "release");
        var format = export.Options.Single(o => o.Name == "--format");

        Assert.All(DatasetExporter.FormatNames, f => Assert.Contains(f + ":", format.Description!, StringComparison.Ordinal));
        Assert.All(Enum.GetValues<ExportFormat>(), f => Assert.Contains(FormatProse[f], export.Description!, StringComparison.Ordinal));
        Assert.All(ReleaseWriter.Exports, f => Assert.Contains(FormatProse[f], release.Description!, StringComparison.Ordinal));
    }
}
