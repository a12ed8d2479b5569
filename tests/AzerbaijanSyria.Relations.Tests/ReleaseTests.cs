using Dapper;
using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations.Tests;

/// <summary>
/// The one deliberate pin of the release: its number, and every place that must name it alike
/// (the package, the shipped database, the change log's release, CHANGELOG.md and CITATION.cff).
/// A release changes the pin here and nothing else in the tests.
/// </summary>
public sealed class ReleaseTests
{
    private const string Release = "2.0.0";

    private static string PackageVersion => typeof(RelationsDataset).Assembly.GetName().Version!.ToString(3);

    [Fact]
    public void Package_version_is_the_release()
    {
        Assert.Equal(Release, PackageVersion);
    }

    [Fact]
    public void Shipped_database_records_the_package_version_and_logs_its_changes_under_it()
    {
        using var connection = new SqliteConnection($"Data Source={Repo.ShippedDatabase};Mode=ReadOnly;Pooling=False");
        connection.Open();

        Assert.Equal(PackageVersion, connection.ExecuteScalar<string>("SELECT value FROM dataset_metadata WHERE key = 'version'"));
        Assert.Equal(PackageVersion, connection.ExecuteScalar<string>("SELECT release FROM change_context"));
        Assert.Equal([PackageVersion], connection.Query<string>("SELECT DISTINCT release FROM fact_changes"));
    }

    [Fact]
    public void Changelog_and_citation_file_name_the_package_version_and_the_same_day()
    {
        var changelog = File.ReadAllText(Path.Combine(Repo.Root, "CHANGELOG.md")).ReplaceLineEndings("\n");
        var citation = File.ReadAllText(Path.Combine(Repo.Root, "CITATION.cff")).ReplaceLineEndings("\n");

        var heading = System.Text.RegularExpressions.Regex.Match(changelog, @"\n## (?<version>\d+\.\d+\.\d+) — (?<date>\d{4}-\d{2}-\d{2})\n");
        Assert.True(heading.Success, "CHANGELOG.md has no '## X.Y.Z — YYYY-MM-DD' heading");
        Assert.Equal(PackageVersion, heading.Groups["version"].Value);
        Assert.Contains($"\nversion: {PackageVersion}\n", citation, StringComparison.Ordinal);
        Assert.Contains($"\ndate-released: {heading.Groups["date"].Value}\n", citation, StringComparison.Ordinal);
    }
}
