using Dashboard.Core.Clustering;
using Dashboard.Core.Format;
using Dashboard.Core.Generation;

namespace Dashboard.Core.Tests.Clustering;

public class NearCopyIndexTests
{
    private const int Posts = 800;

    [Theory]
    [InlineData(5)]
    [InlineData(11)]
    public void Generated_families_meet_the_issue_target_at_the_default_threshold(int seed)
    {
        var generator = new PostGenerator(new GeneratorOptions { Seed = seed, NearCopyShare = 0.5 });
        var index = new NearCopyIndex();

        index.AddRange(Signatures(generator, 0, Posts));

        var (precision, recall, truePairs) = FamilyScore.Of(index, generator, Posts);
        Assert.True(truePairs > 500, $"{truePairs} true pairs");
        Assert.True(precision >= 0.95, $"precision {precision:F3}");
        Assert.True(recall >= 0.9, $"recall {recall:F3}");
    }

    [Fact]
    public void Generated_posts_without_families_form_no_large_cluster()
    {
        // The same templates, stacks and stock paragraphs throughout: chained through weak links
        // they made one cluster of most of the batch; none of them is a near-copy by construction.
        var generator = new PostGenerator(new GeneratorOptions { Seed = 3 });
        var index = new NearCopyIndex();

        index.AddRange(Signatures(generator, 0, 3000));

        var clusters = index.Clusters();
        Assert.True(clusters.Count == 0 || clusters[0].Size <= 3, $"largest cluster {clusters.FirstOrDefault()?.Size}");
        Assert.True(clusters.Sum(c => c.Size) <= 30, $"{clusters.Sum(c => c.Size)} of 3000 unrelated posts in clusters");
    }

    [Fact]
    public void Replacing_every_post_in_one_batch_gives_the_same_clusters()
    {
        // As a run does when every post is pending again: each post's old slot goes and a new one comes.
        var generator = new PostGenerator(new GeneratorOptions { Seed = 7, NearCopyShare = 0.5 });
        var index = new NearCopyIndex();
        index.AddRange(Signatures(generator, 0, 200));
        var before = Describe(index);

        index.AddRange(Signatures(generator, 0, 200));

        Assert.NotEmpty(before);
        Assert.Equal(before, Describe(index));
        Assert.Equal(200, index.Count);
    }

    [Fact]
    public void Joining_in_batches_gives_the_clusters_of_clustering_from_scratch()
    {
        var generator = new PostGenerator(new GeneratorOptions { Seed = 7, NearCopyShare = 0.5 });
        var scratch = new NearCopyIndex();
        scratch.AddRange(Signatures(generator, 0, 400));

        var incremental = new NearCopyIndex();
        incremental.AddRange(Signatures(generator, 0, 250));
        var affected = incremental.AddRange(Signatures(generator, 250, 150).Reverse());

        Assert.Equal(Describe(scratch), Describe(incremental));
        Assert.Contains(scratch.Clusters(), c => c.Members.Any(m => string.CompareOrdinal(m, PostGenerator.SourceIdFor(250)) < 0) && c.Members.Any(m => string.CompareOrdinal(m, PostGenerator.SourceIdFor(250)) >= 0));
        Assert.All(scratch.Clusters().Where(c => c.Members.Any(m => string.CompareOrdinal(m, PostGenerator.SourceIdFor(250)) >= 0)).SelectMany(c => c.Members), m => Assert.Contains(m, affected));
    }

    [Fact]
    public void A_near_copy_of_a_near_copy_only_does_not_chain_into_the_cluster()
    {
        // a ~ b and b ~ c, but a and c only through b: c is no near-copy of the representative.
        var index = new NearCopyIndex();
        index.AddRange([Entry("c", 60), Entry("b", 25), Entry("a", 0)]);

        Assert.Equal(["a", "b"], index.ClusterOf("b")!.Members);
        Assert.Null(index.ClusterOf("c"));
    }

    [Fact]
    public void Edit_that_rewrites_the_representative_lets_its_followers_find_another()
    {
        // b ~ a and b ~ c; a ≁ c. a represents b; rewriting a frees b, and b then represents c.
        var index = new NearCopyIndex();
        index.AddRange([Entry("a", 0), Entry("b", 25), Entry("c", 60)]);

        var affected = index.Add("a", MinHasher.Default.Compute(Article(1000)));

        Assert.Null(index.ClusterOf("a"));
        Assert.Equal(["b", "c"], index.ClusterOf("c")!.Members);
        Assert.Equal(["a", "b", "c"], affected.Order(StringComparer.Ordinal));
        Assert.Equal(3, index.Count);
    }

    [Fact]
    public void Edit_back_to_a_near_copy_joins_again_and_the_earliest_source_id_represents()
    {
        var index = new NearCopyIndex();
        index.AddRange([Entry("p-2", 0), Entry("p-3", 1000)]);
        Assert.Null(index.ClusterOf("p-3"));

        index.Add("p-3", MinHasher.Default.Compute(Article(10)));
        index.Add("p-1", MinHasher.Default.Compute(Article(20)));

        var cluster = index.ClusterOf("p-3")!;
        Assert.Equal(("p-1", "p-1"), (cluster.Id, cluster.Representative));
        Assert.Equal(["p-1", "p-2", "p-3"], cluster.Members);
        Assert.Equal(cluster.Members, Assert.Single(index.Clusters()).Members);
    }

    [Fact]
    public void Removing_a_post_that_was_not_held_changes_nothing()
    {
        var index = new NearCopyIndex();
        index.AddRange([Entry("a", 0), Entry("b", 10)]);

        Assert.Empty(index.Remove("zzz"));
        Assert.Equal(2, index.ClusterOf("a")!.Size);
    }

    [Theory]
    [InlineData(0.0, 25, 5, "Threshold")]
    [InlineData(1.5, 25, 5, "Threshold")]
    [InlineData(0.65, 0, 5, "Bands")]
    [InlineData(0.65, 26, 5, "Rows")]
    public void Out_of_range_options_are_refused_by_name(double threshold, int bands, int rows, string name)
    {
        var options = new ClusteringOptions { Threshold = threshold, Bands = bands, Rows = rows };

        Assert.Equal(name, Assert.Throws<ArgumentOutOfRangeException>(() => new NearCopyIndex(options)).ParamName);
    }

    private static IEnumerable<KeyValuePair<string, MinHashSignature>> Signatures(PostGenerator generator, int start, int count) =>
        Enumerable.Range(start, count).Select(i => new KeyValuePair<string, MinHashSignature>(PostGenerator.SourceIdFor(i), MinHasher.Default.Compute(generator.GeneratePost(i))));

    private static KeyValuePair<string, MinHashSignature> Entry(string sourceId, int shift) => new(sourceId, MinHasher.Default.Compute(Article(shift)));

    // 300 distinct words from word number shift on: shifts 25 apart share 5-gram Jaccard 0.84, 50 apart 0.71.
    private static Post Article(int shift)
    {
        var words = Enumerable.Range(shift, 300).Select(i => "w" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return new PostGenerator().GeneratePost(0) with { Title = "t", Body = [new Paragraph(string.Join(' ', words))] };
    }

    private static string[] Describe(NearCopyIndex index) =>
        index.Clusters().Select(c => c.Id + ":" + string.Join(',', c.Members)).ToArray();
}
