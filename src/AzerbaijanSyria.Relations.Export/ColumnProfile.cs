using System.Globalization;

namespace AzerbaijanSyria.Relations.Export;

/// <summary>
/// What the exports need to know about all of a column's values to type it (a Table Schema type, a
/// Parquet type), gathered one row at a time so that no table is held whole: whether every non-null
/// value is an ISO day, a 0/1 flag, an integer, a number, one of the column's vocabulary; and whether
/// any value is empty text.
/// </summary>
internal sealed class ColumnProfile
{
    private readonly ExportColumn column;

    public ColumnProfile(ExportColumn column) => this.column = column;

    /// <summary>How many values are not null.</summary>
    public long Count { get; private set; }

    /// <summary>Every non-null value is text of an ISO day (<c>yyyy-MM-dd</c>); true when there are none.</summary>
    public bool AllDays { get; private set; } = true;

    /// <summary>Every non-null value is the integer 0 or 1; true when there are none.</summary>
    public bool AllFlags { get; private set; } = true;

    /// <summary>Every non-null value is an integer; true when there are none.</summary>
    public bool AllIntegers { get; private set; } = true;

    /// <summary>Every non-null value is an integer or a real; true when there are none.</summary>
    public bool AllNumbers { get; private set; } = true;

    /// <summary>Every non-null value is text of the column's vocabulary (false when it has none).</summary>
    public bool AllInVocabulary { get; private set; }

    /// <summary>Some value is empty text.</summary>
    public bool HoldsEmptyText { get; private set; }

    /// <summary>A profile per column of <paramref name="resource"/>.</summary>
    public static ColumnProfile[] Of(ExportResource resource)
    {
        var profiles = resource.Columns.Select(c => new ColumnProfile(c)).ToArray();
        foreach (var profile in profiles)
        {
            profile.AllInVocabulary = profile.column.Values is not null;
        }

        return profiles;
    }

    /// <summary>A profile per column of <paramref name="resource"/>, of all of <paramref name="rows"/>.</summary>
    public static ColumnProfile[] Of(ExportResource resource, IEnumerable<object?[]> rows)
    {
        var profiles = Of(resource);
        foreach (var _ in Observe(rows, profiles))
        {
        }

        return profiles;
    }

    /// <summary>Passes <paramref name="rows"/> on unchanged, adding each to <paramref name="profiles"/> as it goes by.</summary>
    public static IEnumerable<object?[]> Observe(IEnumerable<object?[]> rows, ColumnProfile[] profiles)
    {
        foreach (var row in rows)
        {
            for (var i = 0; i < profiles.Length; i++)
            {
                profiles[i].Add(row[i]);
            }

            yield return row;
        }
    }

    /// <summary>Adds one value.</summary>
    public void Add(object? value)
    {
        if (value is null)
        {
            return;
        }

        Count++;
        if (AllDays && !(value is string s && DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)))
        {
            AllDays = false;
        }

        if (AllFlags && value is not (0L or 1L))
        {
            AllFlags = false;
        }

        if (AllIntegers && value is not long)
        {
            AllIntegers = false;
        }

        if (AllNumbers && value is not (long or double))
        {
            AllNumbers = false;
        }

        if (AllInVocabulary && !(value is string text && column.Values!.Contains(text)))
        {
            AllInVocabulary = false;
        }

        if (value is "")
        {
            HoldsEmptyText = true;
        }
    }
}
