using AzerbaijanSyria.Relations.Cli;
using Dapper;
using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations.Tests;

/// <summary>
/// The first guarantee: reading never creates or changes a file, whatever the SQL says, and reads what
/// SQLite itself would read (a write-ahead log included), even from a folder it cannot write to.
/// </summary>
public sealed class ReadOnlyGuaranteeTests
{
    private static string CopyOfFixture(TempDirectory directory, string name = "copy.db")
    {
        var path = Path.Combine(directory.Path, name);
        File.Copy(FixtureDatabase.Path, path);
        return path;
    }

    [Fact]
    public void Query_refuses_vacuum_into_and_creates_no_file()
    {
        using var directory = new TempDirectory();
        var db = CopyOfFixture(directory);
        var target = Path.Combine(directory.Path, "stolen.db");

        var (exit, _, error) = AzsyInProcess.Run("query", $"VACUUM INTO '{target}'", "--db", db);

        Assert.Equal(1, exit);
        Assert.False(File.Exists(target), "a refused VACUUM INTO left a file behind");
        Assert.Equal(["copy.db"], WalDatabase.Files(directory.Path));
        Assert.Equal(Messages.Usage(Messages.Refused(LibraryMessages.WouldAttach(target))) + Environment.NewLine, error);
    }

    [Fact]
    public void Query_refuses_turning_query_only_off()
    {
        var (exit, _, error) = AzsyInProcess.Run("query", "PRAGMA query_only = OFF", "--db", FixtureDatabase.Path);

        Assert.Equal(1, exit);
        Assert.Equal(Messages.Usage(Messages.Refused(LibraryMessages.WouldSetPragma("query_only", "OFF"))) + Environment.NewLine, error);
    }

    [Theory]
    [InlineData("UPDATE events SET title = 'x'", "update events")]
    [InlineData("DROP TABLE events", "drop events")]
    [InlineData("CREATE TEMP TABLE t (x)", "create the temporary t")]
    [InlineData("VACUUM", "VACUUM the file (rewrite it)")]
    [InlineData("PRAGMA wal_checkpoint", "run PRAGMA wal_checkpoint")]
    [InlineData("PRAGMA journal_mode = WAL", "set PRAGMA journal_mode = WAL")]
    [InlineData("ANALYZE", "write statistics (ANALYZE)")]
    public void Query_refuses_a_statement_that_would_change_anything_and_says_what_it_would_do(string sql, string would)
    {
        using var directory = new TempDirectory();
        var db = CopyOfFixture(directory);
        var before = DatasetBuilder.ComputeSha256(db);

        var (exit, _, error) = AzsyInProcess.Run("query", sql, "--db", db);

        Assert.Equal(1, exit);
        Assert.Equal(Messages.Usage(Messages.Refused(would)) + Environment.NewLine, error);
        Assert.Equal(before, DatasetBuilder.ComputeSha256(db));
        Assert.Equal(["copy.db"], WalDatabase.Files(directory.Path));
    }

    [Fact]
    public void Query_refuses_vacuum_into_after_pragma_query_only_off_and_creates_no_file()
    {
        using var directory = new TempDirectory();
        var db = CopyOfFixture(directory);
        var target = Path.Combine(directory.Path, "stolen.db");

        var (exit, _, error) = AzsyInProcess.Run("query", $"PRAGMA query_only = OFF; VACUUM INTO '{target}'", "--db", db);

        Assert.Equal(2, exit);
        Assert.Equal(Messages.Usage(Messages.OneStatement(2)) + Environment.NewLine, error);
        Assert.False(File.Exists(target));
    }

    [Theory]
    [InlineData("SELECT 1; SELECT nope FROM events", 2)]
    [InlineData("SELECT 1; DELETE FROM events", 2)]
    [InlineData("SELECT 1 AS a; SELECT 2 AS b; SELECT 3 AS c;", 3)]
    [InlineData("CREATE TRIGGER x AFTER INSERT ON events BEGIN SELECT 1; SELECT 2; END; SELECT 1", 2)]
    public void Query_refuses_more_than_one_statement_with_exit_2_and_runs_none(string sql, int statements)
    {
        var (exit, output, error) = AzsyInProcess.Run("query", sql, "--db", FixtureDatabase.Path);

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Equal(Messages.Usage(Messages.OneStatement(statements)) + Environment.NewLine, error);
    }

    [Fact]
    public void Query_reports_an_error_in_its_one_statement_with_sqlite_s_message()
    {
        var (exit, _, error) = AzsyInProcess.Run("query", "SELECT nope FROM events;", "--db", FixtureDatabase.Path);

        Assert.Equal(1, exit);
        Assert.Equal(Messages.Usage(Messages.SqliteError(1, "SQLite Error 1: 'no such column: nope'.")) + Environment.NewLine, error);
        Assert.Equal("azsy: SQLite: no such column: nope (SQLite error 1)." + Environment.NewLine, error);
    }

    [Theory]
    [InlineData("SELECT 1 AS a;")]
    [InlineData("SELECT 1 AS a; -- a comment after the statement")]
    [InlineData("/* a comment */ SELECT 1 AS a ;  ")]
    public void Query_accepts_one_statement_with_a_trailing_semicolon_and_comments(string sql)
    {
        var (exit, output, _) = AzsyInProcess.Run("query", sql, "-f", "csv", "--db", FixtureDatabase.Path);

        Assert.Equal(0, exit);
        Assert.Equal("a\r\n1\r\n", output);
    }

    [Fact]
    public void Connection_refuses_vacuum_into_and_attach_and_creates_no_file()
    {
        using var directory = new TempDirectory();
        var db = CopyOfFixture(directory);
        using var dataset = RelationsDataset.Open(db);

        Assert.Throws<SqliteException>(() => dataset.Connection.Execute($"VACUUM INTO '{Path.Combine(directory.Path, "a.db")}'"));
        Assert.Throws<SqliteException>(() => dataset.Connection.Execute($"ATTACH '{Path.Combine(directory.Path, "b.db")}' AS b"));
        Assert.Throws<SqliteException>(() => dataset.Connection.Execute("PRAGMA query_only = OFF"));
        Assert.Throws<SqliteException>(() => dataset.Connection.Execute("CREATE TEMP TABLE t (x)"));

        Assert.Equal(["copy.db"], WalDatabase.Files(directory.Path));
    }

    [Fact]
    public void Connection_stays_read_only_when_closed_and_opened_again()
    {
        using var directory = new TempDirectory();
        using var dataset = RelationsDataset.Open(CopyOfFixture(directory));

        dataset.Connection.Close();
        dataset.Connection.Open();

        Assert.Throws<SqliteException>(() => dataset.Connection.Execute($"VACUUM INTO '{Path.Combine(directory.Path, "a.db")}'"));
        Assert.Equal(["copy.db"], WalDatabase.Files(directory.Path));
    }

    [Fact]
    public void Connection_still_reads_views_pragmas_and_full_text_when_guarded()
    {
        using var dataset = RelationsDataset.Open(FixtureDatabase.Path);

        Assert.Equal(6L, dataset.Connection.ExecuteScalar<long>("SELECT count(*) FROM timeline"));
        Assert.Equal(DatasetBuilder.SchemaVersion, dataset.Connection.ExecuteScalar<int>("PRAGMA user_version"));
        Assert.True(dataset.Connection.ExecuteScalar<long>("SELECT count(*) FROM pragma_table_xinfo('events')") > 5);
        Assert.Equal("ok", dataset.Connection.ExecuteScalar<string>("PRAGMA quick_check"));
        Assert.True(dataset.Connection.ExecuteScalar<long>("SELECT count(*) FROM events_fts WHERE events_fts MATCH 'gas'") > 0);
    }

    [Fact]
    public void Open_reads_the_rows_of_an_uncheckpointed_write_ahead_log_and_leaves_no_file()
    {
        using var directory = new TempDirectory();
        var db = WalDatabase.Create(directory.Path, withWal: true);
        var before = WalDatabase.Files(directory.Path);

        using (var dataset = RelationsDataset.Open(db))
        {
            Assert.Equal(WalDatabase.VersionInWal, dataset.DatasetVersion);
            Assert.Equal(6L, dataset.Connection.ExecuteScalar<long>("SELECT count(*) FROM events"));
        }

        Assert.Equal(before, WalDatabase.Files(directory.Path));
    }

    [Fact]
    public void Open_leaves_no_wal_or_shm_file_beside_a_checkpointed_wal_database()
    {
        using var directory = new TempDirectory();
        var db = WalDatabase.Create(directory.Path, withWal: false);

        using (var dataset = RelationsDataset.Open(db))
        {
            Assert.Equal(6L, dataset.Connection.ExecuteScalar<long>("SELECT count(*) FROM events"));
        }

        Assert.Equal(["wal.db"], WalDatabase.Files(directory.Path));
    }

    [SkippableTheory]
    [InlineData(true)]
    [InlineData(false)]
    public void Open_reads_a_wal_database_in_a_read_only_folder(bool withWal)
    {
        using var directory = new TempDirectory();
        var db = WalDatabase.Create(directory.Path, withWal);
        var before = WalDatabase.Files(directory.Path);
        using var readOnly = new ReadOnlyFolder(directory.Path);

        using (var dataset = RelationsDataset.Open(db))
        {
            Assert.Equal(withWal ? WalDatabase.VersionInWal : FixtureVersion(), dataset.DatasetVersion);
        }

        Assert.Equal(before, WalDatabase.Files(directory.Path));
    }

    [Fact]
    public void Info_and_validate_leave_no_file_beside_a_wal_database()
    {
        using var directory = new TempDirectory();
        var db = WalDatabase.Create(directory.Path, withWal: true);
        var before = WalDatabase.Files(directory.Path);

        Assert.Equal(0, AzsyInProcess.Run("info", "--db", db).Exit);
        AzsyInProcess.Run("validate", "--db", db);
        Assert.Equal(0, AzsyInProcess.Run("query", "SELECT count(*) FROM events", "--db", db).Exit);

        Assert.Equal(before, WalDatabase.Files(directory.Path));
    }

    [Fact]
    public void Open_follows_a_symbolic_link_to_the_database()
    {
        using var directory = new TempDirectory();
        var link = Path.Combine(directory.Path, "link.db");
        File.CreateSymbolicLink(link, FixtureDatabase.Path);

        using var dataset = RelationsDataset.Open(link);

        Assert.Equal(6L, dataset.Connection.ExecuteScalar<long>("SELECT count(*) FROM events"));
    }

    [Fact]
    public void Open_says_a_folder_is_a_folder()
    {
        using var directory = new TempDirectory();

        var error = Assert.Throws<DatasetFileException>(() => RelationsDataset.Open(directory.Path));

        Assert.Equal(DatasetFileProblem.NotAFile, error.Problem);
        Assert.Equal(LibraryMessages.Folder(directory.Path), error.Message);
    }

    [Fact]
    public void Open_says_an_unfinished_write_left_a_hot_journal()
    {
        using var directory = new TempDirectory();
        var db = Path.Combine(directory.Path, "hot.db");
        using (var scratch = new TempDirectory())
        {
            var source = Path.Combine(scratch.Path, "hot.db");
            File.Copy(FixtureDatabase.Path, source);
            using var writer = new SqliteConnection($"Data Source={source};Pooling=False");
            writer.Open();
            // A transaction bigger than the page cache spills to the file: the journal is then hot.
            writer.Execute("PRAGMA cache_size = 1; UPDATE change_context SET reason = 'A test changes a copy on purpose.'; BEGIN; UPDATE events SET summary = summary || randomblob(3000);");
            File.Copy(source, db);
            File.Copy(source + "-journal", db + "-journal");
            writer.Execute("ROLLBACK");
        }

        var before = WalDatabase.Files(directory.Path);

        var error = Assert.Throws<DatasetFileException>(() => RelationsDataset.Open(db));

        Assert.Equal(DatasetFileProblem.InterruptedWrite, error.Problem);
        Assert.Equal(LibraryMessages.InterruptedWrite(db), error.Message);
        Assert.Equal(before, WalDatabase.Files(directory.Path));
    }

    /// <summary>The dataset version recorded in the fixture the WAL database is copied from, read with a plain connection.</summary>
    private static string FixtureVersion()
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={FixtureDatabase.Path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT value FROM dataset_metadata WHERE key = 'version'";
        return (string)command.ExecuteScalar()!;
    }
}
