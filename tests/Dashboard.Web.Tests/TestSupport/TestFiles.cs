using System.Text;
using Dashboard.Core.Format;
using Dashboard.Core.Generation;
using Dashboard.Web.Features.Imports;

namespace Dashboard.Web.Tests.TestSupport;

/// <summary>Files to import: the real sample export, text variants of it, and generated batches.</summary>
internal static class TestFiles
{
    public const string SampleFileName = "000_d6f1fc0046c3bdf7.txt";
    public const string SampleSourceId = "alphanode-002829";

    private static readonly Lazy<string> Sample = new(() =>
        File.ReadAllText(System.IO.Path.Combine(AppContext.BaseDirectory, "samples", SampleFileName), Encoding.UTF8));

    /// <summary>The sample export as text.</summary>
    public static string SampleText => Sample.Value;

    public static Post SamplePost => Parse(SampleText);

    public static Post Parse(string text)
    {
        var result = PostParser.Parse(text);
        Assert.True(result.IsSuccess, result.ToString());
        return result.Post;
    }

    /// <summary>What the importer stores as the document of <paramref name="text"/>.</summary>
    public static string Canonical(string text) => PostWriter.Write(Parse(text));

    /// <summary><paramref name="text"/> with the first line starting with <paramref name="prefix"/> replaced.</summary>
    public static string ReplaceLine(string text, string prefix, string replacement)
    {
        var lines = text.Split('\n');
        var index = Array.FindIndex(lines, line => line.StartsWith(prefix, StringComparison.Ordinal));
        Assert.True(index >= 0, $"no line starts with \"{prefix}\"");
        lines[index] = replacement;
        return string.Join('\n', lines);
    }

    /// <summary><paramref name="text"/> with <paramref name="line"/> inserted before the first line starting with <paramref name="prefix"/>.</summary>
    public static string InsertBefore(string text, string prefix, string line)
    {
        var lines = text.Split('\n').ToList();
        var index = lines.FindIndex(l => l.StartsWith(prefix, StringComparison.Ordinal));
        Assert.True(index >= 0, $"no line starts with \"{prefix}\"");
        lines.Insert(index, line);
        return string.Join('\n', lines);
    }

    public static ImportFile FromText(string name, string text) => FromBytes(name, Encoding.UTF8.GetBytes(text));

    public static ImportFile FromBytes(string name, byte[] bytes) =>
        new(name, () => new MemoryStream(bytes, writable: false), bytes.Length);

    public static ImportFile FromPost(string name, Post post) => FromText(name, PostWriter.Write(post));

    public static ImportFile ToImport(this GeneratedFile file) => FromBytes(file.FileName, file.Content);

    /// <summary>Generated files, made in parallel (each is a pure function of seed and index).</summary>
    public static GeneratedFile[] Generate(int start, int count, int seed = 11, double awkwardShare = 0, double needsReviewShare = 0.8, double nearCopyShare = 0)
    {
        var generator = new PostGenerator(new GeneratorOptions { Seed = seed, AwkwardShare = awkwardShare, NeedsReviewShare = needsReviewShare, NearCopyShare = nearCopyShare });
        var files = new GeneratedFile[count];
        Parallel.For(0, count, i => files[i] = generator.GenerateFile(start + i));
        return files;
    }

    /// <summary>Writes <paramref name="count"/> ordinary generated files into <paramref name="folder"/>.</summary>
    public static void WriteGenerated(string folder, int count, int seed = 11)
    {
        var generator = new PostGenerator(new GeneratorOptions { Seed = seed });
        Parallel.For(0, count, i =>
        {
            var file = generator.GenerateFile(i);
            File.WriteAllBytes(System.IO.Path.Combine(folder, file.FileName), file.Content);
        });
    }
}
