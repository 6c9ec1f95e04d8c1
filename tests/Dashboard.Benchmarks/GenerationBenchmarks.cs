using BenchmarkDotNet.Attributes;
using Dashboard.Core.Generation;

namespace Dashboard.Benchmarks;

/// <summary>
/// How fast <see cref="PostGenerator"/> makes files (post, canonical text, UTF-8 bytes), since load
/// runs generate 100,000 of them. The mean is the time per file.
/// </summary>
[MemoryDiagnoser]
public class GenerationBenchmarks
{
    private const int Files = 1000;

    private readonly PostGenerator _canonical = new(new GeneratorOptions { Seed = 1 });
    private readonly PostGenerator _awkward = new(new GeneratorOptions { Seed = 1, AwkwardShare = 0.3 });

    [Benchmark(OperationsPerInvoke = Files, Description = "generate canonical files")]
    public long Canonical() => Sum(_canonical);

    [Benchmark(OperationsPerInvoke = Files, Description = "generate files, 30% awkward")]
    public long Awkward() => Sum(_awkward);

    private static long Sum(PostGenerator generator)
    {
        long bytes = 0;
        foreach (var file in generator.Generate(Files))
        {
            bytes += file.Content.Length;
        }

        return bytes;
    }
}
