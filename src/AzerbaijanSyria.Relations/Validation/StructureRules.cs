using Dapper;
using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations;

/// <summary>Rules about the file itself: SQLite's own checks, the header, the public face, its documentation and the search indexes.</summary>
internal static class StructureRules
{
    public static IReadOnlyList<ValidationRule> All { get; } =
    [
        new("integrity", "SQLite's integrity check passes: pages and indexes, and every row keeps its table's NOT NULL and CHECK constraints (each failing row named).", Integrity),
        new("foreign_keys", "Every foreign key points at an existing row.", ForeignKeys),
        new("header", "The file is marked as this dataset (application_id) and is not newer than this library.", Header),
        new("schema", "Every public table and view exists with the columns of the approved public schema, and every view can be read.", Schema),
        new("definitions", "Every table, view, index and trigger is defined exactly as this release builds it (the SHA-256 of its SQL, comments and layout aside, equals the one in SchemaDefinitions.txt), and the file has no others; a view that differs is never read by the other rules.", Definitions),
        new("documentation", "Every public table, view and column has a description in the data dictionary.", Documentation),
        new("full_text", "Each full-text index holds exactly the rows of its table, with their current text.", FullText),
        new("change_log", "Every table a citation can point at, and every table with a change-log trigger, logs its inserts, updates of every column, and deletes to fact_changes.", ChangeLog),
        new("stored_facets", "The values stored per event (event_facets) equal their definition (event_facets_expected), and the counts per year (event_year_tallies) count them.", StoredFacets),
        new("stored_timeline", "The timeline's rows stored in date order (timeline_rows) equal their definition (timeline_rows_expected: the view timeline with the band and keys each is stored by).", StoredTimeline),
        new("stored_statements", "The statements stored by speaker and date (statement_rows) equal their definition (statement_rows_expected: the view statement_details with the keys each is stored by).", c => StoredRows(c, StoredColumns.StatementRows, StoredColumns.StatementRowsExpected, "statement_details")),
        new("stored_agreements", "The agreements stored in date order (agreement_rows) equal their definition (agreement_rows_expected: the view agreement_details with the key each is stored by).", c => StoredRows(c, StoredColumns.AgreementRows, StoredColumns.AgreementRowsExpected, "agreement_details")),
        new("stored_search", "The search indexes of every recorded spelling (event_search, statement_search, agreement_search) hold exactly what their definitions (…_search_expected) give: each row's text and every recorded spelling of the names it names.", StoredSearch),
    ];

    private static IEnumerable<string> Definitions(ValidationContext c)
    {
        var found = c.Definitions;
        var differences = new List<string>();
        foreach (var ((kind, name), hash) in SchemaDefinitions.Approved.OrderBy(d => d.Key.Kind, StringComparer.Ordinal).ThenBy(d => d.Key.Name, StringComparer.Ordinal))
        {
            if (!found.TryGetValue((kind, name), out var actual))
            {
                // A missing public table or view is the schema check's finding.
                if (!PublicSchema.Objects.Any(o => o.Kind == kind && o.Name == name))
                {
                    differences.Add($"{kind} {name} is missing: rebuild the file with 'azsy build'");
                }
            }
            else if (actual != hash)
            {
                differences.Add($"{kind} {name} is not defined as this release builds it (the SHA-256 of its SQL is {actual}, expected {hash}): rebuild the file with 'azsy build'; a definition changed on purpose by a new migration is approved in src/AzerbaijanSyria.Relations/SchemaDefinitions.txt");
            }
        }

        foreach (var (kind, name) in found.Keys.Where(k => !SchemaDefinitions.Approved.ContainsKey(k)).OrderBy(k => k.Kind, StringComparer.Ordinal).ThenBy(k => k.Name, StringComparer.Ordinal))
        {
            differences.Add($"{kind} {name} is not part of the schema this release builds: drop it, or rebuild the file with 'azsy build'");
        }

        var version = c.Connection.ExecuteScalar<int>("PRAGMA user_version");
        if (differences.Count > 0 && version != DatasetFormat.SchemaVersion)
        {
            // A file of another schema version differs by design: one line says so, rather than a line per object.
            return [$"the file has schema version {version} and this library approves the definitions of version {DatasetFormat.SchemaVersion}, and {differences.Count} definitions differ (the first: {differences[0]}): build the file with this release's 'azsy build'"];
        }

        return differences;
    }

    private static IEnumerable<string> StoredFacets(ValidationContext c) =>
        c.Has(StoredColumns.FacetsExpected) && !c.IsApprovedView(StoredColumns.FacetsExpected)
            ? [$"could not be checked: view {StoredColumns.FacetsExpected} is not the approved one (see the definitions check)"]
            : StoredColumns.Differences(c.Connection);

    private static IEnumerable<string> StoredTimeline(ValidationContext c)
    {
        // The definition reads the view timeline: both must be the approved ones (a missing one is the schema check's finding).
        if (c.Has(StoredColumns.TimelineRowsExpected) && !c.Has("timeline"))
        {
            return [];
        }

        var unapproved = new[] { StoredColumns.TimelineRowsExpected, "timeline" }.Where(v => c.Has(v) && !c.IsApprovedView(v)).ToList();
        return unapproved.Count > 0
            ? [$"could not be checked: view {string.Join(", ", unapproved)} is not the approved one (see the definitions check)"]
            : StoredColumns.TimelineDifferences(c.Connection);
    }

    private static IEnumerable<string> StoredRows(ValidationContext c, string stored, string expected, string view)
    {
        // The definition reads a public view: both must be the approved ones (a missing one is the schema check's finding).
        if (c.Has(expected) && !c.Has(view))
        {
            return [];
        }

        var unapproved = new[] { expected, view }.Where(v => c.Has(v) && !c.IsApprovedView(v)).ToList();
        return unapproved.Count > 0
            ? [$"could not be checked: view {string.Join(", ", unapproved)} is not the approved one (see the definitions check)"]
            : StoredColumns.RowDifferences(c.Connection, stored);
    }

    private static IEnumerable<string> StoredSearch(ValidationContext c) =>
        StoredColumns.SearchIndexes.Where(i => c.Has(i.Expected) && !c.IsApprovedView(i.Expected)).Select(i => i.Expected).ToList() is { Count: > 0 } unapproved
            ? [$"could not be checked: view {string.Join(", ", unapproved)} is not the approved one (see the definitions check)"]
            : StoredColumns.SearchDifferences(c.Connection);

    private static IEnumerable<string> ChangeLog(ValidationContext c)
    {
        if (!c.Has("fact_changes"))
        {
            yield break;
        }

        var triggers = c.Connection.Rows<string, string, string>("SELECT name, tbl_name, sql FROM sqlite_schema WHERE type = 'trigger'").Select(static ((string Name, string Table, string Sql) row) => row)
            .ToDictionary(t => t.Name, StringComparer.Ordinal);
        var cited = c.Catalog.Find("citations")?.ForeignKeys.Select(k => k.Table) ?? [];
        var logged = triggers.Values.Where(t => t.Name == t.Table + "_log_insert").Select(t => t.Table);
        foreach (var table in cited.Concat(logged).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            if (c.Catalog.Find(table) is not { } schema)
            {
                continue;
            }

            foreach (var suffix in new[] { "insert", "update", "delete" })
            {
                if (!triggers.ContainsKey($"{table}_log_{suffix}"))
                {
                    yield return $"{table} has no trigger {table}_log_{suffix}: its changes would not reach fact_changes (recreate it as migration 0027 does)";
                }
            }

            if (triggers.TryGetValue($"{table}_log_update", out var update))
            {
                foreach (var column in schema.Columns.Where(col => !col.Hidden && !col.Generated)
                             .Where(col => !update.Sql.Contains($"old.{col.Name} IS NOT new.{col.Name}", StringComparison.Ordinal)))
                {
                    yield return $"{table}.{column.Name} is not logged by trigger {table}_log_update: a correction of it would not reach fact_changes (recreate the trigger with every column)";
                }
            }
        }
    }

    private static IEnumerable<string> Integrity(ValidationContext c)
    {
        // Opened read-only, SQLite checks pages and indexes but not CHECK constraints: those are
        // checked on the copy in memory, and each table that breaks one is searched for its rows.
        var lines = c.Connection.Query<string>("PRAGMA integrity_check").Where(l => l != "ok").ToList();
        foreach (var line in c.MemoryCopy.Query<string>("PRAGMA integrity_check").Where(l => l != "ok" && !lines.Contains(l)))
        {
            var table = line.StartsWith(CheckFailed, StringComparison.Ordinal) ? c.Catalog.Find(line[CheckFailed.Length..]) : null;
            if (table is null)
            {
                lines.Add(line);
                continue;
            }

            lines.AddRange(RowsBreakingChecks(c, table));
        }

        return lines;
    }

    private const string CheckFailed = "CHECK constraint failed in ";

    /// <summary>The rows of <paramref name="table"/> (in the copy in memory) that break a CHECK constraint, each with the constraint SQLite names.</summary>
    private static IEnumerable<string> RowsBreakingChecks(ValidationContext c, SchemaCatalog.SchemaObject table)
    {
        // Writing every column back to itself makes SQLite evaluate every CHECK of the row.
        var assignments = string.Join(", ", table.Columns.Where(col => !col.Generated).Select(col => $"{SchemaCatalog.Quote(col.Name)} = {SchemaCatalog.Quote(col.Name)}"));
        var name = SchemaCatalog.Quote(table.Name);
        foreach (var (rowId, label) in c.MemoryCopy.Rows<long, string>($"SELECT rowid, {table.RowLabelSql} FROM {name} ORDER BY 2").ToList())
        {
            string? failure = null;
            try
            {
                using var transaction = c.MemoryCopy.BeginTransaction();
                c.MemoryCopy.Execute($"UPDATE {name} SET {assignments} WHERE rowid = @rowId", new { rowId }, transaction);
                transaction.Rollback();
            }
            catch (SqliteException ex) when (ex.SqliteErrorCode == 19)
            {
                failure = ex.Message.Replace("SQLite Error 19: ", string.Empty, StringComparison.Ordinal).Trim('\'', '.');
            }

            if (failure is not null)
            {
                yield return $"{table.Name} {label}: {failure}";
            }
        }
    }

    private static IEnumerable<string> ForeignKeys(ValidationContext c)
    {
        foreach (var row in c.Connection.Rows<string, long?, string>("SELECT \"table\", rowid, parent FROM pragma_foreign_key_check").Select(static ((string Table, long? RowId, string Parent) row) => row))
        {
            var label = row.RowId is null || c.Catalog.Find(row.Table) is not { } table
                ? row.RowId?.ToString(System.Globalization.CultureInfo.InvariantCulture)
                : c.Connection.ExecuteScalar<string>($"SELECT {table.RowLabelSql} FROM {SchemaCatalog.Quote(row.Table)} WHERE rowid = @id", new { id = row.RowId });
            yield return $"{row.Table} row {label} points at a missing {row.Parent} row";
        }
    }

    private static IEnumerable<string> Header(ValidationContext c)
    {
        var applicationId = c.Connection.ExecuteScalar<int>("PRAGMA application_id");
        if (applicationId != DatasetFormat.ApplicationId)
        {
            yield return $"application_id is {applicationId}, expected {DatasetFormat.ApplicationId} (\"AZSY\"): the file is not marked as this dataset";
        }

        var version = c.Connection.ExecuteScalar<int>("PRAGMA user_version");
        if (version > DatasetFormat.SchemaVersion)
        {
            yield return $"user_version is {version}, newer than the {DatasetFormat.SchemaVersion} this library knows: update the AzerbaijanSyria.Relations package";
        }
    }

    private static IEnumerable<string> Schema(ValidationContext c)
    {
        foreach (var (kind, name, columns) in PublicSchema.Objects)
        {
            var found = c.Catalog.Find(name);
            if (found is null)
            {
                yield return $"{kind} {name} is missing: rebuild the file with 'azsy build'";
                continue;
            }

            if (found.Kind != kind)
            {
                yield return $"{name} is a {found.Kind}, expected a {kind}";
            }

            foreach (var column in columns.Where(col => found.Columns.All(fc => fc.Name != col)))
            {
                yield return $"{kind} {name} has no column {column}";
            }
        }

        foreach (var view in c.Catalog.Views)
        {
            string? error = null;
            try
            {
                c.Connection.Execute($"SELECT * FROM {SchemaCatalog.Quote(view.Name)} LIMIT 0");
            }
            catch (SqliteException ex)
            {
                error = ex.Message.Replace("SQLite Error 1: ", string.Empty, StringComparison.Ordinal);
            }

            if (error is not null)
            {
                yield return $"view {view.Name} cannot be read: {error}";
            }
        }
    }

    private static IEnumerable<string> Documentation(ValidationContext c)
    {
        if (!c.Has("table_docs") || !c.Has("column_docs"))
        {
            yield return "the data dictionary (table_docs, column_docs) is missing";
            yield break;
        }

        var tables = c.Connection.Query<string>("SELECT table_name FROM table_docs WHERE trim(description) <> ''").ToHashSet(StringComparer.Ordinal);
        var columns = c.Connection.Rows<string, string>("SELECT table_name, column_name FROM column_docs WHERE trim(description) <> ''").Select(static ((string Table, string Column) row) => row).ToHashSet();
        foreach (var o in c.Catalog.Objects)
        {
            if (!tables.Contains(o.Name))
            {
                yield return $"{o.Kind} {o.Name} has no description in table_docs";
            }

            foreach (var col in o.Columns.Where(col => !columns.Contains((o.Name, col.Name)) && !columns.Contains(("*", col.Name))))
            {
                yield return $"{o.Name}.{col.Name} has no description in column_docs";
            }
        }
    }

    private static IEnumerable<string> FullText(ValidationContext c)
    {
        var problems = new List<string>();
        // An index that keeps its own text (no content table) has nothing to compare with here: the
        // integrity check below covers it, and rule stored_search its rows.
        foreach (var index in c.Catalog.FullText.Where(f => f.ContentTable != f.Name))
        {
            var docsize = SchemaCatalog.Quote(index.Name + "_docsize");
            var content = SchemaCatalog.Quote(index.ContentTable);
            var table = c.Catalog.Find(index.ContentTable);
            if (table is null || c.Connection.ExecuteScalar<long>("SELECT count(*) FROM sqlite_schema WHERE name = @n", new { n = index.Name + "_docsize" }) == 0)
            {
                problems.Add($"{index.Name} has no table {index.ContentTable} or no document sizes to compare with");
                continue;
            }

            problems.AddRange(c.Connection.Query<string>($"SELECT {table.RowLabelSql} FROM {content} WHERE rowid NOT IN (SELECT id FROM {docsize}) ORDER BY 1")
                .Select(id => $"{index.ContentTable} {id} is missing from the search index {index.Name}: rebuild it with INSERT INTO {index.Name} ({index.Name}) VALUES ('rebuild')"));
            problems.AddRange(c.Connection.Query<long>($"SELECT id FROM {docsize} WHERE id NOT IN (SELECT rowid FROM {content}) ORDER BY 1")
                .Select(id => $"the search index {index.Name} holds row {id}, which {index.ContentTable} does not have"));
        }

        if (problems.Count == 0 && c.Catalog.FullText.Count > 0)
        {
            // FTS5 compares the index with its table's text only in a command that writes: run it on the copy in memory.
            var copy = c.MemoryCopy;
            foreach (var index in c.Catalog.FullText)
            {
                var name = SchemaCatalog.Quote(index.Name);
                string? error = null;
                try
                {
                    copy.Execute($"INSERT INTO {name} ({name}, rank) VALUES ('integrity-check', 1)");
                }
                catch (SqliteException ex)
                {
                    error = ex.Message;
                }

                if (error is not null)
                {
                    problems.Add($"the search index {index.Name} does not match the text of {index.ContentTable} ({error}): rebuild it with INSERT INTO {index.Name} ({index.Name}) VALUES ('rebuild')");
                }
            }
        }

        return problems;
    }
}
