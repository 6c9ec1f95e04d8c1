using System.Buffers;
using BenchmarkDotNet.Attributes;
using Dashboard.Core.Format;
using Dashboard.Core.Generation;

namespace Dashboard.Benchmarks;

/// <summary>
/// Parses and writes a batch of generated posts held in memory. Each benchmark handles
/// <see cref="Posts"/> posts per invocation and says so, so the mean is the time per post and
/// the extra columns show posts/s and MB/s (of the files' UTF-8 size).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class FormatBenchmarks
{
    /// <summary>Posts handled per invocation.</summary>
    public const int Posts = 1000;

    private static readonly Lazy<double> AverageBytes = new(() => MakeFiles().Average(file => file.Content.Length));

    private string[] _texts = [];
    private byte[][] _files = [];
    private Post[] _posts = [];
    private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);

    /// <summary>The mean file size of the batch, in bytes, for the MB/s column.</summary>
    public static double AverageFileBytes => AverageBytes.Value;

    [GlobalSetup]
    public void Setup()
    {
        _files = MakeFiles().Select(file => file.Content).ToArray();
        _texts = _files.Select(bytes => System.Text.Encoding.UTF8.GetString(bytes)).ToArray();
        _posts = _texts.Select(text => PostParser.Parse(text).Post ?? throw new InvalidOperationException("generated post rejected")).ToArray();
    }

    [Benchmark(OperationsPerInvoke = Posts, Description = "parse from string")]
    public int ParseText()
    {
        var accepted = 0;
        foreach (var text in _texts)
        {
            accepted += PostParser.Parse(text).IsSuccess ? 1 : 0;
        }

        return accepted;
    }

    [Benchmark(OperationsPerInvoke = Posts, Description = "parse from UTF-8 bytes")]
    public int ParseUtf8()
    {
        var accepted = 0;
        foreach (var file in _files)
        {
            accepted += PostParser.Parse(file).IsSuccess ? 1 : 0;
        }

        return accepted;
    }

    [Benchmark(OperationsPerInvoke = Posts, Description = "write to string")]
    public int WriteText()
    {
        var length = 0;
        foreach (var post in _posts)
        {
            length += PostWriter.Write(post).Length;
        }

        return length;
    }

    [Benchmark(OperationsPerInvoke = Posts, Description = "write to UTF-8 buffer")]
    public int WriteUtf8()
    {
        var length = 0;
        foreach (var post in _posts)
        {
            _buffer.ResetWrittenCount();
            PostWriter.Write(post, _buffer);
            length += _buffer.WrittenCount;
        }

        return length;
    }

    private static IEnumerable<GeneratedFile> MakeFiles() =>
        new PostGenerator(new GeneratorOptions { Seed = 1 }).Generate(Posts);
}
