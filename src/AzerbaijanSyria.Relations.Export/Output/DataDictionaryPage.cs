using System.Text;
using Dapper;

namespace AzerbaijanSyria.Relations.Export;

/// <summary>
/// <c>docs/data-dictionary.md</c>: every table and view with its columns, written from the file's
/// <c>data_dictionary</c> view, with keys from its foreign keys and closed vocabularies from its
/// CHECK constraints, so that the page says only what the database says.
/// </summary>
internal static class DataDictionaryPage
{
    public const string FileName = "data-dictionary.md";

    public static string Render(RelationsDataset dataset)
    {
        var catalog = SchemaCatalog.Read(dataset.Connection);
        var rows = dataset.Connection.Rows<string, string, string?, string, string, string?, long, string?>(
            "SELECT table_name, kind, table_description, column_name, column_type, description, primary_key_position, refers_to FROM data_dictionary ORDER BY kind, table_name, column_position").Select(static ((string Table, string Kind, string? TableDescription, string Column, string Type, string? Description, long Pk, string? RefersTo) row) => row)
            .Where(r => catalog.Find(r.Table) is not null)
            .ToList();
        var page = new StringBuilder();
        page.Append("# Data dictionary\n\n");
        page.Append(System.Globalization.CultureInfo.InvariantCulture, $"Every column of the {catalog.Tables.Count()} tables and {catalog.Views.Count()} views in `dataset/{RelationsDataset.DatabaseFileName}` ({rows.Count} columns), ");
        page.Append("from the database's own `data_dictionary` view; keys come from its foreign keys and the allowed values from its CHECK constraints. ");
        page.Append("Written by `azsy build --docs docs`; a test checks that it matches the database.\n");
        foreach (var kind in new[] { "table", "view" })
        {
            page.Append(kind == "table" ? "\n## Tables\n" : "\n## Views\n");
            foreach (var group in rows.Where(r => r.Kind == kind).GroupBy(r => r.Table))
            {
                var vocabularies = catalog.Find(group.Key)!.Vocabularies.ToDictionary(v => v.Column, v => v.Values);
                page.Append(System.Globalization.CultureInfo.InvariantCulture, $"\n### {group.Key}\n\n{group.First().TableDescription}\n\n");
                page.Append("| column | type | key | description | values |\n| --- | --- | --- | --- | --- |\n");
                foreach (var r in group)
                {
                    var key = (r.Pk > 0 ? "primary key" : string.Empty) + (r.RefersTo is null ? string.Empty : (r.Pk > 0 ? "; " : string.Empty) + "→ " + r.RefersTo);
                    var values = vocabularies.TryGetValue(r.Column, out var v) ? string.Join(", ", v.Select(x => $"`{x}`")) : string.Empty;
                    page.Append(System.Globalization.CultureInfo.InvariantCulture, $"| {r.Column} | {r.Type} | {key} | {Cell(r.Description)} | {values} |\n");
                }
            }
        }

        return page.ToString();
    }

    private static string Cell(string? text) => (text ?? string.Empty).Replace("|", "\\|", StringComparison.Ordinal);
}
