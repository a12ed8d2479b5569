using DbUp.Engine;

namespace AzerbaijanSyria.Relations;

/// <summary>The SQL scripts embedded in this assembly, under their file names.</summary>
internal static class Migrations
{
    private const string Prefix = "migrations/";

    /// <summary>All scripts, in the order DbUp runs them (ordinal by name).</summary>
    public static IReadOnlyList<SqlScript> All { get; } = Load();

    /// <summary>The number of the newest script: the schema version this builder writes.</summary>
    public static int LatestNumber { get; } = All.Max(s => DatasetFormat.ScriptNumber(s.Name));

    private static List<SqlScript> Load()
    {
        var assembly = typeof(Migrations).Assembly;
        var scripts = new List<SqlScript>();
        foreach (var resource in assembly.GetManifestResourceNames()
                     .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
                     .Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(resource)
                ?? throw new InvalidOperationException($"Missing embedded migration {resource}.");
            using var reader = new StreamReader(stream);
            scripts.Add(new SqlScript(resource[Prefix.Length..], reader.ReadToEnd()));
        }

        return scripts;
    }
}
