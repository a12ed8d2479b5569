using System.Security.Cryptography;

namespace AzerbaijanSyria.Relations;

/// <summary>
/// The SHA-256 of a file or of bytes, as lower-case hexadecimal (as <c>sha256sum</c> prints it): the
/// one hashing helper of the dataset's packages, for the <c>.sha256</c> beside a build, <c>azsy info</c>,
/// the data package's <c>hash</c>, the site's downloads and a release's <c>SHA256SUMS</c>.
/// </summary>
public static class Sha256Hash
{
    /// <summary>The SHA-256 of the file at <paramref name="path"/> (read while others may write it).</summary>
    /// <param name="path">The file to hash.</param>
    /// <returns>64 lower-case hexadecimal digits.</returns>
    public static string OfFile(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    /// <summary>The SHA-256 of <paramref name="bytes"/>.</summary>
    /// <param name="bytes">The bytes to hash.</param>
    /// <returns>64 lower-case hexadecimal digits.</returns>
    public static string Of(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>The line <c>sha256sum</c> writes for a file: the hash, two spaces, and the file's name.</summary>
    /// <param name="sha256">The file's SHA-256 (see <see cref="OfFile"/>).</param>
    /// <param name="path">The file's path; only its name is written.</param>
    /// <returns>The line, ending in a line feed.</returns>
    public static string Line(string sha256, string path) => $"{sha256}  {System.IO.Path.GetFileName(path)}\n";
}
