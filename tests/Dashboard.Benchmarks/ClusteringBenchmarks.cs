using BenchmarkDotNet.Attributes;
using Dashboard.Core.Clustering;
using Dashboard.Core.Format;
using Dashboard.Core.Generation;

namespace Dashboard.Benchmarks;

/// <summary>
/// What near-copy clustering costs: the signature per post (computed in the import's own pass,
/// compare with parsing in <see cref="FormatBenchmarks"/>), clustering N generated posts from
/// scratch, and joining a tenth more into them. A tenth of the posts are near-copies.
/// </summary>
[MemoryDiagnoser]
public class ClusteringBenchmarks
{
    private const int SignedPosts = 1000;

    private Post[] _posts = [];
    private KeyValuePair<string, MinHashSignature>[] _signatures = [];
    private KeyValuePair<string, MinHashSignature>[] _batch = [];
    private NearCopyIndex _existing = new();

    /// <summary>Posts already clustered.</summary>
    [Params(10_000, 100_000)]
    public int Posts { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var generator = new PostGenerator(new GeneratorOptions { Seed = 1, NearCopyShare = 0.1 });
        _posts = Enumerable.Range(0, SignedPosts).Select(generator.GeneratePost).ToArray();
        var all = Enumerable.Range(0, Posts + (Posts / 10))
            .Select(i => new KeyValuePair<string, MinHashSignature>(PostGenerator.SourceIdFor(i), MinHasher.Default.Compute(generator.GeneratePost(i))))
            .ToArray();
        _signatures = all[..Posts];
        _batch = all[Posts..];
    }

    [IterationSetup(Target = nameof(JoinTenthMore))]
    public void BuildExisting()
    {
        _existing = new NearCopyIndex();
        _existing.AddRange(_signatures);
    }

    [Benchmark(OperationsPerInvoke = SignedPosts, Description = "signature per post")]
    public int Signature()
    {
        var sum = 0;
        foreach (var post in _posts)
        {
            sum += (int)MinHasher.Default.Compute(post).Values[0];
        }

        return sum;
    }

    [Benchmark(Description = "cluster all from scratch")]
    public int FromScratch()
    {
        var index = new NearCopyIndex();
        index.AddRange(_signatures);
        return index.Clusters().Count;
    }

    [Benchmark(Description = "join a tenth more")]
    public int JoinTenthMore() => _existing.AddRange(_batch).Count;
}
