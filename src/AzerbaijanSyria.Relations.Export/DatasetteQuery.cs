namespace AzerbaijanSyria.Relations.Export;

/// <summary>A canned query of the Datasette export: a common question as SQL with named parameters (<c>:day</c>, <c>:country</c>, …), one click in Datasette.</summary>
internal sealed record DatasetteQuery
{
    /// <summary>The query's name, its address in Datasette (<c>/azerbaijan-syria/NAME</c>).</summary>
    public required string Name { get; init; }

    /// <summary>The question it answers, as its title.</summary>
    public required string Title { get; init; }

    /// <summary>What it lists and how each parameter is read.</summary>
    public required string Description { get; init; }

    /// <summary>The SQL, with named parameters; an empty text parameter means "any" where the description says so.</summary>
    public required string Sql { get; init; }

    /// <summary>The named parameters, without the colon, in the order Datasette shows them.</summary>
    public required IReadOnlyList<string> Parameters { get; init; }
}
