using System.Text.Json;

namespace AzerbaijanSyria.Relations.Tests;

/// <summary>
/// npm packages the tests drive (playwright-core, the Data Package reader, DuckDB), installed at the
/// versions a package.json in the test folder pins into <c>TestResults/NAME</c> (kept between runs,
/// ignored by git), so a fresh machine gets them from the registry and a second run reuses them.
/// </summary>
internal static class NodeModules
{
    /// <summary>Installs what <paramref name="manifest"/> lists into TestResults/<paramref name="name"/> unless it is there already; returns that folder.</summary>
    public static string Install(string npm, string manifest, string name)
    {
        var folder = Path.Combine(Repo.Root, "TestResults", name);
        Directory.CreateDirectory(folder);
        var copy = Path.Combine(folder, "package.json");
        using var wanted = JsonDocument.Parse(File.ReadAllText(manifest));
        var missing = wanted.RootElement.GetProperty("dependencies").EnumerateObject().Where(dependency =>
        {
            var installed = Path.Combine(folder, "node_modules", dependency.Name, "package.json");
            return !File.Exists(installed)
                || JsonDocument.Parse(File.ReadAllText(installed)).RootElement.GetProperty("version").GetString() != dependency.Value.GetString();
        }).ToList();
        if (missing.Count == 0 && File.Exists(copy) && File.ReadAllText(copy) == File.ReadAllText(manifest))
        {
            return folder;
        }

        File.Copy(manifest, copy, overwrite: true);
        var install = Processes.Run(npm, ["install", "--no-audit", "--no-fund", "--no-package-lock", "--loglevel=error"], folder);
        Assert.True(install.ExitCode == 0, $"npm install in {folder} failed:\n{install.Output}\n{install.Error}");
        return folder;
    }
}
