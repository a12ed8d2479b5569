using Dapper;
using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations;

/// <summary>
/// Every rule the dataset's data must keep, in one place, checked against a file: the tests run
/// it on the shipped file (it must find nothing) and on damaged copies (it must find each
/// problem), and <c>azsy validate</c> runs it for users. It reports every problem it finds, each
/// naming its row; a missing table or view is a finding, not a failure. Read-only: the file is
/// never changed.
/// </summary>
public static class DatasetValidator
{
    /// <summary>The names of the checks, in the order they run (see <see cref="Describe(string)"/>).</summary>
    public static IReadOnlyList<string> Checks { get; } = ValidationRules.All.Select(r => r.Name).ToArray();

    /// <summary>What a check verifies, in a sentence.</summary>
    /// <param name="check">One of <see cref="Checks"/>.</param>
    /// <returns>The check's description.</returns>
    /// <exception cref="ArgumentException">There is no check of that name.</exception>
    public static string Describe(string check) =>
        ValidationRules.All.FirstOrDefault(r => r.Name == check)?.Description
        ?? throw new ArgumentException($"There is no check '{check}'; the checks are {string.Join(", ", Checks)}.", nameof(check));

    /// <summary>Validates the database at <paramref name="path"/>, opened read-only.</summary>
    /// <param name="path">The database file.</param>
    /// <returns>The problems found; empty when the file is sound.</returns>
    /// <exception cref="DatasetFileException">The file is missing, not a file, not SQLite, truncated, or holds an interrupted write (it cannot be read at all).</exception>
    public static IReadOnlyList<ValidationProblem> Validate(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var file = ReadOnlyFile.Open(Path.GetFullPath(path), requireDataset: false);
        return Validate(file.Connection);
    }

    /// <summary>Validates the database behind an open connection.</summary>
    /// <param name="connection">An open connection to a dataset file.</param>
    /// <returns>The problems found; empty when the database is sound.</returns>
    public static IReadOnlyList<ValidationProblem> Validate(SqliteConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var context = new ValidationContext(connection, SchemaCatalog.Read(connection));
        var problems = new List<ValidationProblem>();
        foreach (var rule in ValidationRules.All)
        {
            try
            {
                problems.AddRange(rule.Run(context).Select(message => new ValidationProblem { Check = rule.Name, Message = message }));
            }
            catch (SqliteException ex)
            {
                // A rule whose tables are gone cannot run; the schema check names what is missing.
                problems.Add(new ValidationProblem { Check = rule.Name, Message = $"could not be checked: {ex.Message.Replace("SQLite Error 1: ", string.Empty, StringComparison.Ordinal)}" });
            }
        }

        return problems;
    }
}
