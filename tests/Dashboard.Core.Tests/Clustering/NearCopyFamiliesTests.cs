using Dashboard.Core.Format;
using Dashboard.Core.Generation;

namespace Dashboard.Core.Tests.Clustering;

public class NearCopyFamiliesTests
{
    [Theory]
    [InlineData(5)]
    [InlineData(11)]
    public void Every_variant_keeps_about_95_percent_of_its_originals_words_in_order(int seed)
    {
        var generator = new PostGenerator(new GeneratorOptions { Seed = seed, NearCopyShare = 0.5 });
        var variants = Enumerable.Range(0, 400).Where(i => generator.FamilyOf(i) != i).ToList();
        Assert.True(variants.Count > 100, $"{variants.Count} variants");

        foreach (var index in variants)
        {
            var original = Words(generator.GeneratePost(generator.FamilyOf(index)));
            var variant = Words(generator.GeneratePost(index));

            // The near-copy: about 95 % of the words the same, in the same order (a longest
            // common subsequence of words), and still a variant: at least one word differs.
            var kept = (double)CommonSubsequence(original, variant) / original.Length;
            Assert.True(kept is >= 0.93 and < 1, $"{PostGenerator.SourceIdFor(index)} keeps {kept:P1} of its original's words");
        }
    }

    private static string[] Words(Post post) =>
        post.Body.OfType<Paragraph>().SelectMany(p => p.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray();

    private static int CommonSubsequence(string[] a, string[] b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        foreach (var word in a)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = word == b[j - 1] ? previous[j - 1] + 1 : Math.Max(previous[j], current[j - 1]);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
