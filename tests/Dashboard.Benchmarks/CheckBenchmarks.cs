using BenchmarkDotNet.Attributes;
using Dashboard.Core.Checks;
using Dashboard.Core.Format;
using Dashboard.Core.Generation;

namespace Dashboard.Benchmarks;

/// <summary>
/// What the checks add to the import's parse: parse alone against parse and checks, on the same
/// generated posts (ordinary ones and, one in twenty, one failing a check, so messages get built too).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class CheckBenchmarks
{
    private const int Posts = FormatBenchmarks.Posts;
    private static readonly DateOnly Today = new(2026, 12, 1);

    private readonly CheckContext _context = new(new CheckOptions(), Today);
    private byte[][] _files = [];
    private Post[] _posts = [];

    [GlobalSetup]
    public void Setup()
    {
        var generator = new PostGenerator(new GeneratorOptions { Seed = 1 });
        _posts = Enumerable.Range(0, Posts)
            .Select(i => i % 20 == 0 ? generator.GenerateFailing(i, Today).Post : generator.GeneratePost(i))
            .ToArray();
        _files = _posts.Select(PostWriter.WriteUtf8).ToArray();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Posts, Description = "parse")]
    public int Parse()
    {
        var accepted = 0;
        foreach (var file in _files)
        {
            accepted += PostParser.Parse(file).IsSuccess ? 1 : 0;
        }

        return accepted;
    }

    [Benchmark(OperationsPerInvoke = Posts, Description = "parse + checks")]
    public int ParseAndCheck()
    {
        var failed = 0;
        foreach (var file in _files)
        {
            if (PostParser.Parse(file).Post is { } post)
            {
                failed += PostChecks.Run(post, _context).Count;
            }
        }

        return failed;
    }

    [Benchmark(OperationsPerInvoke = Posts, Description = "checks alone")]
    public int Check()
    {
        var failed = 0;
        foreach (var post in _posts)
        {
            failed += PostChecks.Run(post, _context).Count;
        }

        return failed;
    }
}
