using Dashboard.Core.Generation;

namespace Dashboard.Core.Sampling;

/// <summary>
/// The sample drawn at random from a lot, reproducibly: the same seed and the same lot members
/// (in any order) always give the same sample, on every runtime, so a recorded seed lets anyone
/// draw the sample again and check it.
/// </summary>
public static class SampleDraw
{
    /// <summary>
    /// <paramref name="size"/> of <paramref name="members"/> (post ids) drawn without replacement
    /// by a partial Fisher–Yates shuffle of the members in ascending order, driven by SplitMix64
    /// from <paramref name="seed"/>; returned in ascending order.
    /// </summary>
    public static IReadOnlyList<long> Draw(IReadOnlyCollection<long> members, int size, long seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(size, members.Count);
        var pool = members.Order().ToArray();
        var random = new SeededRandom((ulong)seed);
        for (var i = 0; i < size; i++)
        {
            var j = i + random.Next(pool.Length - i);
            (pool[i], pool[j]) = (pool[j], pool[i]);
        }

        return [.. pool.Take(size).Order()];
    }

    /// <summary>A fresh seed to record with a plan, from the system's secure random source.</summary>
    public static long NewSeed() => System.Security.Cryptography.RandomNumberGenerator.GetInt32(1, int.MaxValue);
}
