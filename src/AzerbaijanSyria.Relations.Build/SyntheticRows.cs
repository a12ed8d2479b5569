using System.Globalization;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace AzerbaijanSyria.Relations;

/// <summary>
/// One prepared <c>INSERT</c> into a table, re-run for every row: the statement is prepared once and
/// its values bound by position through SQLite's own API (a <see cref="SqliteCommand"/> costs several
/// microseconds more per row, most of a million-event run). Errors are SQLite's, as
/// <see cref="SqliteException"/>.
/// </summary>
internal sealed class SyntheticRows : IDisposable
{
    private readonly sqlite3 db;
    private readonly sqlite3_stmt statement;
    private readonly int columns;

    public SyntheticRows(SqliteConnection connection, string table, params string[] columns)
    {
        db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        this.columns = columns.Length;
        var sql = $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select((_, i) => $"?{i + 1}"))})";
        SqliteException.ThrowExceptionForRC(raw.sqlite3_prepare_v2(db, sql, out statement), db);
    }

    /// <summary>How many rows were written.</summary>
    public long Count { get; private set; }

    /// <summary>Writes one row; a null value is SQL NULL.</summary>
    public void Add(params object?[] values)
    {
        for (var i = 0; i < columns; i++)
        {
            var rc = values[i] switch
            {
                null => raw.sqlite3_bind_null(statement, i + 1),
                string s => raw.sqlite3_bind_text(statement, i + 1, s),
                int n => raw.sqlite3_bind_int64(statement, i + 1, n),
                long n => raw.sqlite3_bind_int64(statement, i + 1, n),
                double d => raw.sqlite3_bind_double(statement, i + 1, d),
                var other => throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Value {i} is a {other.GetType().Name}, which a synthetic row does not take."), nameof(values)),
            };
            SqliteException.ThrowExceptionForRC(rc, db);
        }

        try
        {
            var step = raw.sqlite3_step(statement);
            if (step != raw.SQLITE_DONE)
            {
                SqliteException.ThrowExceptionForRC(step, db);
            }
        }
        finally
        {
            raw.sqlite3_reset(statement);
        }

        Count++;
    }

    public void Dispose() => statement.Dispose();
}
