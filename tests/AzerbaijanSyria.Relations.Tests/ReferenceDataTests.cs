using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Dapper;

namespace AzerbaijanSyria.Relations.Tests;

/// <summary>
/// The reference tables loaded whole from published files (CAMEO codes, Goldstein scores, the
/// CAMEO-to-PLOVER table) equal those files line for line: each file is rebuilt from its table and
/// its SHA-256 compared with the published file's, recorded in reference_files.
/// </summary>
public sealed class ReferenceDataTests
{
    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static (string Header, string Sha, long Lines) Published(Microsoft.Data.Sqlite.SqliteConnection db, string table) =>
        db.QuerySingle<(string, string, long)>("SELECT header, sha256, line_count FROM reference_files WHERE table_name = @table", new { table });

    [Fact]
    public void GoldsteinScale_equals_the_published_file_row_for_row()
    {
        using var db = Shipped.Open();
        var (header, sha, lines) = Published(db, "goldstein_scale");

        var rows = db.Query<(string Code, double Score)>("SELECT cameo_code, goldstein FROM goldstein_scale ORDER BY line").ToList();
        var text = header + "\n" + string.Concat(rows.Select(r => $"{r.Code}\t{r.Score.ToString("0.0", CultureInfo.InvariantCulture)}\n"));

        Assert.Equal(lines, rows.Count + 1);
        Assert.Equal(sha, Sha256(text));
    }

    [Fact]
    public void CameoEventCodes_equal_the_published_file_row_for_row()
    {
        using var db = Shipped.Open();
        var (header, sha, lines) = Published(db, "cameo_event_codes");

        var rows = db.Query<(string Code, string Name)>("SELECT cameo_code, name FROM cameo_event_codes ORDER BY line").ToList();
        var text = header + "\n" + string.Concat(rows.Select(r => $"{r.Code}\t{r.Name}\n"));

        Assert.Equal(lines, rows.Count + 1);
        Assert.Equal(sha, Sha256(text));
    }

    [Fact]
    public void CameoPlover_keeps_every_line_of_the_published_table_and_parses_each_row()
    {
        using var db = Shipped.Open();
        var (_, sha, lines) = Published(db, "cameo_plover");

        var rows = db.Query<(long Line, string Text, string? Code, string? Type, string? Mode, string? Context)>(
            "SELECT line, line_text, cameo_code, plover_type, plover_mode, plover_context FROM cameo_plover ORDER BY line").ToList();

        Assert.Equal(Enumerable.Range(1, (int)lines).Select(i => (long)i), rows.Select(r => r.Line));
        Assert.Equal(sha, Sha256(string.Concat(rows.Select(r => r.Text + "\n"))));
        foreach (var row in rows)
        {
            // "042: CONSULT, visit,   # Make a visit": code, then type, mode and context before the comment.
            var colon = row.Text.IndexOf(':', StringComparison.Ordinal);
            if (colon is < 2 or > 4 || !row.Text[..colon].All(char.IsAsciiDigit))
            {
                Assert.Null(row.Code);
                continue;
            }

            var fields = row.Text[(colon + 1)..].Split('#')[0].Split(',').Select(f => f.Trim()).Select(f => f.Length == 0 ? null : f).Concat([null, null, null]).ToArray();
            Assert.Equal((row.Text[..colon], fields[0], fields[1], fields[2]), (row.Code, row.Type, row.Mode, row.Context));
        }
    }

    [Fact]
    public void Timeline_gives_each_event_the_goldstein_score_of_its_cameo_code()
    {
        using var db = Shipped.Open();

        var rows = db.Query<(string Id, string? Code, double? Score)>("SELECT event_id, cameo_code, goldstein FROM timeline").ToList();
        var scale = db.Query<(string Code, double Score)>("SELECT cameo_code, goldstein FROM goldstein_scale").ToDictionary(r => r.Code, r => r.Score);

        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal(r.Code is null ? null : scale[r.Code], r.Score));
    }

    [Fact]
    public void CameoCodes_hold_every_code_of_the_published_list()
    {
        using var db = Shipped.Open();

        Assert.Empty(db.Query<string>("SELECT cameo_code FROM cameo_event_codes WHERE length(cameo_code) >= 3 AND cameo_code NOT IN (SELECT cameo_code FROM cameo_codes)"));
    }
}
