using System.Numerics;
using Dashboard.Core.Format;

namespace Dashboard.Core.Clustering;

/// <summary>
/// Computes <see cref="MinHashSignature"/>s. Each of the 128 hash functions is a seeded
/// permutation of the 32-bit shingle hashes (xor, odd multiply, xor-shift, twice), evaluated
/// eight or sixteen at a time with SIMD, so a post costs a few microseconds. Signatures are
/// comparable only when made with the same seed: stored ones use <see cref="Default"/>.
/// </summary>
public sealed class MinHasher
{
    /// <summary>The seed of <see cref="Default"/>. Part of the stored format: changing it makes every stored signature wrong.</summary>
    public const ulong DefaultSeed = 0x616E705F6E656172UL;

    private readonly uint[] _xor;
    private readonly uint[] _multiply;

    /// <summary>A hasher whose hash functions are drawn from <paramref name="seed"/>.</summary>
    public MinHasher(ulong seed)
    {
        _xor = new uint[MinHashSignature.Length];
        _multiply = new uint[MinHashSignature.Length];
        var state = seed;
        for (var i = 0; i < MinHashSignature.Length; i++)
        {
            var next = SplitMix(ref state);
            _xor[i] = (uint)next;
            _multiply[i] = (uint)(next >> 32) | 1;
        }
    }

    /// <summary>The hasher for every stored signature.</summary>
    public static MinHasher Default { get; } = new(DefaultSeed);

    /// <summary>The signature of <paramref name="post"/>'s article (title and body; meta entries are not wording).</summary>
    public MinHashSignature Compute(Post post)
    {
        ArgumentNullException.ThrowIfNull(post);
        var sink = new MinSink(this);
        ArticleShingles.Hash(post, ref sink);
        return new MinHashSignature(sink.Minima, sink.Shingles == 0);
    }

    private static ulong SplitMix(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private struct MinSink(MinHasher hasher) : IShingleSink
    {
        private const uint SecondMultiplier = 0x2C1B3C6DU;

        public uint[] Minima { get; } = Filled();

        public int Shingles { get; private set; }

        public void Add(uint shingle)
        {
            Shingles++;
            var minima = Minima.AsSpan();
            ReadOnlySpan<uint> xor = hasher._xor;
            ReadOnlySpan<uint> multiply = hasher._multiply;
            var x = new Vector<uint>(shingle);
            var second = new Vector<uint>(SecondMultiplier);
            var i = 0;
            for (; i <= minima.Length - Vector<uint>.Count; i += Vector<uint>.Count)
            {
                var h = (x ^ new Vector<uint>(xor[i..])) * new Vector<uint>(multiply[i..]);
                h ^= Vector.ShiftRightLogical(h, 15);
                h *= second;
                h ^= Vector.ShiftRightLogical(h, 13);
                Vector.Min(h, new Vector<uint>(minima[i..])).CopyTo(minima[i..]);
            }

            for (; i < minima.Length; i++)
            {
                var h = (shingle ^ xor[i]) * multiply[i];
                h ^= h >> 15;
                h *= SecondMultiplier;
                h ^= h >> 13;
                minima[i] = Math.Min(minima[i], h);
            }
        }

        private static uint[] Filled()
        {
            var values = new uint[MinHashSignature.Length];
            Array.Fill(values, uint.MaxValue);
            return values;
        }
    }
}
