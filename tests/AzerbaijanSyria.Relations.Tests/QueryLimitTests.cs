using System.Text.Json;
using AzerbaijanSyria.Relations.Cli;
using AzerbaijanSyria.Relations.Export;

namespace AzerbaijanSyria.Relations.Tests;

/// <summary>
/// The bounds on ad-hoc SQL (<c>azsy query</c>): a time limit, a limit on the length of one value and a
/// limit on SQLite's memory, each with an option and a message naming it; and a value too long for one
/// JSON token still written as a whole document.
/// </summary>
public sealed class QueryLimitTests
{
    private const string Endless = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c";

    [Fact]
    public void Query_stops_with_the_time_limit_message_when_a_statement_runs_past_its_limit()
    {
        var started = DateTime.UtcNow;
        var (exit, output, error) = AzsyInProcess.Run("query", Endless, "--time-limit", "1", "--db", FixtureDatabase.Path);

        Assert.Equal(AzsyApp.Failure, exit);
        Assert.Equal(string.Empty, output);
        Assert.Equal(Messages.Usage(Messages.TimeLimit(1)) + Environment.NewLine, error);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(30), "the statement was stopped near its limit");
    }

    [Fact]
    public void Query_stops_rows_already_streaming_when_the_time_limit_passes()
    {
        var rows = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT x FROM c";
        var (exit, output, error) = AzsyInProcess.Run("query", rows, "-f", "csv", "--time-limit", "1", "--db", FixtureDatabase.Path);

        Assert.Equal(AzsyApp.Failure, exit);
        Assert.StartsWith("x\r\n1\r\n", output, StringComparison.Ordinal);
        Assert.Equal(Messages.Usage(Messages.TimeLimit(1)) + Environment.NewLine, error);
    }

    [Fact]
    public void Query_runs_without_a_time_limit_when_it_is_zero()
    {
        var (exit, output, error) = AzsyInProcess.Run("query", "SELECT 42 AS answer", "-f", "csv", "--time-limit", "0", "--db", FixtureDatabase.Path);

        Assert.Equal((0, "answer\r\n42\r\n", string.Empty), (exit, output, error));
    }

    [Theory]
    [InlineData("SELECT printf('%.*c', 5000, 'x')")]
    [InlineData("SELECT zeroblob(5000)")]
    [InlineData("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c LIMIT 20) SELECT group_concat(printf('%.100c', 'y')) FROM c")]
    public void Query_refuses_a_value_longer_than_max_value_bytes_when_it_is_made(string sql)
    {
        var (exit, _, error) = AzsyInProcess.Run("query", sql, "--max-value-bytes", "1000", "--db", FixtureDatabase.Path);

        Assert.Equal(AzsyApp.Failure, exit);
        Assert.Equal(Messages.Usage(Messages.ValueTooLong(1000)) + Environment.NewLine, error);
    }

    [Theory]
    [InlineData("--time-limit", "-1")]
    [InlineData("--max-value-bytes", "0")]
    [InlineData("--max-value-bytes", "3000000000")]
    [InlineData("--max-memory-mb", "0")]
    public void Query_refuses_a_limit_out_of_range_as_a_usage_error(string option, string value)
    {
        var (exit, output, error) = AzsyInProcess.Run("query", "SELECT 1", option, value, "--db", FixtureDatabase.Path);

        Assert.Equal(AzsyApp.UsageError, exit);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith(Messages.Prefix + option, error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void Query_stops_with_the_memory_message_when_a_statement_needs_more_than_max_memory_mb()
    {
        // A process of its own: SQLite's heap limit is one for the whole process.
        var sql = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c LIMIT 3000000) SELECT length(group_concat(printf('%.100c', 'y'))) FROM c";
        var limited = Processes.Azsy("query", sql, "--max-memory-mb", "64", "--max-value-bytes", "1000000000", "--time-limit", "120", "--db", FixtureDatabase.Path);
        var unlimited = Processes.Azsy("query", sql, "-f", "csv", "--max-value-bytes", "1000000000", "--time-limit", "120", "--db", FixtureDatabase.Path);

        Assert.Equal((AzsyApp.Failure, Messages.Usage(Messages.MemoryLimit(64)) + Environment.NewLine), (limited.ExitCode, limited.Error));
        Assert.Equal((0, string.Empty), (unlimited.ExitCode, unlimited.Error));
        Assert.EndsWith("\r\n302999999\r\n", unlimited.Output, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void WriteJson_writes_a_whole_document_when_a_value_is_longer_than_one_json_token_allows()
    {
        // Utf8JsonWriter refuses a single string value of more than 166,666,666 characters.
        var huge = new string('x', 170_000_000) + "é\"";
        var sink = new JsonCheckingWriter();

        ResultWriter.Write(sink, ["n", "big"], [[1L, huge]], "json");

        Assert.Equal(huge.Length, sink.LongestString);
        Assert.True(sink.Complete, "the document ends with its closing bracket");
    }

    /// <summary>Reads the JSON written to it with <see cref="Utf8JsonReader"/> as it comes, keeping only the longest string's length.</summary>
    private sealed class JsonCheckingWriter : TextWriter
    {
        private readonly MemoryStream bytes = new();

        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;

        public long LongestString { get; private set; }

        public bool Complete { get; private set; }

        public override void Write(char value) => Write([value], 0, 1);

        public override void Write(char[] buffer, int index, int count)
        {
            var encoded = System.Text.Encoding.UTF8.GetBytes(buffer, index, count);
            bytes.Write(encoded);
        }

        public override void Flush()
        {
            // The whole document is read once written (the test's value is large but one).
        }

        protected override void Dispose(bool disposing)
        {
            bytes.Dispose();
            base.Dispose(disposing);
        }

        public override void WriteLine()
        {
            var reader = new Utf8JsonReader(bytes.GetBuffer().AsSpan(0, (int)bytes.Length), new JsonReaderOptions());
            var depth = 0;
            while (reader.Read())
            {
                depth += reader.TokenType is JsonTokenType.StartArray or JsonTokenType.StartObject ? 1 : reader.TokenType is JsonTokenType.EndArray or JsonTokenType.EndObject ? -1 : 0;
                if (reader.TokenType == JsonTokenType.String)
                {
                    LongestString = Math.Max(LongestString, reader.GetString()!.Length);
                }
            }

            Complete = depth == 0 && reader.BytesConsumed == bytes.Length;
        }
    }
}
