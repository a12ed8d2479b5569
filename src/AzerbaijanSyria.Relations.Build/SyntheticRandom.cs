namespace AzerbaijanSyria.Relations;

/// <summary>
/// SplitMix64: a small pseudo-random generator whose sequence is fixed by its seed on every machine
/// and .NET version (<see cref="Random"/> promises no such thing), so a synthetic database is the same
/// bytes for the same seed.
/// </summary>
internal sealed class SyntheticRandom(long seed)
{
    private ulong state = unchecked((ulong)seed);

    public ulong NextUInt64()
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A number in [0, <paramref name="exclusiveMax"/>).</summary>
    public int Next(int exclusiveMax) => exclusiveMax <= 1 ? 0 : (int)(NextUInt64() % (ulong)exclusiveMax);

    /// <summary>A number in [<paramref name="min"/>, <paramref name="inclusiveMax"/>].</summary>
    public int Between(int min, int inclusiveMax) => min + Next(inclusiveMax - min + 1);

    /// <summary>A number in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>True with probability <paramref name="p"/>.</summary>
    public bool Chance(double p) => NextDouble() < p;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>
    /// An index in [0, <paramref name="count"/>) drawn from a Zipf-like law (index 0 most likely), the
    /// shape of word frequencies and of how often the busiest people and sources appear.
    /// </summary>
    public int Skewed(int count, double exponent = 1.1)
    {
        // Inverse transform of a continuous power law over [1, count + 1).
        var u = NextDouble();
        var a = 1 - exponent;
        var x = Math.Abs(a) < 1e-9 ? Math.Pow(count + 1, u) : Math.Pow((Math.Pow(count + 1, a) * u) + (1 - u), 1 / a);
        return Math.Clamp((int)x - 1, 0, count - 1);
    }
}
