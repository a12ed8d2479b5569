using System.CommandLine;

namespace AzerbaijanSyria.Relations.Cli.Commands;

/// <summary><c>azsy validate</c>: checks a database file, read-only.</summary>
internal static class ValidateCommand
{
    public static Command Create(TextWriter output)
    {
        var db = CommonOptions.Database();
        var command = new Command("validate", "Check integrity, foreign keys, citations, article paragraphs, dates, vocabularies and orphan rows; a line per problem, exit 1 if any.")
        {
            db,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = CommonOptions.DatabasePath(parse, db);
            var problems = await Task.Run(() => DatasetValidator.Validate(path), cancellationToken);
            foreach (var problem in problems)
            {
                output.WriteLine($"{problem.Check}: {problem.Message}");
            }

            if (problems.Count > 0)
            {
                output.WriteLine(Messages.ValidationProblems(problems.Count, path));
                return AzsyApp.Failure;
            }

            output.WriteLine(Messages.ValidationPassed(path, DatasetValidator.Checks));
            return AzsyApp.Ok;
        });
        return command;
    }
}
