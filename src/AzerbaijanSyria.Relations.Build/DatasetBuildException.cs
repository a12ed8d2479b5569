namespace AzerbaijanSyria.Relations;

/// <summary>A migration script failed while building or upgrading a database.</summary>
public sealed class DatasetBuildException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">Which script failed and why.</param>
    /// <param name="innerException">The database error, if any.</param>
    public DatasetBuildException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
