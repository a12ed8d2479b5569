namespace AzerbaijanSyria.Relations;

/// <summary>
/// One country's diplomatic presence in the other in one year: one row of the
/// <c>representation_by_year</c> view, derived from the recorded changes of mission status and the
/// offices of heads of mission.
/// </summary>
public sealed record RepresentationYear
{
    /// <summary>The calendar year.</summary>
    public required int Year { get; init; }

    /// <summary>The represented country (ISO alpha-3).</summary>
    public required string SendingCountryId { get; init; }

    /// <summary>The country it is represented in (ISO alpha-3).</summary>
    public required string ReceivingCountryId { get; init; }

    /// <summary><c>open</c>, <c>suspended</c>, <c>closed</c>, or <c>absent</c> (no mission ever opened), on 31 December of the year.</summary>
    public required string StatusAtYearEnd { get; init; }

    /// <summary>How many recorded changes of status fell in the year.</summary>
    public required int ChangesInYear { get; init; }

    /// <summary>The rank of the head of mission certainly in office on 31 December (<c>ambassador</c>, <c>minister</c>, <c>charge_d_affaires</c>) when the mission is open then; null for none known, and for a mission suspended, closed or never opened.</summary>
    public string? HeadOfMissionRank { get; init; }

    /// <summary>The Correlates of War Diplomatic Exchange code: 0 none, 1 chargé d'affaires, 2 minister, 3 ambassador; 0 when the mission is not open at the end of the year.</summary>
    public required int CowDipLevel { get; init; }
}
