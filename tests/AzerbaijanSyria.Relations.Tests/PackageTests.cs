using System.IO.Compression;
using System.Xml.Linq;

namespace AzerbaijanSyria.Relations.Tests;

/// <summary>
/// Packs the library and uses it the way a user does: a new console project in a temporary folder
/// references the package from a local folder source, with a package cache of its own, and runs
/// a query. What a user installs is what is tested.
/// </summary>
[Trait("Category", "Slow")]
public sealed class PackageTests
{
    private static readonly string Version = typeof(RelationsDataset).Assembly.GetName().Version!.ToString(3);

    private const string ConsumerProgram =
        """
        using AzerbaijanSyria.Relations;

        await using var db = await RelationsDataset.OpenAsync();
        foreach (var e in await db.GetTimelineAsync(from: new DateOnly(2025, 7, 1), to: new DateOnly(2025, 8, 31), sources: SourceFilter.Confirmed))
            Console.WriteLine($"{e.DateEdtf,-15}{e.Title}");
        """;

    [Fact]
    public async Task Package_installs_into_a_new_project_and_answers_a_query_with_no_setup()
    {
        using var work = new TempDirectory();
        var feed = Pack(work.Path, "AzerbaijanSyria.Relations");

        var consumer = Path.Combine(work.Path, "consumer");
        Directory.CreateDirectory(consumer);
        File.WriteAllText(Path.Combine(consumer, "Consumer.csproj"),
            $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
                <RestorePackagesPath>{Path.Combine(work.Path, "packages")}</RestorePackagesPath>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="AzerbaijanSyria.Relations" Version="{Version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(consumer, "Program.cs"), ConsumerProgram);
        // The package comes from the local folder; its dependencies from the machine's own cache
        // (as a folder feed) or the usual sources. The consumer's package cache is new.
        var globalPackages = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        File.WriteAllText(Path.Combine(consumer, "nuget.config"),
            $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="local" value="{feed}" />
                <add key="machine-cache" value="{globalPackages}" />
              </packageSources>
            </configuration>
            """);
        // Keep the repository's Directory.Build.props and Directory.Packages.props out of the consumer.
        File.WriteAllText(Path.Combine(work.Path, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(work.Path, "Directory.Packages.props"), "<Project />");

        var run = Processes.Run("dotnet", ["run", "--project", consumer], workingDirectory: consumer);

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        // What the consumer prints is what the same query gives here, on the file the package carries.
        await using var shipped = await RelationsDataset.OpenAsync(Repo.ShippedDatabase);
        var expected = (await shipped.GetTimelineAsync(from: new DateOnly(2025, 7, 1), to: new DateOnly(2025, 8, 31), sources: SourceFilter.Confirmed))
            .Select(e => $"{e.DateEdtf,-15}{e.Title}");
        Assert.Equal(string.Join("\n", expected).Trim(), run.Output.Trim().ReplaceLineEndings("\n"));
        // The package came from the local feed into the consumer's own, new cache.
        Assert.Single(Directory.GetFiles(Path.Combine(work.Path, "packages", "azerbaijansyria.relations", Version), "azerbaijan-syria.db", SearchOption.AllDirectories));
    }

    [Fact]
    public void Package_holds_the_database_readme_docs_licence_and_symbols()
    {
        using var work = new TempDirectory();
        var feed = Pack(work.Path, "AzerbaijanSyria.Relations");

        Assert.True(File.Exists(Path.Combine(feed, $"AzerbaijanSyria.Relations.{Version}.snupkg")));
        using var package = ZipFile.OpenRead(Path.Combine(feed, $"AzerbaijanSyria.Relations.{Version}.nupkg"));
        var entries = package.Entries.Select(e => e.FullName).ToHashSet();
        Assert.Contains("contentFiles/any/any/azerbaijan-syria.db", entries);
        Assert.Contains("lib/net10.0/AzerbaijanSyria.Relations.dll", entries);
        Assert.Contains("lib/net10.0/AzerbaijanSyria.Relations.xml", entries);
        Assert.Contains("README.md", entries);

        using var db = package.GetEntry("contentFiles/any/any/azerbaijan-syria.db")!.Open();
        using var hash = System.Security.Cryptography.SHA256.Create();
        Assert.Equal(DatasetBuilder.ComputeSha256(Repo.ShippedDatabase), Convert.ToHexStringLower(hash.ComputeHash(db)));

        using var nuspecStream = package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        var nuspec = XDocument.Load(nuspecStream);
        XNamespace ns = nuspec.Root!.GetDefaultNamespace();
        var metadata = nuspec.Root.Element(ns + "metadata")!;
        Assert.Equal(Version, metadata.Element(ns + "version")!.Value);
        Assert.Equal("MIT AND CC-BY-4.0", metadata.Element(ns + "license")!.Value);
        Assert.Equal("README.md", metadata.Element(ns + "readme")!.Value);
        Assert.Equal("git", metadata.Element(ns + "repository")!.Attribute("type")!.Value);
        Assert.Contains(metadata.Element(ns + "contentFiles")!.Elements(ns + "files"),
            f => (string?)f.Attribute("include") == "any/any/azerbaijan-syria.db" && (string?)f.Attribute("copyToOutput") == "true");
    }

    [Fact]
    public void Tool_package_installs_with_dotnet_tool_install_and_carries_the_database()
    {
        using var work = new TempDirectory();
        var feed = Pack(work.Path, "AzerbaijanSyria.Relations.Cli");
        var tools = Path.Combine(work.Path, "tools");

        // A package cache of its own, so a copy of the same version cached earlier can never stand in.
        var install = Processes.Run("dotnet", ["tool", "install", "AzerbaijanSyria.Relations.Tool", "--tool-path", tools, "--add-source", feed],
            workingDirectory: work.Path, environment: new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(work.Path, "packages") });
        Assert.True(install.ExitCode == 0, install.Output + install.Error);
        var info = Processes.Run(Path.Combine(tools, "azsy"), ["validate"], workingDirectory: work.Path);

        Assert.Equal(0, info.ExitCode);
        Assert.StartsWith("OK: ", info.Output, StringComparison.Ordinal);
    }

    private static string Pack(string work, string projectName)
    {
        var feed = Path.Combine(work, "feed");
        var project = Path.Combine(Repo.Root, "src", projectName, projectName + ".csproj");
        // Its own output and intermediate folders, so packing never touches the builds the tests run from.
        var pack = Processes.Run("dotnet",
            ["pack", project, "-c", "Release", "-o", feed, "--no-restore",
             $"-p:OutputPath={Path.Combine(work, "bin")}/", $"-p:IntermediateOutputPath={Path.Combine(work, "obj")}/"]);
        Assert.True(pack.ExitCode == 0, pack.Output + pack.Error);
        return feed;
    }
}
