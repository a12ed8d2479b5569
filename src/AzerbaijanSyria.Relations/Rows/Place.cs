namespace AzerbaijanSyria.Relations;

/// <summary>A place: a city, village, province, border crossing, building, …, with its country and parent by name.</summary>
public sealed record Place
{
    /// <summary>The place's id.</summary>
    public required string PlaceId { get; init; }

    /// <summary>Its name.</summary>
    public required string Name { get; init; }

    /// <summary>Its kind, e.g. <c>city</c>, <c>building</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>Its country (ISO alpha-3).</summary>
    public required string CountryId { get; init; }

    /// <summary>Its country's name.</summary>
    public string? Country { get; init; }

    /// <summary>The place it lies in, when recorded.</summary>
    public string? ParentPlaceId { get; init; }

    /// <summary>That place's name.</summary>
    public string? Parent { get; init; }

    /// <summary>Its latitude, only where a page gives it.</summary>
    public double? Latitude { get; init; }

    /// <summary>Its longitude, only where a page gives it.</summary>
    public double? Longitude { get; init; }

    /// <summary>Its GeoNames id, only where a page gives it.</summary>
    public long? GeonamesId { get; init; }

    /// <summary>Its Wikidata id, only where a page gives it.</summary>
    public string? WikidataId { get; init; }

    /// <summary>A note.</summary>
    public string? Note { get; init; }
}
