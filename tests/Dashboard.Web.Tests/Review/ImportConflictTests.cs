using Dashboard.Core.Review;
using Dashboard.Web.Features.Review;
using Dashboard.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Tests.Review;

/// <summary>A newer file that arrived after reviewers' work is resolved by a person: taken or set aside, recorded.</summary>
public class ImportConflictTests
{
    private static readonly Reviewer Editor = new("editor@example.test", Role.Editor);
    private static readonly Reviewer Lead = new("lead@example.test", Role.Lead);

    private static CancellationToken Cancel => Xunit.TestContext.Current.CancellationToken;

    [Fact]
    public async Task Taking_the_newer_file_replaces_the_content_resolves_the_conflict_and_sends_an_approved_post_back_to_review()
    {
        await using var db = await TestDatabase.CreateAsync();
        var (conflictId, rowVersion) = await ApprovedPostWithNewerFileAsync(db);
        var reviews = db.Get<ReviewService>();

        var result = await reviews.AcceptImportAsync(TestFiles.SampleSourceId, rowVersion, conflictId, Editor, Cancel);

        Assert.True(result.Succeeded, result.Message);
        await using var check = db.CreateContext();
        var post = await check.Posts.SingleAsync(p => p.SourceId == TestFiles.SampleSourceId, Cancel);
        Assert.Equal("a newer title from the source", post.Title);
        Assert.Equal(ReviewStatus.InReview, post.Status);
        Assert.NotNull((await check.PostConflicts.SingleAsync(c => c.Id == conflictId, Cancel)).ResolvedAtUtc);
        var entry = await check.PostHistory.Where(h => h.PostId == post.Id).OrderBy(h => h.Id).LastAsync(Cancel);
        Assert.StartsWith("newer import accepted", entry.Action, StringComparison.Ordinal);
        Assert.Equal(Editor.Name, entry.Actor);

        // The same file imported once more is now the post's own content: unchanged, no new conflict.
        var again = await db.ImportAsync([TestFiles.FromText("v2-again.txt", NewerFile)]);
        Assert.Equal(1, again.Unchanged);
        Assert.Equal(1, await check.PostConflicts.CountAsync(Cancel));
    }

    [Fact]
    public async Task Keeping_the_reviewed_post_sets_the_newer_file_aside_and_changes_nothing_else()
    {
        await using var db = await TestDatabase.CreateAsync();
        var (conflictId, rowVersion) = await ApprovedPostWithNewerFileAsync(db);
        var reviews = db.Get<ReviewService>();
        string before;
        await using (var context = db.CreateContext())
        {
            before = (await context.Posts.SingleAsync(p => p.SourceId == TestFiles.SampleSourceId, Cancel)).Document;
        }

        var result = await reviews.DismissImportAsync(TestFiles.SampleSourceId, conflictId, Lead, Cancel);

        Assert.True(result.Succeeded, result.Message);
        await using var check = db.CreateContext();
        var post = await check.Posts.SingleAsync(p => p.SourceId == TestFiles.SampleSourceId, Cancel);
        Assert.Equal(before, post.Document);
        Assert.Equal(ReviewStatus.Approved, post.Status);
        // A new row version, so open pages of the post reload; a stale save elsewhere is refused.
        Assert.Equal(result.RowVersion, post.RowVersion);
        Assert.True(post.RowVersion > rowVersion);
        Assert.NotNull((await check.PostConflicts.SingleAsync(c => c.Id == conflictId, Cancel)).ResolvedAtUtc);
        Assert.Equal("newer import dismissed", (await check.PostHistory.OrderBy(h => h.Id).LastAsync(Cancel)).Action);

        // A resolved conflict cannot be taken afterwards.
        var late = await reviews.AcceptImportAsync(TestFiles.SampleSourceId, post.RowVersion, conflictId, Lead, Cancel);
        Assert.Equal(ReviewFailure.NotFound, late.Failure);
    }

    [Fact]
    public async Task Taking_the_newer_file_with_a_stale_row_version_is_a_conflict_and_leaves_it_waiting()
    {
        await using var db = await TestDatabase.CreateAsync();
        var (conflictId, rowVersion) = await ApprovedPostWithNewerFileAsync(db);

        var result = await db.Get<ReviewService>().AcceptImportAsync(TestFiles.SampleSourceId, rowVersion - 1, conflictId, Editor, Cancel);

        Assert.Equal(ReviewFailure.Conflict, result.Failure);
        await using var check = db.CreateContext();
        Assert.Null((await check.PostConflicts.SingleAsync(c => c.Id == conflictId, Cancel)).ResolvedAtUtc);
        Assert.Single(await db.Get<ImportConflicts>().OpenAsync((await check.Posts.SingleAsync(Cancel)).Id, Cancel));
    }

    private static string NewerFile =>
        TestFiles.ReplaceLine(TestFiles.SampleText, "production checklist for", "a newer title from the source");

    // The sample imported, sent for approval and approved by reviewers; then a changed file arrives.
    private static async Task<(long ConflictId, long RowVersion)> ApprovedPostWithNewerFileAsync(TestDatabase db)
    {
        await db.ImportAsync([TestFiles.FromText("v1.txt", TestFiles.SampleText)]);
        var reviews = db.Get<ReviewService>();
        long version;
        await using (var context = db.CreateContext())
        {
            version = (await context.Posts.SingleAsync(Cancel)).RowVersion;
        }

        var sent = await reviews.SubmitAsync(TestFiles.SampleSourceId, version, Editor, Cancel);
        var approved = await reviews.ApproveAsync(TestFiles.SampleSourceId, sent.RowVersion, Lead, Cancel);
        Assert.True(approved.Succeeded, approved.Message);

        var summary = await db.ImportAsync([TestFiles.FromText("v2.txt", NewerFile)]);
        Assert.Equal(1, summary.Conflicts);
        await using var check = db.CreateContext();
        var conflict = await check.PostConflicts.SingleAsync(Cancel);
        return (conflict.Id, approved.RowVersion);
    }
}
