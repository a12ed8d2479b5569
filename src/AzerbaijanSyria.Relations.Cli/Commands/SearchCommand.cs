using System.CommandLine;

namespace AzerbaijanSyria.Relations.Cli.Commands;

/// <summary><c>azsy search</c>: full-text search with ranked, highlighted results.</summary>
internal static class SearchCommand
{
    public static Command Create(TextWriter output)
    {
        var text = new Argument<string>("TEXT") { Description = $"What to look for (at most {RelationsDataset.MaxSearchWords} words, a repeated word counted each time): words, every one of which must match, \"exact phrases\", prefixes such as energ*, and OR, AND, NOT (in capitals) between terms, with parentheses to group; accents are ignored." };
        text.Validators.Add(result =>
        {
            if (FullTextQuery.Check(result.GetValueOrDefault<string>() ?? string.Empty) is { } problem)
            {
                result.AddUsageError(problem);
            }
        });
        var limit = new Option<int>("--limit", "-n") { Description = "The most results to show.", DefaultValueFactory = _ => 20 };
        limit.Validators.Add(result =>
        {
            if (result.Tokens is [var token] && int.TryParse(token.Value, System.Globalization.CultureInfo.InvariantCulture, out var value) && value <= 0)
            {
                result.AddUsageError(Messages.LimitNotPositive);
            }
        });
        var sources = CommonOptions.Sources();
        var db = CommonOptions.Database();
        var command = new Command("search", "Full-text search over events, statements and agreements, also by every recorded spelling of the people, organizations and places they name, best matches first, with the matched words in [brackets].")
        {
            text, limit, sources, db,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var query = FullTextQuery.Parse(parse.GetValue(text) ?? string.Empty);
            await using var dataset = await RelationsDataset.OpenAsync(CommonOptions.DatabasePath(parse, db), cancellationToken);
            var hits = await dataset.SearchAsync(parse.GetValue(text)!, parse.GetValue(limit), CommonOptions.SourceFilter(parse, sources), cancellationToken);
            var rank = 0;
            foreach (var hit in hits)
            {
                rank++;
                output.WriteLine($"{rank,3}. {hit.Kind} {hit.Id}: {hit.Title}");
                output.WriteLine($"     {hit.Snippet}");
            }

            output.WriteLine($"({hits.Count} match{(hits.Count == 1 ? string.Empty : "es")})");
            if (hits.Count == 0 && query.Words.FirstOrDefault(w => w is "or" or "and" or "not" or "Or" or "And" or "Not") is { } word)
            {
                output.WriteLine(Messages.LowercaseOperator(word));
            }
            return AzsyApp.Ok;
        });
        return command;
    }
}
