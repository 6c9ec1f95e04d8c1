using Dashboard.Core.Clustering;
using Dashboard.Core.Format;
using Dashboard.Core.Generation;

namespace Dashboard.Core.Tests.Clustering;

public class MinHashSignatureTests
{
    private static readonly PostGenerator Generator = new(new GeneratorOptions { Seed = 3 });

    [Fact]
    public void Same_seed_gives_the_same_signature_and_another_seed_a_different_one()
    {
        var post = Generator.GeneratePost(7);

        Assert.Equal(new MinHasher(42).Compute(post), new MinHasher(42).Compute(post));
        Assert.NotEqual(new MinHasher(42).Compute(post), new MinHasher(43).Compute(post));
    }

    [Fact]
    public void Signature_round_trips_through_bytes()
    {
        var signature = MinHasher.Default.Compute(Generator.GeneratePost(11));

        var bytes = signature.ToBytes();

        Assert.Equal(MinHashSignature.ByteLength, bytes.Length);
        Assert.Equal(signature, MinHashSignature.FromBytes(bytes));
    }

    [Fact]
    public void Bytes_of_another_length_or_format_are_refused_by_name()
    {
        var bytes = MinHasher.Default.Compute(Generator.GeneratePost(1)).ToBytes();

        Assert.Contains("bytes", Assert.Throws<FormatException>(() => MinHashSignature.FromBytes(bytes.AsSpan(1))).Message);
        bytes[0] = 99;
        Assert.Contains("format 99", Assert.Throws<FormatException>(() => MinHashSignature.FromBytes(bytes)).Message);
    }

    [Fact]
    public void Estimate_follows_the_exact_5_gram_jaccard()
    {
        var posts = Enumerable.Range(0, 60).Select(Generator.GeneratePost).ToList();
        var sets = posts.Select(ShingleSet.Of).ToList();
        var signatures = posts.Select(MinHasher.Default.Compute).ToList();
        var errors = new List<double>();
        for (var a = 0; a < posts.Count; a++)
        {
            for (var b = a + 1; b < posts.Count; b++)
            {
                errors.Add(Math.Abs(ShingleSet.Jaccard(sets[a], sets[b]) - signatures[a].EstimateJaccard(signatures[b])));
            }
        }

        // 128 hash functions: the standard error is at most 0.044; a broken hash family is far off.
        Assert.True(errors.Average() < 0.04, $"mean error {errors.Average():F4}");
    }

    [Fact]
    public void Wording_decides_not_case_punctuation_or_meta()
    {
        var post = Generator.GeneratePost(5);
        var shouted = post with
        {
            Body = post.Body.Select(b => b is Paragraph p ? new Paragraph(p.Text.ToUpperInvariant().Replace(",", " ;", StringComparison.Ordinal)) : b).ToList(),
            Meta = post.Meta with { Summary = "another summary entirely" },
        };

        Assert.Equal(MinHasher.Default.Compute(post), MinHasher.Default.Compute(shouted));
    }

    [Fact]
    public void An_article_without_words_is_a_near_copy_of_nothing()
    {
        var empty = Generator.GeneratePost(2) with { Title = "…", Body = [] };

        var signature = MinHasher.Default.Compute(empty);

        Assert.True(signature.IsEmpty);
        Assert.Equal(0, signature.EstimateJaccard(signature));
        Assert.Empty(BandKey.Of(signature, new ClusteringOptions()));
        Assert.True(MinHashSignature.FromBytes(signature.ToBytes()).IsEmpty);
    }
}
