namespace AzerbaijanSyria.Relations;

/// <summary>An organization: a ministry, embassy, government, company, international body, …, with its country, parent and seat by name.</summary>
public sealed record Organization
{
    /// <summary>The organization's id.</summary>
    public required string OrganizationId { get; init; }

    /// <summary>Its name.</summary>
    public required string Name { get; init; }

    /// <summary>A short name or acronym, when it has one.</summary>
    public string? ShortName { get; init; }

    /// <summary>Its kind, e.g. <c>ministry</c>, <c>embassy</c>, <c>company</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>Its country (ISO alpha-3); null for an international body.</summary>
    public string? CountryId { get; init; }

    /// <summary>Its country's name.</summary>
    public string? Country { get; init; }

    /// <summary>The organization it belongs to, when recorded.</summary>
    public string? ParentOrganizationId { get; init; }

    /// <summary>That organization's name.</summary>
    public string? Parent { get; init; }

    /// <summary>Where it sits, when recorded.</summary>
    public string? PlaceId { get; init; }

    /// <summary>That place's name.</summary>
    public string? Place { get; init; }

    /// <summary>A note.</summary>
    public string? Note { get; init; }
}
