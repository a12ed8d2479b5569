namespace AzerbaijanSyria.Relations;

/// <summary>One consignment of aid, as the <c>aid_delivery_details</c> view shows it.</summary>
public sealed record AidDelivery
{
    /// <summary>The delivery's id.</summary>
    public required string AidDeliveryId { get; init; }

    /// <summary>The event of its dispatch or handing out.</summary>
    public required string EventId { get; init; }

    /// <summary>The event's earliest possible day.</summary>
    public DateOnly? DateEarliest { get; init; }

    /// <summary>The event's latest possible day.</summary>
    public DateOnly? DateLatest { get; init; }

    /// <summary>The event's date in EDTF.</summary>
    public required string DateEdtf { get; init; }

    /// <summary>Its place in a numbered series (first convoy, second batch), when given.</summary>
    public int? SequenceNumber { get; init; }

    /// <summary>The donor country.</summary>
    public required string Donor { get; init; }

    /// <summary>The donor organization, when given.</summary>
    public string? DonorOrganization { get; init; }

    /// <summary>The state the aid is given to; null when the source names only the people it is for (aid to Syrian refugees in Jordan has no recipient country).</summary>
    public string? Recipient { get; init; }

    /// <summary>Who received it, in words.</summary>
    public string? Recipients { get; init; }

    /// <summary>Who handed it out.</summary>
    public string? Distributor { get; init; }

    /// <summary>The number of lorries, when given.</summary>
    public int? Trucks { get; init; }

    /// <summary>The weight in tonnes, when given.</summary>
    public double? Tonnes { get; init; }

    /// <summary>Whether the weight is approximate.</summary>
    public bool TonnesApproximate { get; init; }

    /// <summary>What it contained.</summary>
    public string? Contents { get; init; }

    /// <summary>Its route, when given.</summary>
    public string? Route { get; init; }

    /// <summary>How many beneficiaries, when given.</summary>
    public int? BeneficiaryCount { get; init; }

    /// <summary><c>families</c>, <c>children</c> or <c>people</c>.</summary>
    public string? BeneficiaryUnit { get; init; }

    /// <summary><c>exactly</c>, <c>about</c> or <c>more than</c>.</summary>
    public string? BeneficiaryQualifier { get; init; }

    /// <summary>The event of its arrival, when recorded.</summary>
    public string? ArrivalEventId { get; init; }

    /// <summary>The date of the arrival event in EDTF, when there is one.</summary>
    public string? ArrivalDateEdtf { get; init; }

    /// <summary>The evidence status of its event.</summary>
    public required string EvidenceStatus { get; init; }

    /// <summary>A note.</summary>
    public string? Note { get; init; }

    /// <summary>The country in which the aid was handed over, when the source says.</summary>
    public string? Location { get; init; }
}
