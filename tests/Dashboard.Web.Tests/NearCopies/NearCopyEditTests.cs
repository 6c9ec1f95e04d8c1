using Dashboard.Core.Generation;
using Dashboard.Core.Review;
using Dashboard.Web.Features.Review;
using Dashboard.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Tests.NearCopies;

/// <summary>An edit that changes the article moves the post in the clusters; one that leaves the wording alone does not run them.</summary>
public class NearCopyEditTests
{
    private static readonly Reviewer Editor = new("editor@example.test", Role.Editor);

    private static CancellationToken Cancel => Xunit.TestContext.Current.CancellationToken;

    [Fact]
    public async Task Taking_a_newer_file_with_another_article_takes_the_post_out_of_its_cluster()
    {
        await using var db = await TestDatabase.CreateAsync();
        var generator = new PostGenerator(new GeneratorOptions { Seed = 5, NearCopyShare = 0.5 });
        var files = TestFiles.Generate(0, 60, 5, nearCopyShare: 0.5);
        await db.ImportAsync(files.Select(f => f.ToImport()));
        var variant = files.First(f => generator.FamilyOf(f.Index) != f.Index);
        var original = files[generator.FamilyOf(variant.Index)];
        var unrelated = files.Last(f => generator.FamilyOf(f.Index) == f.Index && f.Index != original.Index);
        var before = await StoredClusters.ReadAsync(db);
        Assert.NotNull(before[variant.Post.SourceId].ClusterId);
        Assert.Equal(before[original.Post.SourceId].ClusterId, before[variant.Post.SourceId].ClusterId);

        // A reviewer's edit, then a newer file whose article is another post's: a conflict, taken.
        var reviews = db.Get<ReviewService>();
        var edited = await reviews.EditChecklistAsync(variant.Post.SourceId, await RowVersionAsync(db, variant.Post.SourceId), [.. variant.Post.Meta.Checklist!, "a reviewer's own item"], Editor, Cancel);
        Assert.True(edited.Succeeded, edited.Message);
        var newer = unrelated.Post with { Meta = unrelated.Post.Meta with { Payload = unrelated.Post.Meta.Payload! with { SourceId = variant.Post.SourceId } } };
        await db.ImportAsync([TestFiles.FromPost("newer.txt", newer)]);
        long conflictId;
        await using (var context = db.CreateContext())
        {
            conflictId = await context.PostConflicts.Where(c => c.ResolvedAtUtc == null).Select(c => c.Id).SingleAsync(Cancel);
        }

        var taken = await reviews.AcceptImportAsync(variant.Post.SourceId, await RowVersionAsync(db, variant.Post.SourceId), conflictId, Editor, Cancel);

        Assert.True(taken.Succeeded, taken.Message);
        var after = await StoredClusters.ReadAsync(db);
        after.AssertConsistent();
        Assert.NotEqual(before[variant.Post.SourceId].ClusterId, after[variant.Post.SourceId].ClusterId);
        Assert.Equal(before[original.Post.SourceId].ClusterSize - 1, after[original.Post.SourceId].ClusterSize);
    }

    private static async Task<long> RowVersionAsync(TestDatabase db, string sourceId)
    {
        await using var context = db.CreateContext();
        return await context.Posts.Where(p => p.SourceId == sourceId).Select(p => p.RowVersion).SingleAsync(Cancel);
    }
}
