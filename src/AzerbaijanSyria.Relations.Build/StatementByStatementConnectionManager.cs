using DbUp.Sqlite;
using DbUp.Sqlite.Helpers;

namespace AzerbaijanSyria.Relations;

/// <summary>
/// DbUp's SQLite connection manager, except that a script runs statement by statement (as SQLite
/// divides it, see <see cref="SqlStatements.Split"/>), each as a command of its own, instead of as
/// one command. Run as one command, a script can lose statements silently: once an
/// <c>ALTER TABLE … ADD COLUMN … CHECK (…)</c> has run in a command, Microsoft.Data.Sqlite 11
/// (SQLite 3.53) ends that command without an error when a later statement of it fails, skipping
/// the rest, and DbUp then journals the script as applied.
/// </summary>
internal sealed class StatementByStatementConnectionManager(SharedConnection connection) : SqliteConnectionManager(connection)
{
    /// <summary>
    /// The script's statements; text after the last complete one (a last statement without its
    /// semicolon, a closing comment) is kept as a command of its own, and blank pieces are left out.
    /// </summary>
    public override IEnumerable<string> SplitScriptIntoCommands(string scriptContents)
    {
        var pieces = SqlStatements.Split(scriptContents).ToList();
        var end = pieces.Count == 0 ? 0 : pieces[^1].Offset + pieces[^1].Text.Length;
        return pieces.Select(p => p.Text).Append(scriptContents[end..]).Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
    }
}
