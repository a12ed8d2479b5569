namespace AzerbaijanSyria.Relations;

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
