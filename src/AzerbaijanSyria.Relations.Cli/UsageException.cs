namespace AzerbaijanSyria.Relations.Cli;

/// <summary>A value the parser accepted but the command cannot use (exit code 2).</summary>
public sealed class UsageException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong with the input.</param>
    public UsageException(string message)
        : base(message)
    {
    }
}
