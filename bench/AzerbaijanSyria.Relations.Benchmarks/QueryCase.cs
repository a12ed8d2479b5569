using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AzerbaijanSyria.Relations.Benchmarks;

/// <summary>
/// One public query, run three ways on one file: the library; the floor, a hand-written
/// <see cref="SqliteCommand"/> per statement, prepared once and re-executed, its rows read by position
/// with the benchmark's own readers (<see cref="FloorReaders"/>);
/// and EF Core 10 (<c>FromSqlRaw</c> on keyless types, no tracking). The floor and EF Core run exactly
/// the SQL and parameters the library runs (captured from it). The three results are compared before
/// anything is timed.
/// </summary>
public sealed class QueryCase : IDisposable
{
    private readonly Func<RelationsDataset, Task<object?>> library;
    private readonly List<(SqliteCommand Command, Func<SqliteDataReader, Func<SqliteDataReader, object>> Reader, Type Type)> floor = [];
    private readonly List<(SqliteCommand Command, Func<SqliteDataReader, Func<SqliteDataReader, object>> Reader, Type Type)> floorParsed = [];
    private readonly List<(string Sql, SqliteParameter[] Parameters, Type Type)> efQueries = [];
    private readonly Func<List<List<object>>, object?> assemble;

    public QueryCase(string path, Func<RelationsDataset, Task<object?>> library, Type[] rowTypes, Func<List<List<object>>, object?> assemble)
    {
        this.library = library;
        this.assemble = assemble;
        Dataset = RelationsDataset.Open(path);
        var captured = new List<SqliteCommand>();
        Dataset.Executing = c => captured.Add(c);
        library(Dataset).GetAwaiter().GetResult();
        Dataset.Executing = null;
        // The library's once-per-file lookups (which indexes and tables the file has, the longest event)
        // are not part of the query: a second call runs without them.
        captured = captured.Where(c => !c.CommandText.Contains("sqlite_schema", StringComparison.Ordinal) && !c.CommandText.Contains("max(julianday", StringComparison.Ordinal)).ToList();
        if (captured.Count != rowTypes.Length)
        {
            throw new InvalidOperationException($"The library ran {captured.Count} statements ({string.Join(" | ", captured.Select(c => c.CommandText[..Math.Min(60, c.CommandText.Length)]))}); the case names {rowTypes.Length} row types: name one per statement.");
        }

        Floor = new SqliteConnection(RelationsDataset.ReadOnlyConnectionString(path));
        Floor.Open();
        foreach (var (command, type) in captured.Zip(rowTypes))
        {
            var parameters = command.Parameters.Cast<SqliteParameter>().Select(p => (p.ParameterName, p.Value)).ToArray();
            var mine = Floor.CreateCommand();
            mine.CommandText = command.CommandText;
            foreach (var (name, value) in parameters)
            {
                mine.Parameters.AddWithValue(name, value);
            }

            mine.Prepare();
            floor.Add((mine, Reader(type), type));
            floorParsed.Add((mine, Parser(type), type));
            efQueries.Add((command.CommandText, parameters.Select(p => new SqliteParameter(p.ParameterName, p.Value)).ToArray(), type));
        }

        Ef = new RelationsContext(new DbContextOptionsBuilder<RelationsContext>().UseSqlite(RelationsDataset.ReadOnlyConnectionString(path)).Options);
        Ef.Database.OpenConnection();
        Ef.Database.GetDbConnection().Execute("SELECT 1"); // opened before timing, as the others are

        var expected = Json(RunLibrary());
        Check("the floor", expected, Json(RunFloor()));
        Check("the floor with the library's parsers", expected, Json(RunFloorParsed()));
        Check("EF Core", expected, Json(RunEf()));
    }

    public RelationsDataset Dataset { get; }

    public SqliteConnection Floor { get; }

    public RelationsContext Ef { get; }

    public object? RunLibrary() => library(Dataset).GetAwaiter().GetResult();

    public object? RunFloor() => Run(floor);

    /// <summary>
    /// The floor's prepared commands, their rows read by the library's generated parsers (<see cref="RowParsers"/>)
    /// instead of the hand-written readers: what the parsers alone cost against the floor, without the
    /// library's per-call work (renting a session, binding parameters, the cancellation registration).
    /// </summary>
    public object? RunFloorParsed() => Run(floorParsed);

    private object? Run(List<(SqliteCommand Command, Func<SqliteDataReader, Func<SqliteDataReader, object>> Reader, Type Type)> commands)
    {
        var results = new List<List<object>>(commands.Count);
        foreach (var (command, readerFor, _) in commands)
        {
            var rows = new List<object>();
            using (var reader = command.ExecuteReader())
            {
                var read = readerFor(reader);
                while (reader.Read())
                {
                    rows.Add(read(reader));
                }
            }

            results.Add(rows);
        }

        return assemble(results);
    }

    public object? RunEf()
    {
        var results = new List<List<object>>(efQueries.Count);
        foreach (var (sql, parameters, type) in efQueries)
        {
            results.Add(EfQuery(type, sql, parameters));
        }

        return assemble(results);
    }

    /// <summary>The same statements through Dapper, which makes (and so prepares) a new command on every call.</summary>
    public object? RunDapper()
    {
        var results = new List<List<object>>(efQueries.Count);
        foreach (var (sql, parameters, type) in efQueries)
        {
            var args = new DynamicParameters();
            foreach (var p in parameters)
            {
                args.Add(p.ParameterName, p.Value);
            }

            results.Add(Dataset.Connection.Query(type, sql, args).ToList());
        }

        return assemble(results);
    }

    public void Dispose()
    {
        foreach (var (command, _, _) in floor)
        {
            command.Dispose();
        }

        Floor.Dispose();
        Ef.Dispose();
        Dataset.Dispose();
    }

    private List<object> EfQuery(Type type, string sql, SqliteParameter[] parameters)
    {
        // A fresh parameter per run: EF Core attaches each to its command.
        object[] args = parameters.Select(p => (object)new SqliteParameter(p.ParameterName, p.Value)).ToArray();
        return type.Name switch
        {
            nameof(TimelineEvent) => [.. Ef.Set<TimelineEvent>().FromSqlRaw(sql, args).AsNoTracking().AsEnumerable()],
            nameof(PersonPosition) => [.. Ef.Set<PersonPosition>().FromSqlRaw(sql, args).AsNoTracking().AsEnumerable()],
            nameof(Agreement) => [.. Ef.Set<Agreement>().FromSqlRaw(sql, args).AsNoTracking().AsEnumerable()],
            nameof(Citation) => [.. Ef.Set<Citation>().FromSqlRaw(sql, args).AsNoTracking().AsEnumerable()],
            nameof(Statement) => [.. Ef.Set<Statement>().FromSqlRaw(sql, args).AsNoTracking().AsEnumerable()],
            nameof(EventParticipant) => [.. Ef.Set<EventParticipant>().FromSqlRaw(sql, args).AsNoTracking().AsEnumerable()],
            nameof(Discrepancy) => [.. Ef.Set<Discrepancy>().FromSqlRaw(sql, args).AsNoTracking().AsEnumerable()],
            nameof(SearchHit) => [.. Ef.Set<SearchHit>().FromSqlRaw(sql, args).AsNoTracking().AsEnumerable()],
            nameof(YearlyEventCount) => [.. Ef.Set<YearlyEventCount>().FromSqlRaw(sql, args).AsNoTracking().AsEnumerable()],
            _ => throw new ArgumentOutOfRangeException(nameof(type), type.Name, "No EF Core set for this row type."),
        };
    }

    private static Func<SqliteDataReader, Func<SqliteDataReader, object>> Reader(Type type) => type.Name switch
    {
        nameof(TimelineEvent) => FloorReaders.TimelineEvent,
        nameof(PersonPosition) => FloorReaders.PersonPosition,
        nameof(Agreement) => FloorReaders.Agreement,
        nameof(Citation) => FloorReaders.Citation,
        nameof(Statement) => FloorReaders.Statement,
        nameof(EventParticipant) => FloorReaders.EventParticipant,
        nameof(Discrepancy) => FloorReaders.Discrepancy,
        nameof(SearchHit) => FloorReaders.SearchHit,
        nameof(YearlyEventCount) => FloorReaders.YearlyEventCount,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type.Name, "No reader for this row type."),
    };

    /// <summary>The library's generated parser for the row type, as the floor's readers are called.</summary>
    private static Func<SqliteDataReader, Func<SqliteDataReader, object>> Parser(Type type) => type.Name switch
    {
        nameof(TimelineEvent) => Boxed(RowParsers.TimelineEvent),
        nameof(PersonPosition) => Boxed(RowParsers.PersonPosition),
        nameof(Agreement) => Boxed(RowParsers.Agreement),
        nameof(Citation) => Boxed(RowParsers.Citation),
        nameof(Statement) => Boxed(RowParsers.Statement),
        nameof(EventParticipant) => Boxed(RowParsers.EventParticipant),
        nameof(Discrepancy) => Boxed(RowParsers.Discrepancy),
        nameof(SearchHit) => Boxed(RowParsers.SearchHit),
        nameof(YearlyEventCount) => Boxed(RowParsers.YearlyEventCount),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type.Name, "No parser for this row type."),
    };

    private static Func<SqliteDataReader, Func<SqliteDataReader, object>> Boxed<T>(Func<System.Data.Common.DbDataReader, Func<System.Data.Common.DbDataReader, T>> parser)
        where T : class => reader =>
    {
        var read = parser(reader);
        return r => read(r);
    };

    private static string Json(object? value) => JsonSerializer.Serialize(value);

    private static void Check(string what, string expected, string actual)
    {
        if (expected != actual)
        {
            throw new InvalidOperationException($"{what} returned other rows than the library:\n{expected[..Math.Min(400, expected.Length)]}\n{actual[..Math.Min(400, actual.Length)]}");
        }
    }
}
