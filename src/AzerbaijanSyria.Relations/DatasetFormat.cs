using System.Globalization;
using System.Reflection;
using Microsoft.Data.Sqlite;

namespace AzerbaijanSyria.Relations;

/// <summary>
/// The dataset's file format, in one place: the mark in the SQLite header, the schema version this
/// library reads, and how a file is opened for reading or for building.
/// </summary>
public static class DatasetFormat
{
    /// <summary><c>PRAGMA application_id</c> of a dataset file: 0x415A5359, the ASCII letters "AZSY".</summary>
    public const int ApplicationId = 0x415A5359;

    /// <summary>
    /// The newest migration script this library's release was built from, which is the
    /// <c>PRAGMA user_version</c> of its files. The script names are stamped into the assembly at
    /// compile time from the <c>migrations/</c> folder, so adding a script needs no edit here.
    /// </summary>
    public static int SchemaVersion { get; } = ReadSchemaVersion();

    /// <summary>The number at the start of a migration script's name (<c>0021_x.sql</c> is 21).</summary>
    public static int ScriptNumber(string scriptName)
    {
        var underscore = scriptName.IndexOf('_', StringComparison.Ordinal);
        return int.Parse(scriptName.AsSpan(0, underscore < 0 ? scriptName.Length : underscore), NumberStyles.None, CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Opens <paramref name="path"/> for reading only. <c>Mode=ReadOnly</c> makes SQLite refuse every
    /// write to the file, and no pool keeps it open after the connection is closed.
    /// </summary>
    public static string ReadOnlyConnectionString(string path) => new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = SqliteOpenMode.ReadOnly,
        Pooling = false,
    }.ToString();

    /// <summary>Opens (or creates) <paramref name="path"/> for building, with no pool holding it open afterwards.</summary>
    public static string WritableConnectionString(string path, bool create) => new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = create ? SqliteOpenMode.ReadWriteCreate : SqliteOpenMode.ReadWrite,
        Pooling = false,
    }.ToString();

    private static int ReadSchemaVersion()
    {
        var names = typeof(DatasetFormat).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "AzerbaijanSyria.Relations.MigrationScripts").Value
            ?? throw new InvalidOperationException("The assembly lists no migration scripts.");
        return names.Split(';', StringSplitOptions.RemoveEmptyEntries).Max(ScriptNumber);
    }
}
