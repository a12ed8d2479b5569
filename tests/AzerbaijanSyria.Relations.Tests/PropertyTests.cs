using System.Globalization;
using System.Text.Json;
using AzerbaijanSyria.Relations.Cli;
using AzerbaijanSyria.Relations.Cli.Commands;
using AzerbaijanSyria.Relations.Export;
using Dapper;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations.Tests;

/// <summary>
/// Properties checked on generated input (FsCheck): how the tool reads dates, how an EDTF date must
/// agree with its bounds, and that values survive the CSV and JSON writers unchanged.
/// </summary>
public sealed class PropertyTests
{
    private static readonly Gen<DateOnly> Days = Gen.Frequency(
        (9, Gen.Choose(DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber).Select(DateOnly.FromDayNumber)),
        (1, Gen.Elements(DateOnly.MinValue, DateOnly.MaxValue, new DateOnly(2024, 2, 29))));

    /// <summary>Years, the first and last representable ones among them often.</summary>
    private static readonly Gen<int> Years = Gen.Frequency((4, Gen.Choose(1, 9999)), (1, Gen.Elements(1, 9999)));

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Property(MaxTest = 500)]
    public Property ParseDate_reads_every_day_back_as_itself() =>
        Prop.ForAll(Days.ToArbitrary(), day =>
            CommonOptions.ParseDate(Iso(day), "--from") == day && CommonOptions.ParseDate(Iso(day), "--to", endOfPeriod: true) == day);

    [Property(MaxTest = 500)]
    public Property ParseDate_widens_a_month_to_its_first_and_last_day() =>
        Prop.ForAll(Years.Zip(Gen.Frequency((4, Gen.Choose(1, 12)), (1, Gen.Elements(1, 12)))).ToArbitrary(), ym =>
        {
            var text = string.Create(CultureInfo.InvariantCulture, $"{ym.Item1:D4}-{ym.Item2:D2}");
            var first = CommonOptions.ParseDate(text, "--from")!.Value;
            var last = CommonOptions.ParseDate(text, "--to", endOfPeriod: true)!.Value;
            return first == new DateOnly(ym.Item1, ym.Item2, 1)
                && last.Year == ym.Item1 && last.Month == ym.Item2
                && (last == DateOnly.MaxValue || last.AddDays(1).Day == 1);
        });

    [Property(MaxTest = 300)]
    public Property ParseDate_widens_a_year_to_its_first_and_last_day() =>
        Prop.ForAll(Years.ToArbitrary(), year =>
        {
            var text = year.ToString("D4", CultureInfo.InvariantCulture);
            return CommonOptions.ParseDate(text, "--from") == new DateOnly(year, 1, 1)
                && CommonOptions.ParseDate(text, "--to", endOfPeriod: true) == new DateOnly(year, 12, 31);
        });

    [Property(MaxTest = 1000)]
    public Property ParseDate_gives_a_date_or_a_usage_error_for_any_text() =>
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), text =>
        {
            try
            {
                var date = CommonOptions.ParseDate(text, "--from");
                return date is null ? string.IsNullOrEmpty(text) : text.Length is 4 or 7 or 10;
            }
            catch (UsageException ex)
            {
                return ex.Message == Messages.DateFormat("--from", text);
            }
        });

    /// <summary>An event's date as the schema allows it: precision, bounds, basis, and the EDTF that states them.</summary>
    public sealed record EventDate(string Precision, string? Earliest, string? Latest, string Edtf);

    /// <summary>Every shape of date the dataset records, with the EDTF the README's rules give it.</summary>
    private static readonly Gen<EventDate> EventDates =
        Gen.Choose(new DateOnly(1000, 1, 1).DayNumber, new DateOnly(2999, 12, 31).DayNumber).Select(DateOnly.FromDayNumber)
            .Zip(Gen.Choose(0, 400))
            .Zip(Gen.Choose(0, 7))
            .Select(t =>
            {
                var ((day, span), shape) = t;
                var end = day.AddDays(span);
                var month = new DateOnly(day.Year, day.Month, 1);
                return shape switch
                {
                    0 => new EventDate("day", Iso(day), Iso(day), Iso(day)),
                    1 => new EventDate("day", Iso(day), Iso(day), Iso(day) + "~"),
                    2 => new EventDate("month", Iso(month), Iso(month.AddMonths(1).AddDays(-1)), Iso(month)[..7]),
                    3 => new EventDate("year", Iso(new DateOnly(day.Year, 1, 1)), Iso(new DateOnly(day.Year, 12, 31)), day.Year.ToString("D4", CultureInfo.InvariantCulture)),
                    4 => new EventDate("range", Iso(day), Iso(end), $"{Iso(day)}/{Iso(end)}"),
                    5 => new EventDate("range", Iso(day), Iso(end), $"[{Iso(day)}..{Iso(end)}]"),
                    6 => new EventDate("range", null, Iso(end), $"[..{Iso(end)}]"),
                    _ => new EventDate("range", Iso(day), null, $"[{Iso(day)}..]"),
                };
            });

    private static bool Inserts(SqliteConnection connection, EventDate date, string edtf)
    {
        connection.Execute("SAVEPOINT probe; UPDATE change_context SET reason = 'A test changes a copy on purpose.';");
        try
        {
            connection.Execute(
                "INSERT INTO events (event_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, cameo_code, title, summary) VALUES ('probe', @Earliest, @Latest, @Precision, 'stated', @edtf, '040', 't', 's')",
                new { date.Earliest, date.Latest, date.Precision, edtf });
            return true;
        }
        catch (SqliteException ex) when (ex.Message.Contains("date_edtf does not agree", StringComparison.Ordinal))
        {
            return false;
        }
        finally
        {
            connection.Execute("ROLLBACK TO probe; RELEASE probe");
        }
    }

    [Fact]
    public void Edtf_agrees_with_its_bounds_exactly_when_the_schema_s_rule_accepts_it()
    {
        using var copy = new TempFile();
        File.Copy(FixtureDatabase.Path, copy.Path);
        using var connection = new SqliteConnection($"Data Source={copy.Path};Pooling=False");
        connection.Open();
        // Every probe in one transaction, each in a savepoint rolled back: a probe on its own would be a
        // transaction of its own, with its journal written and synced to disk each time (600 of them).
        connection.Execute("BEGIN TRANSACTION");

        // Its own EDTF is accepted; another date's EDTF only when it says the same thing.
        var agrees = Prop.ForAll(EventDates.ToArbitrary(), date => Inserts(connection, date, date.Edtf));
        var disagrees = Prop.ForAll(EventDates.Zip(EventDates).ToArbitrary(), pair =>
        {
            var (date, other) = pair;
            var same = other.Edtf == date.Edtf
                || (date.Precision == "day" && other.Edtf.TrimEnd('~') == date.Earliest)
                || (date.Precision == "range" && date.Earliest is not null && date.Latest is not null
                    && (other.Edtf == $"{date.Earliest}/{date.Latest}" || other.Edtf == $"[{date.Earliest}..{date.Latest}]"));
            return Inserts(connection, date, other.Edtf) == same;
        });

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), agrees);
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), disagrees);
    }

    /// <summary>A value as SQLite returns it: null, an integer, a real (infinities too: SQLite stores 1e999), or text (valid UTF-16: no lone surrogates).</summary>
    private static readonly Gen<object?> Values = Gen.OneOf(
        Gen.Constant<object?>(null),
        ArbMap.Default.GeneratorFor<long>().Select(v => (object?)v),
        ArbMap.Default.GeneratorFor<double>().Select(v => (object?)v),
        Gen.Elements(double.PositiveInfinity, double.NegativeInfinity, double.Epsilon, double.MaxValue, -0.0).Select(v => (object?)v),
        ArbMap.Default.GeneratorFor<string>().Where(s => s is not null && !HasLoneSurrogate(s)).Select(v => (object?)v),
        Gen.Elements("", ",", "\"", "a,b", "line\r\nbreak", "\n", "\r", "quote \"inside\"", "Türkiye", "ƏLİ", "🙂", "\0").Select(v => (object?)v));

    private static readonly Gen<(string[] Columns, object?[][] Rows)> Tables =
        Gen.Choose(1, 5).SelectMany(width =>
            Gen.ArrayOf(Values, width).ArrayOf().Select(rows =>
                (Enumerable.Range(0, width).Select(i => $"c{i}").ToArray(), rows)));

    private static bool HasLoneSurrogate(string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(s[i]))
            {
                return true;
            }
        }

        return false;
    }

    [Property(MaxTest = 300)]
    public Property Csv_writer_round_trips_every_value_as_its_text() =>
        Prop.ForAll(Tables.ToArbitrary(), table =>
        {
            var text = new StringWriter();
            ResultWriter.WriteCsv(text, new ResultTable(table.Columns, table.Rows));
            var parsed = Csv.Parse(text.ToString());
            return parsed.Count == table.Rows.Length + 1
                && parsed[0].SequenceEqual(table.Columns)
                && parsed.Skip(1).Zip(table.Rows).All(p => p.First.SequenceEqual(p.Second.Select(ResultWriter.Text)));
        });

    [Property(MaxTest = 300)]
    public Property Json_writer_round_trips_every_value_with_its_type() =>
        Prop.ForAll(Tables.ToArbitrary(), table =>
        {
            var text = new StringWriter();
            ResultWriter.Write(text, table.Columns, table.Rows, "json");
            using var document = JsonDocument.Parse(text.ToString());
            var rows = document.RootElement.EnumerateArray().ToList();
            return rows.Count == table.Rows.Length && rows.Zip(table.Rows).All(p => table.Columns.Select((c, i) => Same(p.First.GetProperty(c), p.Second[i])).All(x => x));
        });

    private static bool Same(JsonElement element, object? value) => value switch
    {
        null => element.ValueKind == JsonValueKind.Null,
        long l => element.ValueKind == JsonValueKind.Number && element.GetInt64() == l,
        double d when !double.IsFinite(d) => element.ValueKind == JsonValueKind.String && element.GetString() == ResultWriter.Text(d), // JSON has no number for it
        double d => element.ValueKind == JsonValueKind.Number && element.GetDouble().Equals(d),
        string s => element.ValueKind == JsonValueKind.String && element.GetString() == s,
        _ => false,
    };

    [Fact]
    public void Csv_and_json_exports_give_back_every_row_of_every_table_and_view()
    {
        using var csv = new TempDirectory();
        using var json = new TempDirectory();
        Assert.Equal(0, AzsyInProcess.Run("export", "-f", "csv", "-o", csv.Path, "--db", Repo.ShippedDatabase).Exit);
        Assert.Equal(0, AzsyInProcess.Run("export", "-f", "json", "-o", json.Path, "--db", Repo.ShippedDatabase).Exit);

        using var db = RelationsDataset.Open(Repo.ShippedDatabase);
        var resources = Export.ExportCatalog.Read(db.Connection);
        Assert.Equal(resources.Count, Directory.GetFiles(csv.Path, "*.csv").Length);
        foreach (var resource in resources)
        {
            var expected = Export.DatasetExporter.Read(db.Connection, resource);
            var fromCsv = Csv.Parse(File.ReadAllText(Path.Combine(csv.Path, resource.Name + ".csv")));
            Assert.Equal(expected.Columns, fromCsv[0]);
            Assert.Equal(expected.Rows.Select(r => r.Select(ResultWriter.Text).ToArray()), fromCsv.Skip(1));

            using var fromJson = JsonDocument.Parse(File.ReadAllText(Path.Combine(json.Path, resource.Name + ".json")));
            var rows = fromJson.RootElement.EnumerateArray().ToList();
            Assert.Equal(expected.Rows.Count, rows.Count);
            foreach (var (row, values) in rows.Zip(expected.Rows))
            {
                Assert.All(expected.Columns.Select((c, i) => (c, i)), x => Assert.True(Same(row.GetProperty(x.c), values[x.i]), $"{resource.Name}.{x.c}"));
            }
        }
    }

    /// <summary>An RFC 4180 reader: quoted fields may hold commas, quotes (doubled) and line breaks; records end with CRLF.</summary>
    private static class Csv
    {
        public static List<string[]> Parse(string text)
        {
            var records = new List<string[]>();
            var fields = new List<string>();
            var field = new System.Text.StringBuilder();
            var i = 0;
            while (i < text.Length)
            {
                if (text[i] == '"')
                {
                    i++;
                    while (true)
                    {
                        if (text[i] == '"' && i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                        }
                        else if (text[i] == '"')
                        {
                            i++;
                            break;
                        }
                        else
                        {
                            field.Append(text[i++]);
                        }
                    }
                }
                else if (text[i] == ',')
                {
                    fields.Add(field.ToString());
                    field.Clear();
                    i++;
                }
                else if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    fields.Add(field.ToString());
                    field.Clear();
                    records.Add([.. fields]);
                    fields.Clear();
                    i += 2;
                }
                else
                {
                    field.Append(text[i++]);
                }
            }

            return records;
        }
    }
}
