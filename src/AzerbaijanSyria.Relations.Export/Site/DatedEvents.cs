using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations.Export.Site;

/// <summary>
/// The events listed on a person's, organization's, place's or agreement's page, each once with what the page's
/// subject did there (its roles, in the order first met), gathered as the rows that name them are read and written
/// in date order, then by key. They are gathered in the export's <see cref="SiteScratch"/> and sorted there, so that a
/// subject of tens of thousands of events never holds them; in memory when there is none (a page rendered alone).
/// </summary>
internal sealed class DatedEvents
{
    /// <summary>The separator of the roles kept in the scratch database (no role holds it).</summary>
    private const char RoleSeparator = '\u001f';

    private readonly SitePage page;
    private readonly Func<SiteRow, string> link;
    private readonly Dictionary<string, (string Sort, string Link, List<string> Roles)>? held;
    private readonly SiteScratch? scratch;
    private readonly string? table;
    private SqliteCommand? upsert;
    private IDisposable? batch;

    /// <summary>A list for <paramref name="page"/>; <paramref name="link"/> gives an event's date and linked title.</summary>
    public DatedEvents(SiteModel model, SitePage page, Func<SiteRow, string> link)
    {
        this.page = page;
        this.link = link;
        if (model.Scratch is not { } scratch)
        {
            held = new(StringComparer.Ordinal);
            return;
        }

        this.scratch = scratch;
        table = scratch.NewName("dated_events");
        scratch.Execute($"CREATE TABLE {table} (event TEXT PRIMARY KEY, sort BLOB NOT NULL, ord_key BLOB NOT NULL, link TEXT NOT NULL, roles TEXT NOT NULL) WITHOUT ROWID");
        scratch.Execute($"CREATE INDEX {table}_order ON {table} (sort, ord_key)");
        upsert = scratch.Prepare(
            $"INSERT INTO {table} (event, sort, ord_key, link, roles) VALUES ($p0, $p1, $p2, $p3, $p4) ON CONFLICT (event) DO UPDATE SET roles = roles || char(31) || excluded.roles "
            + "WHERE instr(char(31) || roles || char(31), char(31) || excluded.roles || char(31)) = 0",
            5);
        batch = scratch.Batch();
    }

    /// <summary>Adds <paramref name="ev"/> (nothing when null) with <paramref name="role"/>, unless it has that role already.</summary>
    public void Add(SiteRow? ev, string role)
    {
        if (ev is null)
        {
            return;
        }

        if (held is not null)
        {
            if (!held.TryGetValue(ev.Key, out var entry))
            {
                held[ev.Key] = entry = (SiteDates.SortKey(ev), link(ev), []);
            }

            if (!entry.Roles.Contains(role))
            {
                entry.Roles.Add(role);
            }

            return;
        }

        SiteScratch.Run(upsert!, ev.Key, SiteScratch.OrdinalKey(SiteDates.SortKey(ev)), SiteScratch.OrdinalKey(ev.Key), link(ev), role);
    }

    /// <summary>
    /// The section of the events gathered, headed with their number and written when the page comes to it, or null
    /// when there are none; either way nothing more may be added.
    /// </summary>
    public LeadSection? Section(string id)
    {
        batch?.Dispose();
        batch = null;
        upsert?.Dispose();
        upsert = null;
        var count = held?.Count ?? (int)Scalar($"SELECT count(*) FROM {table}");
        if (count == 0)
        {
            Drop();
            return null;
        }

        return new LeadSection(id, $"Events ({count})", string.Empty, Write);
    }

    private void Write(SitePage target)
    {
        target.Append("<ol class=\"dated\">\n");
        foreach (var (key, html, roles) in Ordered())
        {
            var line = $"<li data-event=\"{Html.Encode(key)}\">{html}";
            if (roles.Count > 0)
            {
                line += $" <span class=\"meta\">({Html.Encode(string.Join("; ", roles))})</span>";
            }

            target.Append(line + "</li>\n");
        }

        target.Append("</ol>\n");
        Drop();
    }

    private IEnumerable<(string Key, string Link, IReadOnlyList<string> Roles)> Ordered()
    {
        if (held is not null)
        {
            foreach (var (key, entry) in held.OrderBy(e => e.Value.Sort, StringComparer.Ordinal).ThenBy(e => e.Key, StringComparer.Ordinal))
            {
                yield return (key, entry.Link, entry.Roles);
            }

            yield break;
        }

        using var command = scratch!.Connection.CreateCommand();
        command.CommandText = $"SELECT event, link, roles FROM {table} ORDER BY sort, ord_key";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return (reader.GetString(0), reader.GetString(1), reader.GetString(2).Split(RoleSeparator));
        }
    }

    private void Drop()
    {
        if (table is not null)
        {
            scratch!.Execute($"DROP TABLE IF EXISTS {table}");
        }
    }

    private long Scalar(string sql)
    {
        using var command = scratch!.Connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }
}
