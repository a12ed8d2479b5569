using Dapper;
using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations.Tests;

/// <summary>
/// A copy of the fixture changed by a test's SQL as a careless contributor might change a file (a trigger
/// dropped, a stored row edited), and what the validator finds in it. The change log refuses a change
/// without a reason, so the copy is given one first.
/// </summary>
internal static class DamagedFixture
{
    /// <summary>Runs <paramref name="sql"/> on a fresh copy of the fixture and returns the validator's findings, as (rule, message).</summary>
    public static List<(string Check, string Message)> Validate(string sql)
    {
        using var copy = new TempFile();
        File.Copy(FixtureDatabase.Path, copy.Path);
        using (var connection = new SqliteConnection($"Data Source={copy.Path};Pooling=False"))
        {
            connection.Open();
            connection.Execute("UPDATE change_context SET reason = 'A test damages a copy on purpose.'; " + sql);
        }

        return DatasetValidator.Validate(copy.Path).Select(p => (p.Check, p.Message)).ToList();
    }
}
