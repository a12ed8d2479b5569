using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AzerbaijanSyria.Relations.Tests;

/// <summary>
/// Every C# block of the README and of the packages' READMEs compiles as pasted into a new console
/// project (<c>dotnet new console</c>: top-level statements, implicit usings, nullable on) that
/// references the package: the .NET libraries, the package's assemblies and the ones it brings
/// (Microsoft.Data.Sqlite, Dapper), nothing else. Compiled in-process with Roslyn; a block followed by
/// the output it prints is run (on the shipped file) and its output compared.
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

    public static TheoryData<string, int> ExamplesWithOutput()
    {
        var data = new TheoryData<string, int>();
        foreach (var document in Documents)
        {
            var blocks = ReadmeExamples.Read(document);
            for (var i = 0; i + 1 < blocks.Count; i++)
            {
                if (blocks[i].Language == "csharp" && blocks[i + 1].Language == "text" && blocks[i + 1].FollowsBlock)
                {
                    data.Add(document, i);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ExamplesWithOutput))]
    public void Csharp_example_prints_what_the_document_shows_under_it(string document, int index)
    {
        var blocks = ReadmeExamples.Read(document);
        // The example opens the database that ships with the package; here, the shipped file itself.
        var code = blocks[index].Body.Replace(
            "RelationsDataset.OpenAsync()", $"RelationsDataset.OpenAsync({SymbolDisplay.FormatLiteral(Repo.ShippedDatabase, quote: true)})", StringComparison.Ordinal);

        var output = Run(code);

        Assert.True(ReadmeExamples.Matches(blocks[index + 1].Body, output), $"{blocks[index]} prints what the block under it no longer shows. It prints:\n{output}");
    }

    [Fact]
    public void Run_returns_what_an_example_writes_to_the_console()
    {
        Assert.Equal("1\n2\n", Run("Console.WriteLine(1); await Task.Yield(); Console.WriteLine(2);").ReplaceLineEndings("\n"));
    }

    /// <summary>Compiles <paramref name="code"/> as a console program, runs it in a context of its own and returns what it wrote to the console.</summary>
    private static string Run(string code)
    {
        using var image = new MemoryStream();
        var result = Compilation(code).Emit(image);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        image.Position = 0;
        var context = new AssemblyLoadContext("example", isCollectible: true);
        var entry = context.LoadFromStream(image).EntryPoint!;
        var writer = new StringWriter();
        try
        {
            ConsoleOutput.Capture(writer, () =>
            {
                var returned = entry.Invoke(null, entry.GetParameters().Length == 0 ? null : [Array.Empty<string>()]);
                (returned as Task)?.GetAwaiter().GetResult();
            });
        }
        finally
        {
            context.Unload();
        }

        return writer.ToString();
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
        using var sink = new MemoryStream();
        var result = Compilation(code).Emit(sink);
        return result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning && d.Id != "CS1701" && d.Id != "CS1702").ToList();
    }

    /// <summary>
    /// The references a new console project that uses the packages has: the .NET libraries, the packages' assemblies and
    /// the ones they bring. Read once and shared by every compilation (which then shares the symbols Roslyn reads from them).
    /// </summary>
    private static readonly Lazy<IReadOnlyList<MetadataReference>> References = new(() =>
    {
        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        return Directory.GetFiles(runtime, "*.dll")
            .Where(f => !Path.GetFileName(f).StartsWith("Microsoft.VisualBasic", StringComparison.Ordinal))
            .Concat(new[] { typeof(RelationsDataset), typeof(DatasetBuilder), typeof(Export.DatasetExporter), typeof(Microsoft.Data.Sqlite.SqliteConnection), typeof(Dapper.SqlMapper), typeof(System.Data.Common.DbConnection) }
                .Select(t => t.Assembly.Location))
            .Distinct()
            .Select(f => (MetadataReference)MetadataReference.CreateFromFile(f))
            .ToList();
    });

    /// <summary><paramref name="code"/> as a console program's only file, with the references a new console project that uses the packages has.</summary>
    private static CSharpCompilation Compilation(string code)
    {
        var options = new CSharpParseOptions(LanguageVersion.Latest);
        return CSharpCompilation.Create(
            "Example",
            [CSharpSyntaxTree.ParseText(ImplicitUsings, options), CSharpSyntaxTree.ParseText(code, options)],
            References.Value,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
    }
}
