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
    private const string Release = "3.0.0";

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
        var logged = connection.Query<string>("SELECT DISTINCT release FROM fact_changes").ToList();
        var released = ReleasedVersions();
        Assert.All(logged, release => Assert.True(release == PackageVersion || released.Contains(release),
            $"fact_changes logs release {release}, which is neither the package version nor a release in CHANGELOG.md"));
    }

    [Fact]
    public void Shipped_database_has_a_release_date_only_when_the_changelog_dates_the_release()
    {
        using var connection = new SqliteConnection($"Data Source={Repo.ShippedDatabase};Mode=ReadOnly;Pooling=False");
        connection.Open();
        var date = connection.ExecuteScalar<string?>("SELECT value FROM dataset_metadata WHERE key = 'date_released'");
        var heading = CurrentHeading();

        Assert.Equal(heading.Groups["date"].Success ? heading.Groups["date"].Value : null, date);
    }

    private static System.Text.RegularExpressions.Match CurrentHeading()
    {
        var changelog = File.ReadAllText(Path.Combine(Repo.Root, "CHANGELOG.md")).ReplaceLineEndings("\n");
        return System.Text.RegularExpressions.Regex.Match(changelog, @"\n## (?<version>\d+\.\d+\.\d+) — ((?<date>\d{4}-\d{2}-\d{2})|unreleased)\n");
    }

    private static HashSet<string> ReleasedVersions()
    {
        var changelog = File.ReadAllText(Path.Combine(Repo.Root, "CHANGELOG.md")).ReplaceLineEndings("\n");
        return System.Text.RegularExpressions.Regex.Matches(changelog, @"\n## (?<version>\d+\.\d+\.\d+) — \d{4}-\d{2}-\d{2}\n")
            .Select(m => m.Groups["version"].Value).ToHashSet();
    }

    [Fact]
    public void Changelog_names_the_package_version_and_the_citation_file_its_newest_dated_release()
    {
        var citation = File.ReadAllText(Path.Combine(Repo.Root, "CITATION.cff")).ReplaceLineEndings("\n");
        var heading = CurrentHeading();
        Assert.True(heading.Success, "CHANGELOG.md has no '## X.Y.Z — YYYY-MM-DD' or '## X.Y.Z — unreleased' heading");
        Assert.Equal(PackageVersion, heading.Groups["version"].Value);

        // CITATION.cff cites what was released: the current version once it has a day, the newest dated one before.
        var changelog = File.ReadAllText(Path.Combine(Repo.Root, "CHANGELOG.md")).ReplaceLineEndings("\n");
        var dated = System.Text.RegularExpressions.Regex.Match(changelog, @"\n## (?<version>\d+\.\d+\.\d+) — (?<date>\d{4}-\d{2}-\d{2})\n");
        Assert.True(dated.Success, "CHANGELOG.md has no dated release");
        Assert.Contains($"\nversion: {dated.Groups["version"].Value}\n", citation, StringComparison.Ordinal);
        Assert.Contains($"\ndate-released: {dated.Groups["date"].Value}\n", citation, StringComparison.Ordinal);
    }
}
