using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AzerbaijanSyria.Relations.Tests;

/// <summary>
/// Every C# block of the README and of the packages' READMEs compiles as pasted into a new console
/// project (<c>dotnet new console</c>: top-level statements, implicit usings, nullable on) that
/// references the package: the .NET libraries, the package's assemblies and the ones it brings
/// (Microsoft.Data.Sqlite, Dapper), nothing else. Compiled in-process with Roslyn.
/// </summary>
public sealed class CodeExampleTests
{
    /// <summary>The usings a new console project has (ImplicitUsings for Microsoft.NET.Sdk).</summary>
    private const string ImplicitUsings =
        """
        global using global::System;
        global using global::System.Collections.Generic;
        global using global::System.IO;
        global using global::System.Linq;
        global using global::System.Net.Http;
        global using global::System.Threading;
        global using global::System.Threading.Tasks;
        """;

    /// <summary>The Markdown files users read, relative to the repository.</summary>
    public static readonly string[] Documents =
        ["README.md", "src/AzerbaijanSyria.Relations/PACKAGE.md", "src/AzerbaijanSyria.Relations.Build/PACKAGE.md", "src/AzerbaijanSyria.Relations.Cli/PACKAGE.md", "src/AzerbaijanSyria.Relations.Export/PACKAGE.md"];

    public static TheoryData<string, int> Examples()
    {
        var data = new TheoryData<string, int>();
        foreach (var document in Documents)
        {
            var blocks = ReadmeTests.Blocks(File.ReadAllText(Path.Combine(Repo.Root, document)), "csharp");
            for (var i = 0; i < blocks.Count; i++)
            {
                data.Add(document, i);
            }
        }

        return data;
    }

    [Fact]
    public void Readme_and_library_package_readme_have_csharp_examples()
    {
        Assert.NotEmpty(ReadmeTests.Blocks(File.ReadAllText(Repo.Readme), "csharp"));
        Assert.NotEmpty(ReadmeTests.Blocks(File.ReadAllText(Path.Combine(Repo.Root, Documents[1])), "csharp"));
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Csharp_example_compiles_as_pasted_into_a_new_console_project(string document, int index)
    {
        var code = ReadmeTests.Blocks(File.ReadAllText(Path.Combine(Repo.Root, document)), "csharp")[index];

        var diagnostics = Compile(code);

        Assert.True(diagnostics.Count == 0, $"{document}, C# block {index + 1}:\n{code}\n{string.Join("\n", diagnostics)}");
    }

    [Fact]
    public void Compile_reports_an_example_that_would_not_compile()
    {
        Assert.NotEmpty(Compile("var v = RelationsDataset.DatasetVersion;"));
        Assert.NotEmpty(Compile("await using var db = await RelationsDataset.OpenAsync();")); // no using AzerbaijanSyria.Relations
    }

    /// <summary>The errors and warnings of <paramref name="code"/> compiled as a console program's only file.</summary>
    private static IReadOnlyList<Diagnostic> Compile(string code)
    {
        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var references = Directory.GetFiles(runtime, "*.dll")
            .Where(f => !Path.GetFileName(f).StartsWith("Microsoft.VisualBasic", StringComparison.Ordinal))
            .Concat(new[] { typeof(RelationsDataset), typeof(DatasetBuilder), typeof(Export.DatasetExporter), typeof(Microsoft.Data.Sqlite.SqliteConnection), typeof(Dapper.SqlMapper), typeof(System.Data.Common.DbConnection) }
                .Select(t => t.Assembly.Location))
            .Distinct()
            .Select(f => MetadataReference.CreateFromFile(f))
            .ToList();
        var options = new CSharpParseOptions(LanguageVersion.Latest);
        var compilation = CSharpCompilation.Create(
            "Example",
            [CSharpSyntaxTree.ParseText(ImplicitUsings, options), CSharpSyntaxTree.ParseText(code, options)],
            references,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        using var sink = new MemoryStream();
        var result = compilation.Emit(sink);
        return result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning && d.Id != "CS1701" && d.Id != "CS1702").ToList();
    }
}
