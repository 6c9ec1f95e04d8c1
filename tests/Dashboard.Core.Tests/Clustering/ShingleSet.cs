using Dashboard.Core.Clustering;
using Dashboard.Core.Format;

namespace Dashboard.Core.Tests.Clustering;

/// <summary>The exact 5-gram set of an article, to check what the signatures estimate.</summary>
internal static class ShingleSet
{
    public static HashSet<uint> Of(Post post)
    {
        var sink = new Collector(new HashSet<uint>());
        ArticleShingles.Hash(post, ref sink);
        return sink.Set;
    }

    public static double Jaccard(HashSet<uint> a, HashSet<uint> b)
    {
        var shared = a.Count(b.Contains);
        return (double)shared / (a.Count + b.Count - shared);
    }

    private readonly struct Collector(HashSet<uint> set) : IShingleSink
    {
        public HashSet<uint> Set => set;

        public void Add(uint shingle) => set.Add(shingle);
    }
}
