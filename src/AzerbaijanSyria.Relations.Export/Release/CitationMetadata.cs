using System.Text.Json;

namespace AzerbaijanSyria.Relations.Export;

/// <summary>
/// The citation files of a release: the repository's <c>CITATION.cff</c> (carried in the tool, the one
/// home of the authors, abstract and keywords) with the release's version and date, and a
/// <c>.zenodo.json</c> made from the same file and the database's metadata.
/// </summary>
internal static class CitationMetadata
{
    private const string ResourceName = "CITATION.cff";

    /// <summary>The repository's CITATION.cff as the tool was built with it.</summary>
    public static string Template()
    {
        using var stream = typeof(CitationMetadata).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("The tool carries no CITATION.cff.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }

    /// <summary>The CITATION.cff of a release: the template with its <c>version</c> and <c>date-released</c> lines set.</summary>
    public static string Cff(string template, string version, string date)
    {
        var lines = template.Split('\n').ToList();
        Set(lines, "version", version);
        Set(lines, "date-released", date);
        return string.Join('\n', lines);
    }

    /// <summary>The <c>.zenodo.json</c> of a release: Zenodo's deposit metadata, from the database's metadata and the CITATION.cff.</summary>
    public static string Zenodo(string cff, IReadOnlyDictionary<string, string> metadata, string version, string date) => DatasetExporter.Json(json =>
    {
        json.WriteStartObject();
        json.WriteString("upload_type", "dataset");
        json.WriteString("title", metadata.GetValueOrDefault("title", "Azerbaijan–Syria relations dataset"));
        json.WriteString("version", version);
        json.WriteString("publication_date", date);
        json.WriteString("description", metadata.GetValueOrDefault("description", string.Empty));
        json.WriteStartArray("creators");
        foreach (var author in Authors(cff))
        {
            json.WriteStartObject();
            json.WriteString("name", author);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteString("access_right", "open");
        json.WriteString("license", metadata.GetValueOrDefault("licence_data", "CC-BY-4.0").ToLowerInvariant());
        json.WriteStartArray("keywords");
        foreach (var keyword in ListUnder(cff, "keywords"))
        {
            json.WriteStringValue(Unquote(keyword));
        }

        json.WriteEndArray();
        json.WriteEndObject();
    });

    /// <summary>The names of the CITATION.cff's authors (<c>authors:</c> then <c>  - name: "…"</c>).</summary>
    public static IReadOnlyList<string> Authors(string cff) =>
        ListUnder(cff, "authors").Select(a => a.StartsWith("name:", StringComparison.Ordinal) ? Unquote(a["name:".Length..]) : Unquote(a)).ToList();

    private static void Set(List<string> lines, string key, string value)
    {
        var line = $"{key}: {value}";
        var index = lines.FindIndex(l => l.StartsWith(key + ":", StringComparison.Ordinal));
        if (index >= 0)
        {
            lines[index] = line;
        }
        else
        {
            lines.Insert(Math.Max(0, lines.FindIndex(l => l.StartsWith("title:", StringComparison.Ordinal)) + 1), line);
        }
    }

    /// <summary>The items of a top-level block list (<c>key:</c> then lines <c>  - item</c>).</summary>
    private static IEnumerable<string> ListUnder(string cff, string key)
    {
        var inside = false;
        foreach (var line in cff.Split('\n'))
        {
            if (!line.StartsWith(' ') && line.Length > 0)
            {
                inside = line.TrimEnd() == key + ":";
                continue;
            }

            if (inside && line.TrimStart().StartsWith("- ", StringComparison.Ordinal))
            {
                yield return line.TrimStart()[2..].Trim();
            }
        }
    }

    private static string Unquote(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length >= 2 && trimmed[0] == '"' && trimmed[^1] == '"' ? ReadJsonString(trimmed) : trimmed;
    }

    private static string ReadJsonString(string quoted)
    {
        using var document = JsonDocument.Parse(quoted);
        return document.RootElement.GetString()!;
    }
}
