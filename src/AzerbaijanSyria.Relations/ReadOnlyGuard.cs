using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace AzerbaijanSyria.Relations;

/// <summary>
/// An SQLite authorizer that lets a connection only read. <c>Mode=ReadOnly</c> already stops writes
/// to the opened file, but not SQL that reaches other files: <c>ATTACH</c> and <c>VACUUM INTO</c>
/// create a file anywhere, and <c>PRAGMA query_only = OFF</c> undoes the pragma meant to stop them.
/// Every statement is checked as SQLite prepares it (including the <c>ATTACH</c> that
/// <c>VACUUM INTO</c> runs inside), so a refused statement never starts and creates nothing; it fails
/// with SQLite error 23 (<c>SQLITE_AUTH</c>, "not authorized") and <see cref="LastRefusal"/> says what it
/// would have done. Allowed: reading tables and views, functions, recursive queries, transactions,
/// pragmas that only report (no value set, nothing run), and the two that only tune reading
/// (<c>cache_size</c>, <c>mmap_size</c>).
/// </summary>
internal sealed class ReadOnlyGuard
{
    /// <summary>SQLite's result code for a statement the authorizer refused.</summary>
    public const int NotAuthorized = 23;

    // Action codes (sqlite3.h).
    private const int CreateIndex = 1, CreateTable = 2, CreateTempIndex = 3, CreateTempTable = 4, CreateTempTrigger = 5, CreateTempView = 6,
        CreateTrigger = 7, CreateView = 8, Delete = 9, DropIndex = 10, DropTable = 11, DropTempIndex = 12, DropTempTable = 13,
        DropTempTrigger = 14, DropTempView = 15, DropTrigger = 16, DropView = 17, Insert = 18, Pragma = 19, Read = 20, Select = 21,
        Transaction = 22, Update = 23, Attach = 24, Detach = 25, AlterTable = 26, Reindex = 27, Analyze = 28, CreateVirtualTable = 29,
        DropVirtualTable = 30, Function = 31, Savepoint = 32, Recursive = 33;

    /// <summary>Pragmas that only report, even when given an argument (a table's name, a limit).</summary>
    private static readonly HashSet<string> ReportingPragmas = new(StringComparer.OrdinalIgnoreCase)
    {
        "table_info", "table_xinfo", "table_list", "index_list", "index_info", "index_xinfo",
        "foreign_key_list", "foreign_key_check", "integrity_check", "quick_check",
    };

    /// <summary>
    /// Pragmas that may be set: they only tune how this connection reads (how much of the file it keeps
    /// in its page cache, how much it maps into memory) and neither write nor reach another file.
    /// </summary>
    private static readonly HashSet<string> TuningPragmas = new(StringComparer.OrdinalIgnoreCase) { "cache_size", "mmap_size" };

    /// <summary>Pragmas that do work even without an argument.</summary>
    private static readonly HashSet<string> ActingPragmas = new(StringComparer.OrdinalIgnoreCase)
    {
        "optimize", "wal_checkpoint", "shrink_memory", "incremental_vacuum", "analysis_limit",
    };

    /// <summary>SQLite's schema tables: a write to them is coded with the CREATE, DROP or ALTER it belongs to, which is checked (and refused) itself.</summary>
    private static readonly HashSet<string> SchemaTables = new(StringComparer.OrdinalIgnoreCase)
    {
        "sqlite_master", "sqlite_schema", "sqlite_temp_master", "sqlite_temp_schema",
    };

    /// <summary>Functions that reach outside the database.</summary>
    private static readonly HashSet<string> RefusedFunctions = new(StringComparer.OrdinalIgnoreCase) { "load_extension", "fts3_tokenizer" };

    // The callback SQLite calls with its arguments as UTF-8 bytes, not strings: SQLite calls it for every
    // column and table a statement reads, and not only when the library prepares its statements (FTS5
    // prepares statements of its own on each full-text query: 139 calls on each run of a search), so the
    // arguments are made strings only for the actions that are checked by name.
    private readonly delegate_authorizer authorizer;

    private ReadOnlyGuard() => authorizer = Authorize;

    /// <summary>What the last refused statement would have done, e.g. "attach the file '/tmp/x.db'".</summary>
    public string? LastRefusal { get; private set; }

    /// <summary>How many actions have been refused on the connection: a change tells that an error came from a refusal (SQLite reports a refused function as a plain error).</summary>
    public int Refusals { get; private set; }

    /// <summary>Guards <paramref name="connection"/> now (if open) and every time it is opened again.</summary>
    public static ReadOnlyGuard Install(SqliteConnection connection)
    {
        var guard = new ReadOnlyGuard();
        connection.StateChange += (_, e) =>
        {
            if (e.CurrentState == System.Data.ConnectionState.Open)
            {
                guard.Apply(connection);
            }
        };
        if (connection.State == System.Data.ConnectionState.Open)
        {
            guard.Apply(connection);
        }

        return guard;
    }

    private void Apply(SqliteConnection connection) => raw.sqlite3_set_authorizer(connection.Handle, authorizer, null);

    private int Authorize(object? userData, int action, utf8z first, utf8z second, utf8z database, utf8z trigger)
    {
        if (action is Read or Select or Recursive or Transaction or Savepoint)
        {
            return raw.SQLITE_OK;
        }

        var refusal = Refusal(action, first.utf8_to_string(), second.utf8_to_string());
        if (refusal is null)
        {
            return raw.SQLITE_OK;
        }

        LastRefusal = refusal;
        Refusals++;
        return raw.SQLITE_DENY;
    }

    /// <summary>Null when the action only reads; otherwise what it would do, in words.</summary>
    private static string? Refusal(int action, string? a, string? b) => action switch
    {
        Read or Select or Recursive or Transaction or Savepoint => null,
        Insert or Update or Delete when SchemaTables.Contains(a ?? string.Empty) => null,
        Function => RefusedFunctions.Contains(a ?? string.Empty) ? LibraryMessages.WouldCall(a) : null,
        Pragma when ActingPragmas.Contains(a ?? string.Empty) => LibraryMessages.WouldRunPragma(a),
        Pragma when b is null || ReportingPragmas.Contains(a ?? string.Empty) || TuningPragmas.Contains(a ?? string.Empty) => null,
        Pragma => LibraryMessages.WouldSetPragma(a, b),
        Attach when string.IsNullOrEmpty(a) => LibraryMessages.WouldVacuum,
        Attach => LibraryMessages.WouldAttach(a),
        Detach => LibraryMessages.WouldDetach(a),
        Insert => LibraryMessages.WouldInsert(a),
        Update => LibraryMessages.WouldUpdate(a),
        Delete => LibraryMessages.WouldDelete(a),
        CreateIndex or CreateTable or CreateTrigger or CreateView or CreateVirtualTable => LibraryMessages.WouldCreate(a),
        CreateTempIndex or CreateTempTable or CreateTempTrigger or CreateTempView => LibraryMessages.WouldCreateTemporary(a),
        DropIndex or DropTable or DropTrigger or DropView or DropVirtualTable
            or DropTempIndex or DropTempTable or DropTempTrigger or DropTempView => LibraryMessages.WouldDrop(a),
        AlterTable => LibraryMessages.WouldAlter(b),
        Reindex => LibraryMessages.WouldReindex,
        Analyze => LibraryMessages.WouldAnalyze,
        _ => LibraryMessages.WouldDoOther(action),
    };
}
