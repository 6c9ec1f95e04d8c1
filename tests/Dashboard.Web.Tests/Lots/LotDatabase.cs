using Dashboard.Core.Review;
using Dashboard.Web.Features.Lots;
using Dashboard.Web.Tests.Review;
using Dashboard.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Tests.Lots;

/// <summary>A review database with import batches to sample: each batch is one import of its own posts.</summary>
internal static class LotDatabase
{
    private static int _next;

    internal static LotService Lots(this ReviewDatabase fixture) => fixture.Database.Get<LotService>();

    internal static LotQuery LotQuery(this ReviewDatabase fixture) => fixture.Database.Get<LotQuery>();

    /// <summary>Imports <paramref name="count"/> posts in <paramref name="status"/> as one batch; its id and the posts' source ids.</summary>
    internal static async Task<(long BatchId, List<string> SourceIds)> ImportBatchAsync(this ReviewDatabase fixture, int count, string status = ReviewStatus.InReview)
    {
        var batch = Interlocked.Increment(ref _next);
        var ids = Enumerable.Range(1, count).Select(i => $"lot{batch:D3}-post-{i:D4}").ToList();
        var summary = await fixture.Database.ImportAsync(ids.Select(id => TestFiles.FromPost($"{id}.txt", ReviewDatabase.NewPost(id, status))), origin: $"batch {batch}");
        Assert.Equal(count, summary.Imported);
        await using var db = fixture.Database.CreateContext();
        var batchId = await db.ImportBatches.Where(b => b.Origin == $"batch {batch}").Select(b => b.Id).SingleAsync(ReviewDatabase.Cancel);
        return (batchId, ids);
    }

    internal static async Task<List<string>> SampleAsync(this ReviewDatabase fixture, long lotId)
    {
        await using var db = fixture.Database.CreateContext();
        return await db.LotPosts.Where(m => m.LotId == lotId && m.InSample)
            .Join(db.Posts, m => m.PostId, p => p.Id, (m, p) => p.SourceId).OrderBy(s => s).ToListAsync(ReviewDatabase.Cancel);
    }
}
