using System.CommandLine;
using AzerbaijanSyria.Relations.Cli;

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
}
