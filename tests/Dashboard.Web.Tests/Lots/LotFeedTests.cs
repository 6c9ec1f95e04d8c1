using Dashboard.Core.Review;
using Dashboard.Web.Features.Lots;
using Dashboard.Web.Features.Review;
using Dashboard.Web.Tests.Review;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Tests.Lots;

/// <summary>Lots:FeedOnlyAcceptedLots: the index feed limited to accepted lots plus posts approved one by one.</summary>
public sealed class LotFeedTests
{
    private static CancellationToken Cancel => ReviewDatabase.Cancel;

    [Fact]
    public async Task With_the_setting_the_feed_holds_an_accepted_lots_posts_and_single_approvals_but_not_a_bulk_approval_outside_a_lot()
    {
        await using var own = await ReviewDatabase.CreateAsync(new Dictionary<string, string?> { ["Lots:FeedOnlyAcceptedLots"] = "true" });
        var (batchId, lotPosts) = await own.ImportBatchAsync(10);
        // 9 to 15 posts: code B; B at 6.5 % points up to A: n = 2, Ac 0.
        var planned = await own.Lots().PlanAsync(new LotRequest(batchId, null, 6.5m, Seed: 1), ReviewDatabase.Lead, Cancel);
        foreach (var sourceId in await own.SampleAsync(planned.LotId))
        {
            await own.Reviews.ApproveAsync(sourceId, await own.RowVersionAsync(sourceId), ReviewDatabase.Lead, Cancel);
        }

        Assert.True((await own.Lots().AcceptAsync(planned.LotId, ReviewDatabase.Lead, cancellationToken: Cancel)).Succeeded);
        var single = await own.AddAsync(ReviewStatus.InReview);
        await own.Reviews.ApproveAsync(single, await own.RowVersionAsync(single), ReviewDatabase.Lead, Cancel);
        var bulk = await own.AddAsync(ReviewStatus.InReview);
        var plan = await own.Bulk.DryRunAsync(new BulkRequest(BulkAction.Approve, [new BulkTarget(bulk, await own.RowVersionAsync(bulk))], null), ReviewDatabase.Lead, Cancel);
        Assert.Equal(1, (await own.Bulk.ExecuteAsync(plan, ReviewDatabase.Lead, null, Cancel)).Done);
        var options = own.Database.Get<IOptions<LotOptions>>().Value;

        await using var db = own.Database.CreateContext();
        var approved = db.Posts.AsNoTracking().Where(p => p.Status == ReviewStatus.Approved);
        var limited = await LotFeed.Limit(db, approved, options).Select(p => p.SourceId).OrderBy(s => s).ToListAsync(Cancel);
        var unlimited = await LotFeed.Limit(db, approved, new LotOptions()).Select(p => p.SourceId).OrderBy(s => s).ToListAsync(Cancel);

        Assert.True(options.FeedOnlyAcceptedLots);
        Assert.Equal([.. lotPosts.Append(single).Order()], limited);
        Assert.Equal([.. lotPosts.Append(single).Append(bulk).Order()], unlimited);
    }
}
