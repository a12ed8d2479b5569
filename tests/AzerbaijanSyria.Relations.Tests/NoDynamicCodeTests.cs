namespace AzerbaijanSyria.Relations.Tests;

/// <summary>
/// Every command of azsy runs with dynamic code switched off, as a NativeAOT build runs it: the tool is
/// started by <c>dotnet exec</c> with a runtime configuration that sets
/// <c>System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported</c> to false, so any code
/// emitted at run time (run-time Dapper's readers and parameter writers, a reflection-based serializer)
/// throws "Dynamic code generation is not supported", exactly as in the native executable. A NativeAOT
/// publish takes minutes of CPU; this finds the same failures in seconds (bench/coldstart.sh runs the
/// native build itself).
/// </summary>
[Trait("Category", "Slow")]
public sealed class NoDynamicCodeTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public static TheoryData<string> Commands() => new(
        "info", "validate", "stats", "timeline --from 2025-07 --to 2025-07", "search Mikdad", "show embassy-civil-aviation-talks",
        "show embassy-civil-aviation-talks --history", "offices --on 2022 --country SYR", "agreements", "one-sided --side syria",
        "list people", "query \"SELECT count(*) FROM events\" --format json");

    public void Dispose() => temp.Dispose();

    [Theory]
    [MemberData(nameof(Commands))]
    public void Command_runs_when_dynamic_code_is_not_supported(string command)
    {
        var result = Run([.. Split(command), "--db", Repo.ShippedDatabase]);

        Assert.True(result.ExitCode == 0, $"azsy {command}: exit {result.ExitCode}\n{result.Error}");
        Assert.False(string.IsNullOrWhiteSpace(result.Output));
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("json")]
    [InlineData("datapackage")]
    [InlineData("datasette")]
    [InlineData("parquet")]
    [InlineData("site")]
    public void Export_runs_when_dynamic_code_is_not_supported(string format)
    {
        var output = Path.Combine(temp.Path, format);

        var result = Run(["export", "--format", format, "--output", output, "--db", Repo.ShippedDatabase]);

        Assert.True(result.ExitCode == 0, $"azsy export --format {format}: exit {result.ExitCode}\n{result.Error}");
        Assert.NotEmpty(Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void Build_diff_and_synth_run_when_dynamic_code_is_not_supported()
    {
        var built = Path.Combine(temp.Path, "built.db");
        var synthetic = Path.Combine(temp.Path, "synthetic.db");

        var build = Run(["build", "--output", built]);
        var diff = Run(["diff", Repo.Release200Database, built, "--format", "notes"]);
        var synth = Run(["synth", "--events", "200", "--seed", "1", "--output", synthetic]);

        Assert.True(build.ExitCode == 0, build.Error);
        Assert.Equal(File.ReadAllBytes(Repo.ShippedDatabase), File.ReadAllBytes(built));
        Assert.True(diff.ExitCode == 0, diff.Error);
        Assert.True(synth.ExitCode == 0, synth.Error);
    }

    private Processes.Result Run(string[] args) =>
        Processes.Run("dotnet", ["exec", "--runtimeconfig", WriteConfiguration(), Path.Combine(AppContext.BaseDirectory, "azsy.dll"), .. args],
            environment: new Dictionary<string, string> { ["AZSY_DEBUG"] = "1" });

    private string WriteConfiguration()
    {
        var path = Path.Combine(temp.Path, "azsy.no-dynamic-code.runtimeconfig.json");
        if (!File.Exists(path))
        {
            var original = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "azsy.runtimeconfig.json"));
            File.WriteAllText(path, original.Replace(
                "\"configProperties\": {",
                "\"configProperties\": {\n      \"System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported\": false,",
                StringComparison.Ordinal));
        }

        return path;
    }

    private static string[] Split(string command) =>
        System.Text.RegularExpressions.Regex.Matches(command, "\"[^\"]*\"|\\S+").Select(m => m.Value.Trim('"')).ToArray();
}
