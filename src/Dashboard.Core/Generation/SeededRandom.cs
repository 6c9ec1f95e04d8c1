namespace Dashboard.Core.Generation;

/// <summary>
/// SplitMix64: tiny, fast, and the same sequence on every runtime and machine, which
/// <see cref="Random"/> does not promise across .NET versions for a seed.
/// </summary>
internal struct SeededRandom(ulong state)
{
    private ulong _state = state;

    /// <summary>A generator for one post: the same (seed, index, stream) always gives the same values.</summary>
    public static SeededRandom For(int seed, int index, int stream) =>
        new(Mix(((ulong)(uint)seed << 32) ^ (uint)index ^ ((ulong)stream * 0xD1B54A32D192ED03UL)));

    public ulong NextUInt64()
    {
        _state += 0x9E3779B97F4A7C15UL;
        return Mix(_state);
    }

    /// <summary>A value from 0 to <paramref name="maxExclusive"/> - 1.</summary>
    public int Next(int maxExclusive) => (int)(NextUInt64() % (ulong)maxExclusive);

    /// <summary>A value from <paramref name="min"/> to <paramref name="maxInclusive"/>.</summary>
    public int Next(int min, int maxInclusive) => min + Next(maxInclusive - min + 1);

    /// <summary>A value in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
