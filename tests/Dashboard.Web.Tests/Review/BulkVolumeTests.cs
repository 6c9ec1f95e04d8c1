using Dashboard.Core.Review;
using Dashboard.Web.Data;
using Dashboard.Web.Features.Queue;
using Dashboard.Web.Features.Review;
using Dashboard.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Tests.Review;

/// <summary>Bulk actions at volume: chunked transactions, a history row per post, progress per chunk, and an undo of the lot.</summary>
public sealed class BulkVolumeTests
{
    private const int Posts = 1_250;

    private static CancellationToken Cancel => ReviewDatabase.Cancel;

    [Fact]
    public async Task Approving_all_matching_posts_in_chunks_records_each_with_one_bulk_id_reports_each_chunk_and_undo_puts_all_back()
    {
        await using var database = await SeedInReviewAsync(Posts);
        var bulk = database.Get<BulkReviewService>();
        var filter = new QueueFilter { ShowAll = true, Status = ReviewStatus.InReview };
        var plan = await bulk.DryRunAsync(new BulkRequest(BulkAction.Approve, null, filter), ReviewDatabase.Lead, Cancel);
        Assert.Equal(Posts, plan.Eligible.Count);

        var reported = new List<int>();
        var outcome = await bulk.ExecuteAsync(plan, ReviewDatabase.Lead, new SynchronousProgress(reported.Add), Cancel);

        Assert.Equal(Posts, outcome.Done);
        Assert.Empty(outcome.Refusals);
        // One report per chunk, the last one the whole batch.
        Assert.Equal(Enumerable.Range(1, (Posts + BulkReviewService.ChunkSize - 1) / BulkReviewService.ChunkSize).Select(i => Math.Min(Posts, i * BulkReviewService.ChunkSize)), reported);
        await using (var db = database.CreateContext())
        {
            Assert.Equal(Posts, await db.Posts.CountAsync(p => p.Status == ReviewStatus.Approved && !p.InQueue, Cancel));
            var entries = await db.PostHistory.Where(h => h.BulkId == outcome.BulkId).Select(h => new { h.PostId, h.Kind, h.Actor }).ToListAsync(Cancel);
            Assert.Equal(Posts, entries.Select(e => e.PostId).Distinct().Count());
            Assert.Equal(Posts, entries.Count);
            Assert.All(entries, e => Assert.Equal((ReviewWorkflow.For(ReviewAction.Approve)!.Kind, ReviewDatabase.Lead.Name), (e.Kind, e.Actor)));
            // Each approval rewrote the post's document, so an export says what the columns say.
            Assert.Equal(0, await db.Posts.CountAsync(p => !p.Document.Contains("approved"), Cancel));
        }

        var undone = await bulk.UndoAsync(outcome.BulkId, ReviewDatabase.Lead, Cancel);

        Assert.Equal(Posts, undone.Done);
        await using (var db = database.CreateContext())
        {
            Assert.Equal(Posts, await db.Posts.CountAsync(p => p.Status == ReviewStatus.InReview && p.InQueue, Cancel));
            Assert.Equal(Posts, await db.PostHistory.CountAsync(h => h.BulkId == undone.BulkId, Cancel));
        }
    }

    [Fact]
    public async Task A_post_changed_after_the_dry_run_is_refused_alone_and_the_rest_of_its_chunk_is_applied()
    {
        await using var database = await SeedInReviewAsync(BulkReviewService.ChunkSize * 2);
        var bulk = database.Get<BulkReviewService>();
        var plan = await bulk.DryRunAsync(new BulkRequest(BulkAction.BumpVersion, null, new QueueFilter { ShowAll = true }), ReviewDatabase.Editor, Cancel);
        var changed = plan.Eligible[BulkReviewService.ChunkSize + 7];
        Assert.True((await database.Get<ReviewService>().BumpVersionAsync(changed.SourceId, changed.RowVersion, VersionBump.Minor, ReviewDatabase.Editor, Cancel)).Succeeded);

        var outcome = await bulk.ExecuteAsync(plan, ReviewDatabase.Editor, null, Cancel);

        Assert.Equal(plan.Eligible.Count - 1, outcome.Done);
        Assert.Equal(new BulkRefusal("changed since the dry run", 1), Assert.Single(outcome.Refusals));
        await using var db = database.CreateContext();
        Assert.Equal(plan.Eligible.Count - 1, await db.PostHistory.CountAsync(h => h.BulkId == outcome.BulkId, Cancel));
        var changedVersion = await db.Posts.Where(p => p.SourceId == changed.SourceId).Select(p => p.Version).SingleAsync(Cancel);
        Assert.EndsWith(".0", changedVersion, StringComparison.Ordinal);
    }

    private static async Task<TestDatabase> SeedInReviewAsync(int count)
    {
        var database = await TestDatabase.CreateAsync();
        var files = TestFiles.Generate(0, count, seed: 41, needsReviewShare: 1);
        var summary = await database.ImportAsync(files.Select(f => f.ToImport()));
        Assert.Equal(count, summary.Imported);
        await using var db = database.CreateContext();
        await db.Posts.ExecuteUpdateAsync(
            s => s.SetProperty(p => p.Status, ReviewStatus.InReview).SetProperty(p => p.InQueue, PostMapping.IsInQueue(true, ReviewStatus.InReview)), Cancel);
        return database;
    }

    private sealed class SynchronousProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
