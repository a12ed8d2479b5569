using System.Globalization;

namespace AzerbaijanSyria.Relations;

/// <summary>
/// A release of the dataset, <c>MAJOR.MINOR.PATCH</c> (the form <c>change_context.release</c> and
/// <c>dataset_metadata.version</c> hold), ordered as semantic versions: <c>1.10.0</c> is after <c>1.9.0</c>.
/// </summary>
/// <param name="Major">The major number: a breaking change to the public views or API.</param>
/// <param name="Minor">The minor number: new facts.</param>
/// <param name="Patch">The patch number: corrections.</param>
public readonly record struct ReleaseVersion(int Major, int Minor, int Patch) : IComparable<ReleaseVersion>
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

    /// <summary>Compares two releases as semantic versions.</summary>
    /// <param name="other">The release to compare with.</param>
    /// <returns>Negative when this release is earlier, zero when the same, positive when later.</returns>
    public int CompareTo(ReleaseVersion other) =>
        Major != other.Major ? Major.CompareTo(other.Major) : Minor != other.Minor ? Minor.CompareTo(other.Minor) : Patch.CompareTo(other.Patch);

    /// <summary>Whether <paramref name="a"/> is earlier than <paramref name="b"/>.</summary>
    /// <param name="a">A release.</param>
    /// <param name="b">Another release.</param>
    /// <returns>The comparison's result.</returns>
    public static bool operator <(ReleaseVersion a, ReleaseVersion b) => a.CompareTo(b) < 0;

    /// <summary>Whether <paramref name="a"/> is later than <paramref name="b"/>.</summary>
    /// <param name="a">A release.</param>
    /// <param name="b">Another release.</param>
    /// <returns>The comparison's result.</returns>
    public static bool operator >(ReleaseVersion a, ReleaseVersion b) => a.CompareTo(b) > 0;

    /// <summary>Whether <paramref name="a"/> is no later than <paramref name="b"/>.</summary>
    /// <param name="a">A release.</param>
    /// <param name="b">Another release.</param>
    /// <returns>The comparison's result.</returns>
    public static bool operator <=(ReleaseVersion a, ReleaseVersion b) => a.CompareTo(b) <= 0;

    /// <summary>Whether <paramref name="a"/> is no earlier than <paramref name="b"/>.</summary>
    /// <param name="a">A release.</param>
    /// <param name="b">Another release.</param>
    /// <returns>The comparison's result.</returns>
    public static bool operator >=(ReleaseVersion a, ReleaseVersion b) => a.CompareTo(b) >= 0;

    /// <summary>The release as <c>MAJOR.MINOR.PATCH</c>.</summary>
    /// <returns>The text, e.g. <c>2.0.0</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Major}.{Minor}.{Patch}");
}
