namespace AzerbaijanSyria.Relations;

/// <summary>
/// Rules about single values, read from the schema itself: closed vocabularies and date columns
/// from the CHECK constraints, and the guard triggers that refuse a row as it is written, applied
/// again to the rows a file holds.
/// </summary>
internal static class ValueRules
{
    public static IReadOnlyList<ValidationRule> All { get; } =
    [
        new("vocabulary", "Every column with a closed vocabulary (a CHECK listing its values) holds only those values.", Vocabulary),
        new("dates", "Every date column holds an ISO day (yyyy-mm-dd), and paired bounds are in order.", Dates),
        new("guards", "No stored row breaks a rule the schema's triggers enforce as rows are written (for example a date_edtf that disagrees with its bounds and precision).", Guards),
    ];

    private static IEnumerable<string> Vocabulary(ValidationContext c)
    {
        foreach (var v in c.Catalog.Vocabularies)
        {
            var quoted = SchemaCatalog.Quote(v.Column);
            var allowed = string.Join(", ", v.Values.Select(x => "'" + x.Replace("'", "''", StringComparison.Ordinal) + "'"));
            var table = c.Catalog.Find(v.Table)!;
            foreach (var (row, value) in c.Connection.Rows<string, string>($"SELECT {table.RowLabelSql}, CAST({quoted} AS TEXT) FROM {SchemaCatalog.Quote(v.Table)} WHERE {quoted} IS NOT NULL AND {quoted} NOT IN ({allowed}) ORDER BY 1"))
            {
                yield return $"{v.Table} {row}: {v.Column} is '{value}', not one of {string.Join(", ", v.Values)}";
            }
        }
    }

    private static IEnumerable<string> Dates(ValidationContext c)
    {
        foreach (var table in c.Catalog.Tables)
        {
            foreach (var column in table.DateColumns)
            {
                var q = SchemaCatalog.Quote(column);
                foreach (var (row, value) in c.Connection.Rows<string, string>($"SELECT {table.RowLabelSql}, CAST({q} AS TEXT) FROM {SchemaCatalog.Quote(table.Name)} WHERE {q} IS NOT NULL AND (date({q}) IS NULL OR date({q}) <> {q}) ORDER BY 1"))
                {
                    yield return $"{table.Name} {row}: {column} '{value}' is not an ISO date (yyyy-mm-dd)";
                }
            }

            foreach (var (earlier, later) in table.DateOrder)
            {
                foreach (var row in c.Rows(table.Name, $"{SchemaCatalog.Quote(earlier)} > {SchemaCatalog.Quote(later)}"))
                {
                    yield return $"{table.Name} {row}: {earlier} is after {later}";
                }
            }
        }
    }

    private static IEnumerable<string> Guards(ValidationContext c)
    {
        foreach (var guard in c.Catalog.Guards.DistinctBy(g => (g.Table, g.Condition)))
        {
            if (c.Catalog.Find(guard.Table) is not { } table)
            {
                continue;
            }

            foreach (var row in Dapper.SqlMapper.Query<string>(c.Connection,
                         $"SELECT {table.RowLabelSql} FROM {SchemaCatalog.Quote(guard.Table)} AS NEW WHERE {guard.Condition} ORDER BY 1"))
            {
                yield return $"{guard.Table} {row}: {guard.Message} (trigger {guard.Name})";
            }
        }
    }
}
