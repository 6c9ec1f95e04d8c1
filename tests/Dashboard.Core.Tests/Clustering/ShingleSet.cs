using Dashboard.Core.Clustering;
using Dashboard.Core.Format;

namespace Dashboard.Core.Tests.Clustering;

/// <summary>The exact 5-gram set of an article, to check what the signatures estimate.</summary>
internal static class ShingleSet
{
    public static HashSet<ulong> Of(Post post)
    {
        var sink = new Collector(new HashSet<ulong>());
        ArticleShingles.Hash(post, ref sink);
        return sink.Set;
    }

    public static double Jaccard(HashSet<ulong> a, HashSet<ulong> b)
    {
        var shared = a.Count(b.Contains);
        return (double)shared / (a.Count + b.Count - shared);
    }

    private readonly struct Collector(HashSet<ulong> set) : IShingleSink
    {
        public HashSet<ulong> Set => set;

        public void Add(ulong shingle) => set.Add(shingle);
    }
}
