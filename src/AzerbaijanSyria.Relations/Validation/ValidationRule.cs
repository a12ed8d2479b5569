namespace AzerbaijanSyria.Relations;

/// <summary>One rule of the data: its name, what it verifies, and the check, which yields a message per problem.</summary>
internal sealed record ValidationRule(string Name, string Description, Func<ValidationContext, IEnumerable<string>> Run);
