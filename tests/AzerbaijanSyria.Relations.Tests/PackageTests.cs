using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace AzerbaijanSyria.Relations.Tests;

/// <summary>
/// Packs the packages and uses them the way a user does, by the README's own route: a new console
/// project in a temporary folder, the README's <c>nuget.config</c> (the packed folder as a source
/// beside the default one), <c>dotnet add package</c>, a package cache of its own, and the README's
/// C# example as its program. What a user installs is what is tested: the output the README shows,
/// NuGet's error for an unsupported framework, a single-file publish, and the tool.
/// </summary>
[Trait("Category", "Slow")]
public sealed partial class PackageTests(PackageTests.Feeds feeds) : IClassFixture<PackageTests.Feeds>
{
    private static readonly string Version = typeof(RelationsDataset).Assembly.GetName().Version!.ToString(3);

    private static readonly string Readme = File.ReadAllText(Repo.Readme).ReplaceLineEndings("\n");

    /// <summary>A consumer folder with the README's nuget.config pointing at a packed feed, and a project file for <paramref name="framework"/>.</summary>
    private static string Consumer(string work, string feed, string framework, string name = "consumer")
    {
        var consumer = Path.Combine(work, name);
        Directory.CreateDirectory(consumer);
        // What `dotnet new console` writes, with a package cache of the test's own.
        File.WriteAllText(Path.Combine(consumer, name + ".csproj"),
            $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>{framework}</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                <RestorePackagesPath>{Path.Combine(work, "packages")}</RestorePackagesPath>
              </PropertyGroup>
            </Project>
            """);
        var config = ReadmeTests.Blocks(Readme, "xml").Single(b => b.Contains("azsy-local", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(consumer, "nuget.config"), config.Replace("/path/to/this/repository/artifacts", feed, StringComparison.Ordinal));
        // Keep the repository's Directory.Build.props and Directory.Packages.props out of the consumer.
        File.WriteAllText(Path.Combine(work, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(work, "Directory.Packages.props"), "<Project />");
        return consumer;
    }

    /// <summary>The README's `dotnet add package … --version` line, run in the consumer.</summary>
    private static Processes.Result AddPackage(string consumer)
    {
        var line = ReadmeTests.Blocks(Readme, "sh").SelectMany(b => b.Split('\n')).Single(l => l.StartsWith("dotnet add package AzerbaijanSyria.Relations --version", StringComparison.Ordinal));
        var args = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        args[^1] = Version;
        return Processes.Run("dotnet", args, workingDirectory: consumer);
    }

    /// <summary>The README's first C# block and the output it shows under it.</summary>
    private static (string Code, string Output) FirstExample(string markdown)
    {
        var code = ReadmeTests.Blocks(markdown, "csharp")[0];
        var rest = markdown[(markdown.IndexOf(code, StringComparison.Ordinal) + code.Length + "```".Length)..];
        return (code, ReadmeTests.Blocks(rest, "text")[0]);
    }

    [Fact]
    public void Package_installs_by_the_readme_route_and_prints_what_the_readme_shows()
    {
        using var work = new TempDirectory();
        var feed = feeds.Library;
        var consumer = Consumer(work.Path, feed, "net10.0");
        var (code, shown) = FirstExample(Readme);
        File.WriteAllText(Path.Combine(consumer, "Program.cs"), code);

        var add = AddPackage(consumer);
        var run = Processes.Run("dotnet", ["run", "--project", consumer], workingDirectory: consumer);

        Assert.True(add.ExitCode == 0, add.Output + add.Error);
        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Assert.Equal(shown.TrimEnd(), run.Output.ReplaceLineEndings("\n").TrimEnd());
        // The package's own README shows the same example and output.
        Assert.Equal((code, shown), FirstExample(File.ReadAllText(Path.Combine(Repo.Root, "src", "AzerbaijanSyria.Relations", "PACKAGE.md")).ReplaceLineEndings("\n")));
        // It came from the packed folder into the consumer's own, new cache; Dapper from the default source.
        Assert.Single(Directory.GetFiles(Path.Combine(work.Path, "packages", "azerbaijansyria.relations", Version), "azerbaijan-syria.db", SearchOption.AllDirectories));
        Assert.True(Directory.Exists(Path.Combine(work.Path, "packages", "dapper")));
    }

    [Fact]
    public void Package_is_refused_at_restore_with_nugets_own_error_for_net8()
    {
        using var work = new TempDirectory();
        var feed = feeds.Library;
        var consumer = Consumer(work.Path, feed, "net8.0");

        var add = AddPackage(consumer);

        Assert.NotEqual(0, add.ExitCode);
        var output = add.Output + add.Error;
        Assert.Contains("NU1202", output, StringComparison.Ordinal);
        Assert.Contains($"AzerbaijanSyria.Relations {Version} is not compatible with net8.0", output, StringComparison.Ordinal);
        Assert.DoesNotContain("error CS", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Single_file_app_finds_the_database_beside_it_or_says_what_to_set()
    {
        using var work = new TempDirectory();
        var feed = feeds.Library;
        var consumer = Consumer(work.Path, feed, "net10.0", "single");
        File.WriteAllText(Path.Combine(consumer, "Program.cs"),
            """
            using AzerbaijanSyria.Relations;

            await using var db = await RelationsDataset.OpenAsync();
            Console.WriteLine($"{db.DatasetVersion} {db.GetRowCounts()["events"]}");
            """);
        Assert.Equal(0, AddPackage(consumer).ExitCode);
        var rid = RuntimeInformation.RuntimeIdentifier;
        Processes.Result Publish(string folder, params string[] more) =>
            Processes.Run("dotnet", ["publish", consumer, "-c", "Release", "-r", rid, "--self-contained", "false", "-p:PublishSingleFile=true", "-o", folder, .. more], workingDirectory: consumer);
        using var shipped = RelationsDataset.Open(Repo.ShippedDatabase);
        var expected = $"{shipped.DatasetVersion} {shipped.GetRowCounts()["events"]}";

        // Published as one file, with the database beside it: it opens the database there.
        var published = Path.Combine(work.Path, "published");
        var publish = Publish(published);
        Assert.True(publish.ExitCode == 0, publish.Output + publish.Error);
        Assert.True(File.Exists(Path.Combine(published, RelationsDataset.DatabaseFileName)));
        Assert.Equal(expected, Processes.Run(Path.Combine(published, "single"), [], published).Output.Trim());

        // The executable alone fails, and the message says what to keep and what to set.
        var alone = Path.Combine(work.Path, "alone");
        Directory.CreateDirectory(alone);
        File.Copy(Path.Combine(published, "single"), Path.Combine(alone, "single"));
        var lone = Processes.Run(Path.Combine(alone, "single"), [], alone);
        Assert.NotEqual(0, lone.ExitCode);
        Assert.Contains(LibraryMessages.BundledMissing(Path.Combine(alone, RelationsDataset.DatabaseFileName)), lone.Error, StringComparison.Ordinal);

        // With what the message says to set, the one file carries the database and works alone.
        var bundled = Path.Combine(work.Path, "bundled");
        Assert.Equal(0, Publish(bundled, "-p:IncludeAllContentForSelfExtract=true").ExitCode);
        var travelled = Path.Combine(work.Path, "travelled");
        Directory.CreateDirectory(travelled);
        File.Copy(Path.Combine(bundled, "single"), Path.Combine(travelled, "single"));
        var extracted = Processes.Run(Path.Combine(travelled, "single"), [], travelled,
            new Dictionary<string, string> { ["DOTNET_BUNDLE_EXTRACT_BASE_DIR"] = Path.Combine(work.Path, "extract") });
        Assert.True(extracted.ExitCode == 0, extracted.Output + extracted.Error);
        Assert.Equal(expected, extracted.Output.Trim());
    }

    [Fact]
    public void Package_holds_the_database_readme_icon_docs_licence_and_symbols()
    {
        using var work = new TempDirectory();
        var feed = feeds.Library;

        Assert.True(File.Exists(Path.Combine(feed, $"AzerbaijanSyria.Relations.{Version}.snupkg")));
        using var package = ZipFile.OpenRead(Path.Combine(feed, $"AzerbaijanSyria.Relations.{Version}.nupkg"));
        var entries = package.Entries.Select(e => e.FullName).ToHashSet();
        // Under net10.0, not any: a project on another framework is refused at restore (NU1202).
        Assert.Contains("contentFiles/any/net10.0/azerbaijan-syria.db", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("contentFiles/any/any/", StringComparison.Ordinal));
        Assert.Contains("lib/net10.0/AzerbaijanSyria.Relations.dll", entries);
        Assert.Contains("lib/net10.0/AzerbaijanSyria.Relations.xml", entries);
        Assert.Contains("README.md", entries);
        Assert.Contains("icon.png", entries);

        using var db = package.GetEntry("contentFiles/any/net10.0/azerbaijan-syria.db")!.Open();
        using var hash = System.Security.Cryptography.SHA256.Create();
        Assert.Equal(DatasetBuilder.ComputeSha256(Repo.ShippedDatabase), Convert.ToHexStringLower(hash.ComputeHash(db)));

        var metadata = Nuspec(package);
        XNamespace ns = metadata.GetDefaultNamespace();
        Assert.Equal(Version, metadata.Element(ns + "version")!.Value);
        Assert.Equal("MIT AND CC-BY-4.0", metadata.Element(ns + "license")!.Value);
        Assert.Equal("README.md", metadata.Element(ns + "readme")!.Value);
        Assert.Equal("icon.png", metadata.Element(ns + "icon")!.Value);
        Assert.Equal("git", metadata.Element(ns + "repository")!.Attribute("type")!.Value);
        Assert.Contains(metadata.Element(ns + "contentFiles")!.Elements(ns + "files"),
            f => (string?)f.Attribute("include") == "any/net10.0/azerbaijan-syria.db" && (string?)f.Attribute("copyToOutput") == "true");
    }

    [Fact]
    public void Tool_package_has_a_readme_of_its_own_for_galleries_and_an_icon()
    {
        using var work = new TempDirectory();
        var feed = feeds.Tool;

        using var package = ZipFile.OpenRead(Path.Combine(feed, $"AzerbaijanSyria.Relations.Tool.{Version}.nupkg"));
        Assert.Equal("icon.png", Nuspec(package).Element(Nuspec(package).GetDefaultNamespace() + "icon")!.Value);
        using var icon = package.GetEntry("icon.png")!.Open();
        var png = new byte[8];
        icon.ReadExactly(png);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }, png);
        using var reader = new StreamReader(package.GetEntry("README.md")!.Open());
        var readme = reader.ReadToEnd();
        Assert.Equal(File.ReadAllText(Path.Combine(Repo.Root, "src", "AzerbaijanSyria.Relations.Cli", "PACKAGE.md")), readme);
        AssertGalleryReadme(readme);
    }

    [Theory]
    [InlineData("src/AzerbaijanSyria.Relations/PACKAGE.md")]
    [InlineData("src/AzerbaijanSyria.Relations.Build/PACKAGE.md")]
    [InlineData("src/AzerbaijanSyria.Relations.Cli/PACKAGE.md")]
    [InlineData("src/AzerbaijanSyria.Relations.Export/PACKAGE.md")]
    public void Package_readme_has_no_relative_link_and_no_diagram_a_gallery_cannot_show(string path) =>
        AssertGalleryReadme(File.ReadAllText(Path.Combine(Repo.Root, path)));

    [Fact]
    public void Export_package_installs_with_the_reader_it_depends_on_and_runs_its_readme_example()
    {
        using var work = new TempDirectory();
        var consumer = Consumer(work.Path, feeds.Export, "net10.0", "exporter");
        var code = ReadmeTests.Blocks(File.ReadAllText(Path.Combine(Repo.Root, "src", "AzerbaijanSyria.Relations.Export", "PACKAGE.md")).ReplaceLineEndings("\n"), "csharp")[0];
        File.WriteAllText(Path.Combine(consumer, "Program.cs"), code);

        // Both, as the package's README says: the database is a content file of the reader package.
        var add = Processes.Run("dotnet", ["add", "package", "AzerbaijanSyria.Relations.Export", "--version", Version], workingDirectory: consumer);
        var addReader = Processes.Run("dotnet", ["add", "package", "AzerbaijanSyria.Relations", "--version", Version], workingDirectory: consumer);
        var run = Processes.Run("dotnet", ["run", "--project", consumer], workingDirectory: consumer);

        Assert.True(add.ExitCode == 0, add.Output + add.Error);
        Assert.True(addReader.ExitCode == 0, addReader.Output + addReader.Error);
        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        using var shipped = RelationsDataset.Open(Repo.ShippedDatabase);
        var resources = Export.ExportCatalog.Read(shipped.Connection);
        Assert.Equal($"{resources.Count} Parquet files", run.Output.Trim());
        Assert.Equal(
            resources.Select(r => r.Name + ".parquet").Order(StringComparer.Ordinal),
            Directory.GetFiles(Path.Combine(consumer, "export")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        // The reader, from the same feed.
        Assert.True(Directory.Exists(Path.Combine(work.Path, "packages", "azerbaijansyria.relations", Version)));
    }

    [Theory]
    [InlineData("AzerbaijanSyria.Relations.Export")]
    [InlineData("AzerbaijanSyria.Relations.Build")]
    public void Package_depends_on_the_reader_of_its_own_major_version_only(string id)
    {
        using var package = ZipFile.OpenRead(Path.Combine(id.EndsWith(".Build", StringComparison.Ordinal) ? feeds.Build : feeds.Export, $"{id}.{Version}.nupkg"));
        var metadata = Nuspec(package);
        XNamespace ns = metadata.GetDefaultNamespace();
        var reader = metadata.Descendants(ns + "dependency").Single(d => (string?)d.Attribute("id") == "AzerbaijanSyria.Relations");
        var major = int.Parse(Version.Split('.')[0], System.Globalization.CultureInfo.InvariantCulture);

        // Public API only between the packages, so any reader of the same major version will do, and no other.
        Assert.Equal($"[{Version}, {major + 1}.0.0)", (string?)reader.Attribute("version"));
        Assert.DoesNotContain(package.Entries, e => e.FullName.EndsWith(".dll", StringComparison.Ordinal) && e.Name == "AzerbaijanSyria.Relations.dll");
    }

    [Fact]
    public void Tool_package_installs_with_dotnet_tool_install_and_carries_the_database()
    {
        using var work = new TempDirectory();
        var feed = feeds.Tool;
        var tools = Path.Combine(work.Path, "tools");

        // A package cache of its own, so a copy of the same version cached earlier can never stand in.
        var install = Processes.Run("dotnet", ["tool", "install", "AzerbaijanSyria.Relations.Tool", "--tool-path", tools, "--add-source", feed],
            workingDirectory: work.Path, environment: new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(work.Path, "packages") });
        Assert.True(install.ExitCode == 0, install.Output + install.Error);
        var info = Processes.Run(Path.Combine(tools, "azsy"), ["validate"], workingDirectory: work.Path);

        Assert.Equal(0, info.ExitCode);
        Assert.StartsWith("OK: ", info.Output, StringComparison.Ordinal);
    }

    /// <summary>A README for a package gallery: links only to full addresses, and no Mermaid (galleries show neither relative links nor diagrams).</summary>
    private static void AssertGalleryReadme(string markdown)
    {
        Assert.DoesNotContain("```mermaid", markdown, StringComparison.Ordinal);
        Assert.Empty(RelativeLink().Matches(markdown).Select(m => m.Value));
    }

    private static XElement Nuspec(ZipArchive package)
    {
        using var stream = package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        var nuspec = XDocument.Load(stream);
        return nuspec.Root!.Element(nuspec.Root.GetDefaultNamespace() + "metadata")!;
    }

    /// <summary>
    /// The four packages (the library, the tool, the Export package and the builder), packed once for the
    /// tests of this class into one folder, as a user's <c>artifacts</c> folder holds them all. One MSBuild run
    /// packs them, so each project is compiled once: packed one by one, the library was compiled five times
    /// (about two minutes of a full test run).
    /// </summary>
    public sealed class Feeds : IDisposable
    {
        private readonly TempDirectory work = new();
        private readonly Lazy<string> feed;

        public Feeds() => feed = new(() => PackAll(work.Path));

        public string Library => feed.Value;

        public string Tool => feed.Value;

        public string Export => feed.Value;

        public string Build => feed.Value;

        public void Dispose() => work.Dispose();
    }

    private static string PackAll(string work)
    {
        var feed = Path.Combine(work, "feed");
        var projects = new[] { "AzerbaijanSyria.Relations", "AzerbaijanSyria.Relations.Export", "AzerbaijanSyria.Relations.Build", "AzerbaijanSyria.Relations.Cli" }
            .Select(name => Path.Combine(Repo.Root, "src", name, name + ".csproj"));
        // Its own output and intermediate folders, so packing never touches the builds the tests run from;
        // the same global properties for every project, so a project another references is built once.
        var properties = $"Configuration=Release;PackageOutputPath={feed}/;OutputPath={Path.Combine(work, "bin")}/;IntermediateOutputPath={Path.Combine(work, "obj")}/";
        var traversal = Path.Combine(work, "pack.proj");
        File.WriteAllText(traversal, new XDocument(
            new XElement("Project",
                new XElement("Target", new XAttribute("Name", "Pack"),
                    new XElement("MSBuild", new XAttribute("Projects", string.Join(';', projects)), new XAttribute("Targets", "Pack"), new XAttribute("Properties", properties))))).ToString());
        var pack = Processes.Run("dotnet", ["msbuild", traversal, "-t:Pack", "-nologo"]);
        Assert.True(pack.ExitCode == 0, pack.Output + pack.Error);
        return feed;
    }

    [GeneratedRegex(@"\]\((?!https?://)[^)]*\)|<img\s+src=""(?!https?://)")]
    private static partial Regex RelativeLink();
}
