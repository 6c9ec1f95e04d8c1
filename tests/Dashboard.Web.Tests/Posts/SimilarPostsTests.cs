using Dashboard.Core.Tests.TestData;
using Dashboard.Web.Features.Posts;
using Dashboard.Web.Tests.TestSupport;

namespace Dashboard.Web.Tests.Posts;

public class SimilarPostsTests
{
    private const string CopyId = "alphanode-near-copy";

    [Fact]
    public async Task Near_copy_with_another_source_id_is_the_most_similar_post_and_no_post_is_similar_to_itself()
    {
        await using var db = await TestDatabase.CreateAsync();
        var files = TestFiles.Generate(0, 150, seed: 3);
        // A post whose topic no other post of the batch has, so only its copy can match it closely.
        var original = files.Select(f => f.Post).First(p => files.Count(f => f.Post.Meta.Topic == p.Meta.Topic) == 1);
        var copy = PostBuilder.From(original)
            .WithTitle(title => title.Replace(" in ", " inside ", StringComparison.Ordinal) + " (second edition)")
            .WithSourceId(CopyId)
            .Build();
        await db.ImportAsync([.. files.Select(f => f.ToImport()), TestFiles.FromPost("copy.txt", copy)]);
        var similar = db.Get<SimilarPosts>();

        var found = await similar.FindAsync(original.SourceId, count: 5, Xunit.TestContext.Current.CancellationToken);
        var back = await similar.FindAsync(CopyId, count: 5, Xunit.TestContext.Current.CancellationToken);

        Assert.Equal(CopyId, found[0].SourceId);
        Assert.All(found.Skip(1), other => Assert.True(found[0].Similarity > other.Similarity, $"{other.SourceId} scores {other.Similarity}, as high as the copy's {found[0].Similarity}"));
        Assert.Contains("topic", found[0].Shared);
        Assert.Equal(original.SourceId, back[0].SourceId);
        Assert.DoesNotContain(found, s => s.SourceId == original.SourceId);
        Assert.DoesNotContain(back, s => s.SourceId == CopyId);
    }

    [Fact]
    public async Task A_post_is_never_listed_as_similar_to_itself()
    {
        await using var db = await TestDatabase.CreateAsync();
        var files = TestFiles.Generate(0, 150, seed: 3);
        await db.ImportAsync(files.Select(f => f.ToImport()));
        var similar = db.Get<SimilarPosts>();

        foreach (var file in files.Take(40))
        {
            var found = await similar.FindAsync(file.Post.SourceId, count: 10, Xunit.TestContext.Current.CancellationToken);
            Assert.DoesNotContain(found, s => s.SourceId == file.Post.SourceId);
            Assert.All(found, s => Assert.InRange(s.Similarity, 0.15, 1.0));
        }
    }

    [Fact]
    public async Task Unknown_source_id_has_no_similar_posts()
    {
        await using var db = await TestDatabase.CreateAsync();
        await db.ImportAsync([TestFiles.FromText("sample.txt", TestFiles.SampleText)]);

        Assert.Empty(await db.Get<SimilarPosts>().FindAsync("alphanode-missing", cancellationToken: Xunit.TestContext.Current.CancellationToken));
    }

    [Fact]
    public void Score_IdenticalFeatures_IsOne()
    {
        var post = TestFiles.SamplePost;
        var features = new SimilarPosts.Features(1, post.SourceId, post.Title, post.Meta.Topic, post.Meta.Summary, [.. post.Meta.Stack!], ["stack:python services"]);

        Assert.Equal(1.0, SimilarPosts.Score(features, features with { Id = 2, SourceId = "other" }).Similarity);
    }
}
