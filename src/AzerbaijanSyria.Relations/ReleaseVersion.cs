using System.Globalization;

namespace AzerbaijanSyria.Relations;

/// <summary>
/// A release of the dataset, <c>MAJOR.MINOR.PATCH</c> (the form <c>change_context.release</c> and
/// <c>dataset_metadata.version</c> hold), ordered as semantic versions: <c>1.10.0</c> is after <c>1.9.0</c>.
/// </summary>
internal readonly record struct ReleaseVersion(int Major, int Minor, int Patch) : IComparable<ReleaseVersion>
{
    /// <summary>The dataset's first release; the facts it shipped are the change log's baseline.</summary>
    public static readonly ReleaseVersion First = new(1, 0, 0);

    /// <summary>Reads <c>MAJOR.MINOR.PATCH</c> (three numbers, nothing else); false for any other text.</summary>
    public static bool TryParse(string? text, out ReleaseVersion version)
    {
        version = default;
        var parts = (text ?? string.Empty).Split('.');
        if (parts.Length != 3)
        {
            return false;
        }

        var numbers = new int[3];
        for (var i = 0; i < 3; i++)
        {
            if (parts[i].Length is 0 or > 9 || !int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i]))
            {
                return false;
            }
        }

        version = new ReleaseVersion(numbers[0], numbers[1], numbers[2]);
        return true;
    }

    /// <summary>The newest of the texts that are releases, or null when none is.</summary>
    public static ReleaseVersion? Newest(IEnumerable<string?> texts)
    {
        ReleaseVersion? newest = null;
        foreach (var text in texts)
        {
            if (TryParse(text, out var version) && (newest is null || version.CompareTo(newest.Value) > 0))
            {
                newest = version;
            }
        }

        return newest;
    }

    public int CompareTo(ReleaseVersion other) =>
        Major != other.Major ? Major.CompareTo(other.Major) : Minor != other.Minor ? Minor.CompareTo(other.Minor) : Patch.CompareTo(other.Patch);

    public static bool operator <(ReleaseVersion a, ReleaseVersion b) => a.CompareTo(b) < 0;

    public static bool operator >(ReleaseVersion a, ReleaseVersion b) => a.CompareTo(b) > 0;

    public static bool operator <=(ReleaseVersion a, ReleaseVersion b) => a.CompareTo(b) <= 0;

    public static bool operator >=(ReleaseVersion a, ReleaseVersion b) => a.CompareTo(b) >= 0;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Major}.{Minor}.{Patch}");
}
