using System.Text;
using Dashboard.Core.Format;
using Dashboard.Core.Generation;
using Dashboard.Core.Tests.TestData;

namespace Dashboard.Core.Tests.Format;

/// <summary>
/// Damaged files must never make the parser throw, and whatever it accepts must write stably:
/// write(parse(write(parse(x)))) == write(parse(x)). Seeds are fixed so a failure reproduces;
/// the message names the case and the damage done.
/// </summary>
public class FuzzTests
{
    [Theory]
    [InlineData(1, 1500)]
    [InlineData(2, 1500)]
    [InlineData(3, 1500)]
    public void Mutated_sample_never_throws_and_what_parses_writes_stably(int seed, int cases)
    {
        var mutator = new Mutator(seed);
        var outcomes = new int[2];

        for (var n = 0; n < cases; n++)
        {
            var input = mutator.Mutate(Samples.Bytes);
            outcomes[Check(input, $"seed {seed} case {n}: {mutator.LastDescription}") ? 1 : 0]++;
        }

        // Both outcomes must occur in numbers, or the fuzzing is not exercising anything.
        Assert.True(outcomes[0] > cases / 10, $"only {outcomes[0]} rejected");
        Assert.True(outcomes[1] > cases / 10, $"only {outcomes[1]} accepted");
    }

    [Theory]
    [InlineData(4)]
    [InlineData(5)]
    public void Mutated_generated_files_never_throw_and_what_parses_writes_stably(int seed)
    {
        var mutator = new Mutator(seed);
        var files = new PostGenerator(new GeneratorOptions { Seed = seed, AwkwardShare = 0.3 }).Generate(250);

        foreach (var file in files)
        {
            Check(file.Content, $"{file.FileName} ({file.Kind}) unmutated");
            for (var n = 0; n < 4; n++)
            {
                var input = mutator.Mutate(file.Content);
                Check(input, $"seed {seed} {file.FileName} ({file.Kind}) case {n}: {mutator.LastDescription}");
            }
        }
    }

    [Fact]
    public void Files_stitched_from_format_lines_never_throw_and_write_stably()
    {
        var random = new Random(6);
        string[] bodyLines =
        [
            "", " ", "\t", "a heading", "a paragraph.", "  • item", "  •", "    • key: value", "alt", "alt. image source: x",
            "alt. image source: ", "implementation checklist", "Similar Posts", "\r", "  • ", "alphanode post met",
        ];
        string[] metaLines =
        [
            "", " ", "topic", "topicx", "topics", "summary", "hash", "hashtags", "stack", "stack ", "checklist", "tools",
            "  • a", "  • k: v", "  • k:", "  • : v", "    • name: n", "    • type: t", "  • name: n", "\t• odd",
            "score", "  • quality: 5", "  • freshness: 5", "  • depth: 5", "  • clarity: 5", "  • quality: x",
            "revision", "  • status: drafted", "  • version: 1.0.0", "  • last reviewed: 2020-01-01",
            "entities", "image sources", "    • source: s", "    • url: u", "    • caption: c", "ai outline",
            "flags", "  • ai generated style: 1", "  • has images: 0", "  • image heavy: 0", "  • needs human review: 1",
            "reading time5", "view count", "view count7", "unknown label", "Similar Posts", "alphanode post meta",
        ];

        var accepted = 0;
        for (var n = 0; n < 4000; n++)
        {
            var text = new StringBuilder("title\n\n");
            for (var k = random.Next(8); k > 0; k--)
            {
                text.Append(bodyLines[random.Next(bodyLines.Length)]).Append('\n');
            }

            text.Append("alphanode post meta\n\n");
            var payloadAt = random.Next(6);
            for (var k = 0; k < 6; k++)
            {
                if (k == payloadAt)
                {
                    text.Append("payload\n  • source id: alphanode-000001\n");
                }

                text.Append(metaLines[random.Next(metaLines.Length)]).Append('\n');
            }

            text.Append("\nSimilar Posts");
            accepted += Check(Encoding.UTF8.GetBytes(text.ToString()), $"stitched case {n}:\n{text}") ? 1 : 0;
        }

        Assert.InRange(accepted, 200, 3800);
    }

    [Fact]
    public void Random_bytes_never_throw()
    {
        var random = new Random(7);
        for (var n = 0; n < 2000; n++)
        {
            var bytes = new byte[random.Next(0, 300)];
            random.NextBytes(bytes);
            Check(bytes, $"random bytes case {n}");
        }
    }

    private static bool Check(byte[] input, string context)
    {
        ParseResult? result = null;
        var thrown = Record.Exception(() => result = PostParser.Parse(input));
        Assert.True(thrown is null, $"{context}: Parse threw {thrown}");
        if (!result!.IsSuccess)
        {
            Assert.All(result.Errors, e => Assert.True(e.Line >= 1, $"{context}: line {e.Line}"));
            return false;
        }

        var once = PostWriter.Write(result.Post);
        var reparsed = PostParser.Parse(once);
        Assert.True(reparsed.IsSuccess, $"{context}: written form was rejected: {reparsed}\n---\n{once}");
        var twice = PostWriter.Write(reparsed.Post);
        Assert.True(once == twice, $"{context}: writing is not stable\n--- once\n{once}\n--- twice\n{twice}");
        return true;
    }
}
