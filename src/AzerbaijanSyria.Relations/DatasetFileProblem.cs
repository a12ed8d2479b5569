namespace AzerbaijanSyria.Relations;

/// <summary>Why a file was refused as a dataset database.</summary>
public enum DatasetFileProblem
{
    /// <summary>There is no file at the path.</summary>
    Missing,

    /// <summary>The file is not an SQLite database.</summary>
    NotSqlite,

    /// <summary>The file is shorter than its header says: it was cut off.</summary>
    Truncated,

    /// <summary>The file is an SQLite database, but not this dataset (its <c>application_id</c> differs).</summary>
    NotThisDataset,

    /// <summary>The file was built by a newer version of the dataset than this library knows.</summary>
    NewerSchema,

    /// <summary>The path is a folder or another thing that is not a regular file.</summary>
    NotAFile,

    /// <summary>A write to the file was interrupted and left its rollback journal (a hot journal): SQLite must roll it back before the file can be read.</summary>
    InterruptedWrite,

    /// <summary>Another process is writing to the file (it holds SQLite's write lock), so it cannot be replaced now.</summary>
    InUse,

    /// <summary>The file is of an older release of the dataset, without a table, view or column this library reads.</summary>
    OlderSchema,
}
