namespace AzerbaijanSyria.Relations;

/// <summary>Sums over aid deliveries. Unknown quantities are not counted as zero: the counts of deliveries that give each figure say how complete a sum is.</summary>
public sealed record AidTotals
{
    /// <summary>How many deliveries.</summary>
    public required int Deliveries { get; init; }

    /// <summary>The lorries of the deliveries that give a number.</summary>
    public required int Trucks { get; init; }

    /// <summary>How many deliveries give a number of lorries.</summary>
    public required int DeliveriesWithTrucks { get; init; }

    /// <summary>The tonnes of the deliveries that give a weight (some weights are approximate).</summary>
    public required double Tonnes { get; init; }

    /// <summary>How many deliveries give a weight.</summary>
    public required int DeliveriesWithTonnes { get; init; }

    /// <summary>The part of <see cref="Tonnes"/> that pages give only as "about" a weight: the sum is exact only when this is 0.</summary>
    public required double ApproximateTonnes { get; init; }

    /// <summary>How many deliveries give their weight only approximately.</summary>
    public required int DeliveriesWithApproximateTonnes { get; init; }
}
