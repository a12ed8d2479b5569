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

/// <summary>A file was refused when opening it as the dataset. Nothing was written to it.</summary>
public sealed class DatasetFileException : IOException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="path">The refused file.</param>
    /// <param name="problem">Why it was refused.</param>
    /// <param name="message">A sentence for the user.</param>
    public DatasetFileException(string path, DatasetFileProblem problem, string message)
        : base(message)
    {
        Path = path;
        Problem = problem;
    }

    /// <summary>The refused file.</summary>
    public string Path { get; }

    /// <summary>Why it was refused.</summary>
    public DatasetFileProblem Problem { get; }
}
