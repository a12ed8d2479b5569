namespace AzerbaijanSyria.Relations.Export;

/// <summary>What a release folder holds beyond the data (see <see cref="ReleaseWriter"/>).</summary>
public sealed record ReleaseOptions
{
    /// <summary>
    /// A folder of built programs to ship in the release's <c>programs/</c> folder, listed in the notes and in
    /// <c>SHA256SUMS</c>: the .NET tool package and the native executables that <c>scripts/build-programs.sh</c>
    /// writes. Its files (not its subfolders) are copied byte for byte; null ships no programs.
    /// </summary>
    public string? ProgramsDirectory { get; init; }
}
