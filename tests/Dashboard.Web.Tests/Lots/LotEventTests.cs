using System.Text.Json;
using Dashboard.Core.Review;
using Dashboard.Core.Sampling;
using Dashboard.Core.Webhooks;
using Dashboard.Web.Features.Lots;
using Dashboard.Web.Tests.Review;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Tests.Lots;

/// <summary>A lot's decision writes its webhook event in the lot's own save: accepted or rejected, once, naming the lot.</summary>
public sealed class LotEventTests(ReviewDatabase fixture) : IClassFixture<ReviewDatabase>
{
    private static CancellationToken Cancel => ReviewDatabase.Cancel;

    [Fact]
    public async Task Accepting_a_lot_writes_one_lot_accepted_event_naming_the_lot_and_planning_writes_none()
    {
        var (batchId, _) = await fixture.ImportBatchAsync(10);
        // 9 to 15: code B; at 6.5 % it points up to A (n = 2, Ac 0).
        var planned = await fixture.Lots().PlanAsync(new LotRequest(batchId, null, 6.5m, Seed: 5), ReviewDatabase.Lead, Cancel);
        Assert.Empty(await LotEventsAsync(planned.LotId));
        foreach (var sourceId in await fixture.SampleAsync(planned.LotId))
        {
            Assert.True((await fixture.Reviews.ApproveAsync(sourceId, await fixture.RowVersionAsync(sourceId), ReviewDatabase.Lead, Cancel)).Succeeded);
        }

        var accepted = await fixture.Lots().AcceptAsync(planned.LotId, ReviewDatabase.Lead, cancellationToken: Cancel);

        Assert.True(accepted.Succeeded, accepted.Message);
        var (type, data) = Assert.Single(await LotEventsAsync(planned.LotId));
        Assert.Equal(WebhookEventTypes.LotAccepted.Name, type);
        Assert.Equal(nameof(LotState.Accepted), data.GetProperty("state").GetString());
        Assert.Equal(ReviewDatabase.Lead.Name, data.GetProperty("decidedBy").GetString());
        Assert.Equal(batchId, data.GetProperty("importBatchId").GetInt64());
    }

    [Fact]
    public async Task Rejecting_a_lot_writes_one_lot_rejected_event()
    {
        var (batchId, _) = await fixture.ImportBatchAsync(10);
        var planned = await fixture.Lots().PlanAsync(new LotRequest(batchId, null, 6.5m, Seed: 3), ReviewDatabase.Lead, Cancel);
        var sample = await fixture.SampleAsync(planned.LotId);
        Assert.True((await fixture.Reviews.RejectAsync(sample[0], null, RejectionReason.Unsafe, "leaks a key", null, ReviewDatabase.Lead, Cancel)).Succeeded);

        var rejected = await fixture.Lots().RejectAsync(planned.LotId, new LotRejection(LotRejectionMode.FullReview), ReviewDatabase.Lead, cancellationToken: Cancel);

        Assert.True(rejected.Succeeded, rejected.Message);
        var (type, data) = Assert.Single(await LotEventsAsync(planned.LotId));
        Assert.Equal(WebhookEventTypes.LotRejected.Name, type);
        Assert.Equal(nameof(LotState.Rejected), data.GetProperty("state").GetString());
    }

    private async Task<List<(string Type, JsonElement Data)>> LotEventsAsync(long lotId)
    {
        await using var db = fixture.Database.CreateContext();
        var rows = await db.WebhookEvents.AsNoTracking().Where(e => e.Type.StartsWith("lot.")).ToListAsync(Cancel);
        return [.. rows.Select(r => (r.Type, JsonDocument.Parse(r.Data).RootElement))
            .Where(r => r.RootElement.GetProperty("lotId").GetInt64() == lotId)];
    }
}
