namespace AzerbaijanSyria.Relations.Export.Site;

/// <summary>A table whose rows each get a page of their own, in a folder named for the table.</summary>
internal sealed record SiteKind(string Table, string Singular, string Plural)
{
    /// <summary>The folder of the pages, which is also the table's name.</summary>
    public string Folder => Table;
}

/// <summary>
/// The tables the site knows by name: the ones with a page per row, and the few whose rows it
/// draws in a particular way (citations as source lists, discrepancy claims side by side).
/// Every other table, and every column of every table, is read from the schema.
/// </summary>
internal static class SiteKinds
{
    public const string Citations = "citations";
    public const string Sources = "sources";
    public const string Discrepancies = "discrepancies";
    public const string Claims = "discrepancy_claims";
    public const string Events = "events";

    /// <summary>The tables with a page per row, in the order the site's navigation lists them.</summary>
    public static readonly IReadOnlyList<SiteKind> Paged =
    [
        new(Events, "Event", "Events"),
        new("people", "Person", "People"),
        new("organizations", "Organization", "Organizations"),
        new("places", "Place", "Places"),
        new("agreements", "Agreement", "Agreements"),
        new(Sources, "Source", "Sources"),
        new(Discrepancies, "Discrepancy", "Discrepancies"),
    ];

    /// <summary>Columns that name a row, most telling first; a row without any is named by its key.</summary>
    public static readonly IReadOnlyList<string> LabelColumns = ["title", "name", "claim", "summary"];
}
