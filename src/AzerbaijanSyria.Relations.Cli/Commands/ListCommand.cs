using System.CommandLine;
using AzerbaijanSyria.Relations.Cli.Output;
using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations.Cli.Commands;

/// <summary><c>azsy list</c>: the values other options take (topics, CAMEO roots, countries, people) and the public views.</summary>
internal static class ListCommand
{
    /// <summary>What can be listed, and the query that lists it.</summary>
    private static readonly (string Name, string Sql)[] Lists =
    [
        ("topics", """
            SELECT t.topic_id, t.name, (SELECT count(*) FROM event_topics AS et WHERE et.topic_id = t.topic_id) AS events, t.description
            FROM topics AS t ORDER BY t.topic_id
            """),
        ("cameo", """
            SELECT r.root_code, r.name, r.quad_name,
                   (SELECT count(*) FROM events AS e JOIN cameo_codes AS c ON c.cameo_code = e.cameo_code WHERE c.root_code = r.root_code) AS events
            FROM cameo_roots AS r ORDER BY r.root_code
            """),
        ("countries", """
            SELECT c.country_id, c.name, c.iso_alpha2, c.wikidata_id FROM countries AS c ORDER BY c.country_id
            """),
        ("people", """
            SELECT p.person_id, p.name, p.country_id,
                   (SELECT count(DISTINCT ep.event_id) FROM event_participants AS ep WHERE ep.person_id = p.person_id) AS events
            FROM people AS p ORDER BY p.person_id
            """),
        ("views", """
            SELECT td.table_name AS view, td.description FROM table_docs AS td
            JOIN sqlite_schema AS m ON m.name = td.table_name AND m.type = 'view'
            ORDER BY td.table_name
            """),
    ];

    public static string[] Names => Lists.Select(l => l.Name).ToArray();

    public static Command Create(TextWriter output)
    {
        var what = new Argument<string>("WHAT")
        {
            Description = "What to list: topics (for --topic), cameo (CAMEO root codes, for --cameo), countries, people, or views (the public SQL views, for azsy query).",
        }.OneOf(Names);
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: table, csv, json or markdown.",
            DefaultValueFactory = _ => "table",
        }.OneOf(Formats.Names);
        var db = CommonOptions.Database();
        var command = new Command("list", "List the values --topic and --cameo take, the countries and people, or the public views, from the database.")
        {
            what, format, db,
        };
        command.SetAction(parse =>
        {
            var sql = Lists.Single(l => l.Name == parse.GetValue(what)).Sql;
            using var dataset = RelationsDataset.Open(CommonOptions.DatabasePath(parse, db));
            using SqliteCommand query = dataset.Connection.CreateCommand();
            query.CommandText = sql;
            using var reader = query.ExecuteReader();
            Formats.Write(output, ResultTable.Read(reader), parse.GetValue(format)!);
            return AzsyApp.Ok;
        });
        return command;
    }
}
