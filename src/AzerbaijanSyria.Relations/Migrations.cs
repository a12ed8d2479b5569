using System.Reflection;
using DbUp.Engine;

namespace AzerbaijanSyria.Relations;

/// <summary>The SQL scripts embedded in this assembly, under their file names.</summary>
internal static class Migrations
{
    private const string Prefix = "migrations/";

    /// <summary>All scripts, in the order DbUp runs them (ordinal by name).</summary>
    public static IReadOnlyList<SqlScript> All { get; } = Load();

    /// <summary>The number of the newest script: the schema version the library knows.</summary>
    public static int LatestNumber { get; } = All.Max(s => NumberOf(s.Name));

    public static int NumberOf(string scriptName)
    {
        var digits = scriptName.AsSpan(0, scriptName.IndexOf('_'));
        return int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
    }

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
