namespace AzerbaijanSyria.Relations;

/// <summary>Trade between Azerbaijan (the reporter) and Syria over a period.</summary>
public sealed record TradeFlow
{
    /// <summary>The row's id.</summary>
    public required string TradeFlowId { get; init; }

    /// <summary>The country whose statistics report the flow (ISO alpha-3), e.g. <c>AZE</c>.</summary>
    public required string ReporterCountryId { get; init; }

    /// <summary>The partner country (ISO alpha-3), e.g. <c>SYR</c>.</summary>
    public required string PartnerCountryId { get; init; }

    /// <summary>The calendar year.</summary>
    public required int Year { get; init; }

    /// <summary>The first day of the period.</summary>
    public required DateOnly PeriodStart { get; init; }

    /// <summary>The last day of the period.</summary>
    public required DateOnly PeriodEnd { get; init; }

    /// <summary>Whether the period is shorter than the calendar year.</summary>
    public required bool IsPartialYear { get; init; }

    /// <summary><c>turnover</c>, <c>export</c> or <c>import</c>, from Azerbaijan's side.</summary>
    public required string Flow { get; init; }

    /// <summary>The commodity; null for all goods.</summary>
    public string? Commodity { get; init; }

    /// <summary>The value, in <see cref="Unit"/>.</summary>
    public double? Value { get; init; }

    /// <summary><c>thousand USD</c> or <c>million USD</c>.</summary>
    public required string Unit { get; init; }

    /// <summary>A physical quantity, when given.</summary>
    public double? Quantity { get; init; }

    /// <summary>The unit of <see cref="Quantity"/>.</summary>
    public string? QuantityUnit { get; init; }

    /// <summary>Who reported the figure.</summary>
    public required string ReportedBy { get; init; }

    /// <summary>A note.</summary>
    public string? Note { get; init; }
}
