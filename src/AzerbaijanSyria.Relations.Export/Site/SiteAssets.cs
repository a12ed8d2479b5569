namespace AzerbaijanSyria.Relations.Export.Site;

/// <summary>The style sheet and scripts every site carries, embedded in the tool from <c>Export/Site/Assets/</c>.</summary>
internal static class SiteAssets
{
    public const string StyleSheet = "assets/site.css";

    public const string TimelineScript = "assets/timeline.js";

    public const string SearchScript = "assets/search.js";

    public const string OfficesScript = "assets/offices.js";

    public static IEnumerable<(string Path, string Text)> All() =>
        new[] { StyleSheet, TimelineScript, SearchScript, OfficesScript }.Select(path => (path, Read(Path.GetFileName(path))));

    private static string Read(string name)
    {
        using var stream = typeof(SiteAssets).Assembly.GetManifestResourceStream("Site." + name)
            ?? throw new InvalidOperationException($"The site asset {name} is not embedded in the tool.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }
}
