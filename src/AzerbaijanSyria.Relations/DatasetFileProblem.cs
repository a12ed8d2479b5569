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
}
