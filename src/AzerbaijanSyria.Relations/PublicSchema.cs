namespace AzerbaijanSyria.Relations;

/// <summary>
/// The dataset's public face, approved: every table and view a user may read, with its columns in
/// order, as listed in <c>PublicSchema.txt</c> (embedded). A test compares it with a fresh build, so
/// adding, renaming or removing a column is a deliberate change to that file, reviewed like a change
/// to the public API; the validator checks that a file has everything it lists.
/// </summary>
internal static class PublicSchema
{
    private const string ResourceName = "PublicSchema.txt";

    /// <summary>The approved objects: kind (<c>table</c> or <c>view</c>), name and columns, in file order.</summary>
    public static IReadOnlyList<(string Kind, string Name, IReadOnlyList<string> Columns)> Objects { get; } = Parse(Approved());

    /// <summary>The approved text, as embedded.</summary>
    public static string Approved()
    {
        using var stream = typeof(PublicSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The assembly lacks its {ResourceName}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The public face of a file's schema in the approved file's form: a line per column, <c>kind name column</c>.</summary>
    public static string Describe(SchemaCatalog catalog) =>
        string.Concat(catalog.Objects.OrderBy(o => o.Kind, StringComparer.Ordinal).ThenBy(o => o.Name, StringComparer.Ordinal)
            .SelectMany(o => o.Columns.Select(c => $"{o.Kind} {o.Name} {c.Name}\n")));

    private static List<(string Kind, string Name, IReadOnlyList<string> Columns)> Parse(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(l => !l.StartsWith('#'))
            .Select(l => l.Split(' '))
            .GroupBy(p => (Kind: p[0], Name: p[1]))
            .Select(g => (g.Key.Kind, g.Key.Name, (IReadOnlyList<string>)g.Select(p => p[2]).ToList()))
            .ToList();
}
