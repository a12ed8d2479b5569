using System.Text.RegularExpressions;
using Dapper;
using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations;

/// <summary>
/// What a dataset file's schema declares, read from the file itself: its tables and views with
/// their columns and foreign keys, the closed vocabularies and date columns its CHECK constraints
/// name, its full-text indexes, and its guard triggers. The schema is the one home of these
/// facts; the validator, the row counts, the exports and the documentation read them from here.
/// </summary>
public sealed partial class SchemaCatalog
{
    /// <summary>The journal DbUp keeps; a build artefact, not part of the dataset.</summary>
    public const string JournalTable = "SchemaVersions";

    private SchemaCatalog(IReadOnlyList<SchemaObject> objects, IReadOnlyList<FullTextIndex> fullTextIndexes, IReadOnlyList<Guard> guards)
    {
        Objects = objects;
        FullTextIndexes = fullTextIndexes.Select(i => i.Name).ToList();
        FullText = fullTextIndexes;
        Guards = guards;
    }

    /// <summary>The dataset's tables and views (not SQLite's own, the journal, or search-index tables), by name.</summary>
    public IReadOnlyList<SchemaObject> Objects { get; }

    /// <summary>The dataset's tables, by name.</summary>
    public IEnumerable<SchemaObject> Tables => Objects.Where(o => o.Kind == "table");

    /// <summary>The dataset's views, by name.</summary>
    public IEnumerable<SchemaObject> Views => Objects.Where(o => o.Kind == "view");

    /// <summary>The names of the FTS5 tables.</summary>
    public IReadOnlyList<string> FullTextIndexes { get; }

    /// <summary>The FTS5 tables with the table whose rows they index.</summary>
    public IReadOnlyList<FullTextIndex> FullText { get; }

    /// <summary>Triggers that refuse a row with <c>RAISE(ABORT, …)</c> when a condition holds.</summary>
    public IReadOnlyList<Guard> Guards { get; }

    /// <summary>Every closed vocabulary: a column whose CHECK constraint lists the values it may take.</summary>
    public IEnumerable<Vocabulary> Vocabularies => Tables.SelectMany(t => t.Vocabularies);

    /// <summary>The table or view called <paramref name="name"/>, or null.</summary>
    public SchemaObject? Find(string name) => Objects.FirstOrDefault(o => o.Name == name);

    /// <summary>An identifier quoted for SQL.</summary>
    public static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>Reads the schema of the database behind <paramref name="connection"/>.</summary>
    public static SchemaCatalog Read(SqliteConnection connection)
    {
        var listed = connection.Query<(string Name, string Type)>(
            "SELECT name, type FROM pragma_table_list WHERE schema = 'main' ORDER BY name").ToList();
        var sqlByName = connection.Query<(string Name, string? Sql)>("SELECT name, sql FROM sqlite_schema WHERE type IN ('table', 'view')")
            .ToDictionary(r => r.Name, r => r.Sql ?? string.Empty, StringComparer.Ordinal);

        var objects = new List<SchemaObject>();
        var fullText = new List<FullTextIndex>();
        foreach (var (name, type) in listed)
        {
            var sql = sqlByName.GetValueOrDefault(name, string.Empty);
            if (type == "virtual" && FullTextTable().IsMatch(sql))
            {
                var content = ContentOption().Match(sql);
                var columns = ReadColumns(connection, name).Where(c => !c.Hidden).Select(c => c.Name).ToList();
                fullText.Add(new FullTextIndex { Name = name, ContentTable = content.Success ? content.Groups["table"].Value : name, Columns = columns });
                continue;
            }

            if (type is not ("table" or "view") || name.StartsWith("sqlite_", StringComparison.Ordinal) || name == JournalTable)
            {
                continue;
            }

            var keys = type == "table"
                ? connection.Query<(long Id, long Seq, string Table, string From, string? To)>(
                        "SELECT id, seq, \"table\", \"from\", \"to\" FROM pragma_foreign_key_list(@name) ORDER BY id, seq", new { name })
                    .GroupBy(k => k.Id)
                    .Select(g => new SchemaForeignKey { Columns = g.Select(k => k.From).ToList(), Table = g.First().Table, ReferencedColumns = g.Select(k => k.To ?? k.From).ToList() })
                    .ToList()
                : [];
            // A view over a dropped table cannot even list its columns: it is kept with none, and the
            // validator's schema check reports it.
            List<SchemaColumn> objectColumns;
            try
            {
                objectColumns = ReadColumns(connection, name).Where(c => !c.Hidden).ToList();
            }
            catch (SqliteException) when (type == "view")
            {
                objectColumns = [];
            }

            objects.Add(new SchemaObject { Name = name, Kind = type, Sql = sql, Columns = objectColumns, ForeignKeys = keys });
        }

        var guards = connection.Query<(string Name, string Sql)>("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' ORDER BY name")
            .Select(t => (t.Name, Match: GuardTrigger().Match(t.Sql)))
            .Where(t => t.Match.Success)
            .Select(t => new Guard { Name = t.Name, Table = t.Match.Groups["table"].Value, Condition = t.Match.Groups["condition"].Value.Trim(), Message = t.Match.Groups["message"].Value.Replace("''", "'", StringComparison.Ordinal) })
            .ToList();
        return new SchemaCatalog(objects, fullText, guards);
    }

    private static List<SchemaColumn> ReadColumns(SqliteConnection connection, string name) =>
        connection.Query<(string Name, string Type, long NotNull, long Pk, long Hidden, string? Default)>(
                "SELECT name, type, \"notnull\", pk, hidden, dflt_value FROM pragma_table_xinfo(@name) ORDER BY cid", new { name })
            .Select(c => new SchemaColumn { Name = c.Name, Type = c.Type, NotNull = c.NotNull == 1, PrimaryKeyPosition = (int)c.Pk, Hidden = c.Hidden == 1, Generated = c.Hidden is 2 or 3, Default = c.Default })
            .ToList();

    [GeneratedRegex(@"USING\s+fts5", RegexOptions.IgnoreCase)]
    private static partial Regex FullTextTable();

    [GeneratedRegex(@"content\s*=\s*[""']?(?<table>\w+)", RegexOptions.IgnoreCase)]
    private static partial Regex ContentOption();

    [GeneratedRegex(@"^CREATE\s+TRIGGER\s+\w+\s+BEFORE\s+(?:INSERT|UPDATE)(?:\s+OF\s+[\w\s,]+?)?\s+ON\s+(?<table>\w+)\s+WHEN\s+(?<condition>.+?)\s+BEGIN\s+SELECT\s+RAISE\s*\(\s*ABORT\s*,\s*'(?<message>(?:[^']|'')*)'\s*\)\s*;\s*END$", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex GuardTrigger();

    /// <summary>A table or view of the dataset.</summary>
    public sealed partial record SchemaObject
    {
        /// <summary>Its name.</summary>
        public required string Name { get; init; }

        /// <summary><c>table</c> or <c>view</c>.</summary>
        public required string Kind { get; init; }

        /// <summary>The <c>CREATE</c> statement SQLite keeps for it.</summary>
        public required string Sql { get; init; }

        /// <summary>Its columns (hidden columns of virtual tables left out), in order.</summary>
        public required IReadOnlyList<SchemaColumn> Columns { get; init; }

        /// <summary>Its foreign keys; none for a view.</summary>
        public required IReadOnlyList<SchemaForeignKey> ForeignKeys { get; init; }

        /// <summary>The primary key's columns, in key order; empty for a view or a rowid table.</summary>
        public IReadOnlyList<string> PrimaryKey => Columns.Where(c => c.PrimaryKeyPosition > 0).OrderBy(c => c.PrimaryKeyPosition).Select(c => c.Name).ToList();

        /// <summary>The SQL that names one row: its primary key's columns joined, or its rowid.</summary>
        public string RowLabelSql => PrimaryKey.Count switch
        {
            0 => "rowid",
            1 => Quote(PrimaryKey[0]),
            _ => string.Join(" || ' / ' || ", PrimaryKey.Select(Quote)),
        };

        /// <summary>Columns whose CHECK constraint lists the values they may take (<c>col IN ('a', 'b')</c>).</summary>
        public IReadOnlyList<Vocabulary> Vocabularies => VocabularyCheck().Matches(Sql)
            .Select(m => new Vocabulary { Table = Name, Column = m.Groups["column"].Value, Values = m.Groups["values"].Captures.Select(c => c.Value).ToList() })
            .Where(v => Columns.Any(c => c.Name == v.Column))
            .GroupBy(v => v.Column).Select(g => g.First())
            .ToList();

        /// <summary>
        /// Columns that hold a 0/1 flag: by their CHECK constraint <c>col IN (0, 1)</c>, or generated
        /// columns whose expression is a comparison or a logical one (<c>a &lt;&gt; b OR c &lt;&gt; d</c>, as
        /// <c>trade_flows.is_partial_year</c>), which SQLite evaluates to 0 or 1.
        /// </summary>
        public IReadOnlyList<string> Flags => FlagCheck().Matches(Sql)
            .Select(m => m.Groups["column"].Value)
            .Concat(GeneratedColumn().Matches(Sql)
                .Where(m => IsTruthValue(BalancedParentheses(Sql, m.Index + m.Length - 1)))
                .Select(m => m.Groups["column"].Value))
            .Where(c => Columns.Any(col => col.Name == c)).Distinct().ToList();

        /// <summary>The text inside the parentheses that open at <paramref name="open"/> (string literals skipped).</summary>
        private static string BalancedParentheses(string sql, int open)
        {
            var depth = 0;
            for (var i = open; i < sql.Length; i++)
            {
                switch (sql[i])
                {
                    case '\'':
                        i = sql.IndexOf('\'', i + 1) is var end and >= 0 ? end : sql.Length;
                        break;
                    case '(':
                        depth++;
                        break;
                    case ')' when --depth == 0:
                        return sql[(open + 1)..i];
                }
            }

            return string.Empty;
        }

        /// <summary>
        /// Whether an expression's value is a truth value: an operator that yields 0 or 1 (OR, AND, NOT,
        /// a comparison, IS, IN, LIKE, GLOB, BETWEEN, EXISTS) stands at its top level, outside
        /// parentheses, CASE … END and string literals. Those bind more loosely than every arithmetic
        /// and text operator, so one at the top level is what the whole expression yields.
        /// </summary>
        internal static bool IsTruthValue(string expression)
        {
            var text = StringLiteral().Replace(expression, "''");
            var depth = 0;
            var top = new System.Text.StringBuilder();
            foreach (var word in ExpressionToken().Matches(text).Select(m => m.Value))
            {
                switch (word.ToUpperInvariant())
                {
                    case "(":
                    case "CASE":
                        depth++;
                        continue;
                    case ")":
                    case "END":
                        depth--;
                        continue;
                }

                if (depth == 0)
                {
                    top.Append(' ').Append(word.ToUpperInvariant());
                }
            }

            return TruthOperator().IsMatch(top.ToString() + " ");
        }

        /// <summary>Columns that hold an ISO day, by their CHECK constraint <c>date(col) = col</c>.</summary>
        public IReadOnlyList<string> DateColumns => DateCheck().Matches(Sql)
            .Select(m => m.Groups["column"].Value).Where(c => Columns.Any(col => col.Name == c)).Distinct().ToList();

        /// <summary>Pairs of date columns whose CHECK constraints keep the first no later than the second.</summary>
        public IReadOnlyList<(string Earlier, string Later)> DateOrder => OrderCheck().Matches(Sql)
            .Select(m => (m.Groups["a"].Value, m.Groups["b"].Value))
            .Where(p => DateColumns.Contains(p.Item1) && DateColumns.Contains(p.Item2)).Distinct().ToList();

        [GeneratedRegex(@"\b(?<column>[a-z_]+)\s+IN\s*\(\s*'(?<values>[^']*)'(?:\s*,\s*'(?<values>[^']*)')*\s*\)")]
        private static partial Regex VocabularyCheck();

        [GeneratedRegex(@"\b(?<column>[a-z_]+)\s+IN\s*\(\s*0\s*,\s*1\s*\)")]
        private static partial Regex FlagCheck();

        [GeneratedRegex(@"(?<=[(,]\s*)(?<column>[a-z_]+)\s+INTEGER\b[^,()]*?\bGENERATED\s+ALWAYS\s+AS\s*\(", RegexOptions.IgnoreCase)]
        private static partial Regex GeneratedColumn();

        [GeneratedRegex(@"'(?:[^']|'')*'")]
        private static partial Regex StringLiteral();

        [GeneratedRegex(@"[A-Za-z_][A-Za-z_0-9]*|<<|>>|<>|<=|>=|!=|==|[()=<>]|[^\sA-Za-z_0-9()=<>]+")]
        private static partial Regex ExpressionToken();

        [GeneratedRegex(@" (?:OR|AND|NOT|IS|IN|LIKE|GLOB|BETWEEN|EXISTS|=|==|<>|!=|<|<=|>|>=) ")]
        private static partial Regex TruthOperator();

        [GeneratedRegex(@"\bdate\((?<column>[a-z_]+)\)\s*=\s*\k<column>\b")]
        private static partial Regex DateCheck();

        [GeneratedRegex(@"\b(?<a>[a-z_]+)\s*<=\s*(?<b>[a-z_]+)\b")]
        private static partial Regex OrderCheck();
    }

    /// <summary>A column of a table or view.</summary>
    public sealed record SchemaColumn
    {
        /// <summary>Its name.</summary>
        public required string Name { get; init; }

        /// <summary>Its declared type (empty for a view's computed column).</summary>
        public required string Type { get; init; }

        /// <summary>Whether it is declared <c>NOT NULL</c>.</summary>
        public required bool NotNull { get; init; }

        /// <summary>Its place in the primary key, from 1; 0 when it is not part of it.</summary>
        public required int PrimaryKeyPosition { get; init; }

        /// <summary>Whether it is a hidden column of a virtual table.</summary>
        public required bool Hidden { get; init; }

        /// <summary>Whether it is a generated column.</summary>
        public required bool Generated { get; init; }

        /// <summary>Its <c>DEFAULT</c> as the schema writes it (SQL text, e.g. <c>'confirmed'</c>), or null.</summary>
        public string? Default { get; init; }
    }

    /// <summary>A foreign key of a table.</summary>
    public sealed record SchemaForeignKey
    {
        /// <summary>The referring columns, in key order.</summary>
        public required IReadOnlyList<string> Columns { get; init; }

        /// <summary>The referenced table.</summary>
        public required string Table { get; init; }

        /// <summary>The referenced columns, in key order.</summary>
        public required IReadOnlyList<string> ReferencedColumns { get; init; }
    }

    /// <summary>A closed vocabulary: the values a column may take.</summary>
    public sealed record Vocabulary
    {
        /// <summary>The table.</summary>
        public required string Table { get; init; }

        /// <summary>The column.</summary>
        public required string Column { get; init; }

        /// <summary>The values its CHECK constraint lists, in the constraint's order.</summary>
        public required IReadOnlyList<string> Values { get; init; }
    }

    /// <summary>An FTS5 table and the table whose rows it indexes.</summary>
    public sealed record FullTextIndex
    {
        /// <summary>The FTS5 table's name.</summary>
        public required string Name { get; init; }

        /// <summary>The table whose rows it indexes (its <c>content=</c> option), or its own name.</summary>
        public required string ContentTable { get; init; }

        /// <summary>The columns it indexes.</summary>
        public required IReadOnlyList<string> Columns { get; init; }
    }

    /// <summary>A trigger that refuses a row of <see cref="Table"/> with <see cref="Message"/> when <see cref="Condition"/> holds of it (as <c>NEW</c>).</summary>
    public sealed record Guard
    {
        /// <summary>The trigger's name.</summary>
        public required string Name { get; init; }

        /// <summary>The table it guards.</summary>
        public required string Table { get; init; }

        /// <summary>The SQL condition (over <c>NEW</c>) under which it refuses a row.</summary>
        public required string Condition { get; init; }

        /// <summary>The message it refuses the row with.</summary>
        public required string Message { get; init; }
    }
}
