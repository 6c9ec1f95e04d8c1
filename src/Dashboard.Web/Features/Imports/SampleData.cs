using Dashboard.Core.Generation;

namespace Dashboard.Web.Features.Imports;

/// <summary>The first-run data: the real sample export, and generated posts beside it.</summary>
public static class SampleData
{
    public static ImportFile SampleFile() =>
        new("sample/000_d6f1fc0046c3bdf7.txt", () => typeof(SampleData).Assembly.GetManifestResourceStream("Dashboard.Web.SamplePost.txt")!);

    /// <summary>Generated posts; their source ids start past the sample's, so none collides with it.</summary>
    public static IEnumerable<ImportFile> Generated(int count, int seed)
    {
        var generator = new PostGenerator(new GeneratorOptions { Seed = seed });
        foreach (var file in generator.Generate(FirstGeneratedIndex, count))
        {
            var content = file.Content;
            yield return new ImportFile($"generated/{file.FileName}", () => new MemoryStream(content, writable: false), content.Length);
        }
    }

    public const int FirstGeneratedIndex = 100_000;
}
