using System.Text.RegularExpressions;
using Dapper;
using DbUp.Engine;
using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations;

/// <summary>
/// Lets a fresh build run its data scripts without the triggers that keep the stored columns in step
/// (<see cref="StoredColumnsRefresh.IsMaintenanceTrigger"/>: the per-event facets, the timeline's rows, the
/// search indexes of every spelling), which are most of a data script's cost (each new citation recomputes
/// its event's facets and timeline row; measured: 0.67 s of CPU for scripts 0058-0066 with them, 0.15 s
/// without). Before a run of scripts that only write rows, the triggers are dropped; before any other
/// script, and after the last, the stored columns are recomputed whole from their definitions and the
/// triggers created again, so every script that is not deferred sees exactly what a build without
/// deferral shows it, and the file ends with the same rows (the validator's rules <c>stored_facets</c>,
/// <c>stored_timeline</c> and <c>stored_search</c> compare them with their definitions).
/// </summary>
/// <remarks>
/// A script is deferred only when its text (comments and values included) has no <c>CREATE</c>, <c>DROP</c>,
/// <c>ALTER</c>, <c>PRAGMA</c>, <c>REINDEX</c> or <c>VACUUM</c> and names no view and no stored table: it cannot
/// change a definition, and cannot read a value that is not yet recomputed. Such a word in a comment or a
/// text value only makes the script run the slow way. <see cref="DatasetBuilder.Upgrade"/> does not defer: on
/// a large file a whole recomputation costs more than the few scripts it applies.
/// </remarks>
internal sealed partial class StoredColumnsDeferral(SqliteConnection connection)
{
    private readonly List<string> suspended = [];

    /// <summary>Called before <paramref name="script"/> runs: drops the triggers, or restores them, as the script needs.</summary>
    public void Before(SqlScript script)
    {
        if (IsDeferrable(script.Contents))
        {
            Suspend();
        }
        else
        {
            Resume();
        }
    }

    /// <summary>Recomputes the stored columns and creates the dropped triggers again, if any were dropped.</summary>
    public void Resume()
    {
        if (suspended.Count == 0)
        {
            return;
        }

        using var transaction = connection.BeginTransaction();
        StoredColumnsRefresh.Refresh(connection, transaction);
        foreach (var sql in suspended)
        {
            connection.Execute(sql, transaction: transaction);
        }

        transaction.Commit();
        suspended.Clear();
    }

    private void Suspend()
    {
        if (suspended.Count > 0)
        {
            return;
        }

        var triggers = connection.Rows<string, string>("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' ORDER BY rowid")
            .Select(static ((string Name, string Sql) row) => row)
            .Where(t => StoredColumnsRefresh.IsMaintenanceTrigger(t.Name))
            .ToList();
        using var transaction = connection.BeginTransaction();
        foreach (var (name, _) in triggers)
        {
            connection.Execute($"DROP TRIGGER {SchemaCatalog.Quote(name)}", transaction: transaction);
        }

        transaction.Commit();
        suspended.AddRange(triggers.Select(t => t.Sql));
    }

    /// <summary>Whether <paramref name="contents"/> (a script's text) may run without the triggers: see the remarks.</summary>
    internal bool IsDeferrable(string contents)
    {
        if (Definition().IsMatch(contents))
        {
            return false;
        }

        var names = connection.Query<string>("SELECT name FROM sqlite_schema WHERE type = 'view'")
            .Concat(StoredColumnsRefresh.StoredTables);
        return !names.Any(name => Regex.IsMatch(contents, $@"\b{Regex.Escape(name)}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));
    }

    [GeneratedRegex(@"\b(CREATE|DROP|ALTER|PRAGMA|REINDEX|VACUUM)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Definition();
}
