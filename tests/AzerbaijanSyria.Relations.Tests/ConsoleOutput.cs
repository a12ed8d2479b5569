namespace AzerbaijanSyria.Relations.Tests;

/// <summary>Tests that redirect the console (which is the whole process's) run one at a time, apart from every other test.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleOutput
{
    /// <summary>The collection's name.</summary>
    public const string Name = "console output";
}
