using Dashboard.Core.Format;

namespace Dashboard.Core.Clustering;

/// <summary>
/// Computes <see cref="MinHashSignature"/>s by one-permutation hashing: each 5-gram's 64-bit hash
/// is mixed once with the seed; its top bits choose one of the 128 bins and its low 32 bits compete
/// for that bin's minimum. That is one hash per 5-gram instead of one per 5-gram and signature value
/// (128 times the work, which made clustering 100,000 posts from scratch take minutes). A bin no
/// 5-gram fell into (short articles) takes the value of a bin chosen by a fixed probe sequence
/// (optimal densification, Shrivastava 2017), so two articles with the same 5-grams still agree on
/// it. Signatures are comparable only when made with the same seed: stored ones use <see cref="Default"/>.
/// </summary>
public sealed class MinHasher
{
    /// <summary>The seed of <see cref="Default"/>. Part of the stored format: changing it makes every stored signature wrong.</summary>
    public const ulong DefaultSeed = 0x616E705F6E656172UL;

    private const int BinBits = 7;

    private readonly ulong _seed;

    /// <summary>A hasher whose permutation is drawn from <paramref name="seed"/>.</summary>
    public MinHasher(ulong seed)
    {
        _seed = Mix(seed);
    }

    /// <summary>The hasher for every stored signature.</summary>
    public static MinHasher Default { get; } = new(DefaultSeed);

    /// <summary>The signature of <paramref name="post"/>'s article (title and body; meta entries are not wording).</summary>
    public MinHashSignature Compute(Post post)
    {
        ArgumentNullException.ThrowIfNull(post);
        var sink = new MinSink(_seed);
        ArticleShingles.Hash(post, ref sink);
        if (sink.Shingles == 0)
        {
            return new MinHashSignature(sink.Minima, isEmpty: true);
        }

        Densify(sink.Minima, sink.Filled);
        return new MinHashSignature(sink.Minima, isEmpty: false);
    }

    // An empty bin probes bins in an order fixed by its own number until it meets a filled one,
    // and copies its value: the same for every article, so agreement still estimates Jaccard.
    private static void Densify(uint[] minima, bool[] filled)
    {
        for (var bin = 0; bin < minima.Length; bin++)
        {
            if (filled[bin])
            {
                continue;
            }

            var probe = (ulong)bin;
            int from;
            do
            {
                probe = Mix(probe + 0x9E3779B97F4A7C15UL);
                from = (int)(probe >> (64 - BinBits));
            }
            while (!filled[from]);

            minima[bin] = minima[from];
        }
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private struct MinSink(ulong seed) : IShingleSink
    {
        public uint[] Minima { get; } = Empty();

        public bool[] Filled { get; } = new bool[MinHashSignature.Length];

        public int Shingles { get; private set; }

        public void Add(ulong shingle)
        {
            Shingles++;
            var h = Mix(shingle ^ seed);
            var bin = (int)(h >> (64 - BinBits));
            var value = (uint)h;
            Filled[bin] = true;
            if (value < Minima[bin])
            {
                Minima[bin] = value;
            }
        }

        private static uint[] Empty()
        {
            var values = new uint[MinHashSignature.Length];
            Array.Fill(values, uint.MaxValue);
            return values;
        }
    }
}
