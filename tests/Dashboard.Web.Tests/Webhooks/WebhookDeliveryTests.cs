using Dashboard.Core.Review;
using Dashboard.Core.Webhooks;
using Dashboard.Web.Data.Entities;
using Dashboard.Web.Features.Review;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Web.Tests.Webhooks;

/// <summary>Events written by the changes themselves reach a local receiver: signed, retried, batched, and never for a change that rolled back.</summary>
public sealed class WebhookDeliveryTests
{
    private static CancellationToken Ct => WebhookTestBed.Ct;

    [Fact]
    public async Task Every_event_kind_arrives_signed_with_the_endpoints_secret()
    {
        await using var bed = await WebhookTestBed.CreateAsync();
        var secret = await bed.RegisterAsync();
        var lead = WebhookTestBed.Lead;
        var ids = await bed.AddPostsAsync(3);

        var approved = await bed.Reviews.ApproveAsync(ids[0], await bed.RowVersionAsync(ids[0]), lead, Ct);
        Assert.True(approved.Succeeded, approved.Message);
        var indexed = await bed.Reviews.MarkIndexedAsync([new IndexAckRequest(ids[0], approved.RowVersion)], lead, Ct);
        Assert.Single(indexed.Indexed);
        Assert.True((await bed.Reviews.RequestChangesAsync(ids[1], await bed.RowVersionAsync(ids[1]), "Say which version.", lead, Ct)).Succeeded);
        Assert.True((await bed.Reviews.RejectAsync(ids[2], await bed.RowVersionAsync(ids[2]), RejectionReason.LowQuality, "Thin.", null, lead, Ct)).Succeeded);

        await bed.Dispatcher.RunOnceAsync(Ct);

        Assert.NotEmpty(bed.Receiver.Requests);
        Assert.All(bed.Receiver.Requests, r => Assert.True(r.IsSignedWith(secret), $"{r.Id} is not signed with the secret"));
        Assert.All(bed.Receiver.Requests, r => Assert.False(r.IsSignedWith(WebhookSignature.NewSecret())));
        var events = bed.Receiver.Events;
        // The lot events are raised by a lot's decision (Lots.LotEventTests); every other kind is raised here.
        Assert.Equal(WebhookEventTypes.All.Where(e => !e.Name.StartsWith("lot.", StringComparison.Ordinal)).Select(e => e.Name).Order(), events.Select(e => e.Type).Distinct().Order());
        Assert.Equal(events.Count, events.Select(e => e.Id).Distinct().Count());
        var approval = Assert.Single(events, e => e.Type == "post.approved");
        Assert.Equal(ids[0], approval.Data.GetProperty("sourceId").GetString());
        Assert.Equal($"\"{approved.RowVersion}\"", approval.Data.GetProperty("etag").GetString());
        Assert.Equal("low quality", Assert.Single(events, e => e.Type == "post.rejected").Data.GetProperty("reason").GetString());
        Assert.Equal(3, Assert.Single(events, e => e.Type == "import.finished").Data.GetProperty("imported").GetInt32());
    }

    [Fact]
    public async Task A_delivery_the_receiver_answered_500_twice_is_retried_with_backoff_and_delivered_once()
    {
        await using var bed = await WebhookTestBed.CreateAsync();
        await bed.RegisterAsync("post.approved");
        var id = (await bed.AddPostsAsync(1))[0];
        Assert.True((await bed.Reviews.ApproveAsync(id, await bed.RowVersionAsync(id), WebhookTestBed.Lead, Ct)).Succeeded);
        bed.Receiver.AnswerNext(500, 500);

        await bed.Dispatcher.RunOnceAsync(Ct);
        var first = await DeliveryAsync(bed);
        Assert.Equal((WebhookDeliveryStatus.Pending, 1, 500), (first.Status, first.Attempts, first.ResponseCode));
        Assert.Equal(bed.Clock.GetUtcNow().UtcDateTime.AddSeconds(30), first.NextAttemptUtc);

        // Not due yet: nothing is sent.
        await bed.Dispatcher.RunOnceAsync(Ct);
        Assert.Single(bed.Receiver.Requests);

        bed.Clock.Advance(TimeSpan.FromSeconds(30));
        await bed.Dispatcher.RunOnceAsync(Ct);
        var second = await DeliveryAsync(bed);
        Assert.Equal((WebhookDeliveryStatus.Pending, 2), (second.Status, second.Attempts));
        Assert.Equal(bed.Clock.GetUtcNow().UtcDateTime.AddSeconds(60), second.NextAttemptUtc);

        bed.Clock.Advance(TimeSpan.FromSeconds(60));
        await bed.Dispatcher.RunOnceAsync(Ct);
        await bed.Dispatcher.RunOnceAsync(Ct);
        var third = await DeliveryAsync(bed);
        Assert.Equal((WebhookDeliveryStatus.Delivered, 3, 200), (third.Status, third.Attempts, third.ResponseCode));
        Assert.Equal(3, bed.Receiver.Requests.Count);
        // The same message each time, so the receiver can tell a retry from a new event.
        Assert.Single(bed.Receiver.Requests.Select(r => r.Id).Distinct());
    }

    [Fact]
    public async Task An_endpoint_failing_for_the_whole_retry_period_is_disabled_and_says_why()
    {
        await using var bed = await WebhookTestBed.CreateAsync();
        await bed.RegisterAsync("post.approved");
        var id = (await bed.AddPostsAsync(1))[0];
        Assert.True((await bed.Reviews.ApproveAsync(id, await bed.RowVersionAsync(id), WebhookTestBed.Lead, Ct)).Succeeded);
        bed.Receiver.AnswerNext([.. Enumerable.Repeat(503, 100)]);

        for (var hour = 0; hour <= 25; hour++)
        {
            await bed.Dispatcher.RunOnceAsync(Ct);
            bed.Clock.Advance(TimeSpan.FromHours(1));
        }

        var delivery = await DeliveryAsync(bed);
        Assert.Equal(WebhookDeliveryStatus.Failed, delivery.Status);
        var endpoint = Assert.Single((await bed.Database.Get<Dashboard.Web.Features.Webhooks.WebhookAdmin>().ListAsync(WebhookTestBed.Admin, Ct)).Value!);
        Assert.True(endpoint.Disabled);
        Assert.Contains("HTTP 503", endpoint.DisabledReason);
    }

    [Fact]
    public async Task A_bulk_approval_of_1000_posts_arrives_in_at_most_10_requests()
    {
        await using var bed = await WebhookTestBed.CreateAsync();
        await bed.RegisterAsync("post.approved");
        var ids = await bed.AddPostsAsync(1000);
        var bulk = bed.Database.Get<BulkReviewService>();
        var plan = await bulk.DryRunAsync(new BulkRequest(BulkAction.Approve, null, new Dashboard.Web.Features.Queue.QueueFilter()), WebhookTestBed.Lead, Ct);
        Assert.Equal(1000, plan.Eligible.Count);
        var outcome = await bulk.ExecuteAsync(plan, WebhookTestBed.Lead, cancellationToken: Ct);
        Assert.Equal(1000, outcome.Done);

        var sent = await bed.Dispatcher.RunOnceAsync(Ct);

        Assert.InRange(bed.Receiver.Requests.Count, 1, 10);
        Assert.Equal(bed.Receiver.Requests.Count, sent);
        var approved = bed.Receiver.Events.Select(e => e.Data.GetProperty("sourceId").GetString()).ToList();
        Assert.Equal(ids.Order(), approved.Order());
    }

    [Fact]
    public async Task An_event_whose_change_rolled_back_is_never_sent()
    {
        var crash = new CommitCrash();
        await using var bed = await WebhookTestBed.CreateAsync(s => s
            .ConfigureDbContext<Dashboard.Web.Data.Sqlite.SqliteDashboardContext>(o => o.AddInterceptors(crash))
            .ConfigureDbContext<Dashboard.Web.Data.Postgres.PostgresDashboardContext>(o => o.AddInterceptors(crash)));
        await bed.RegisterAsync("post.approved");
        var ids = await bed.AddPostsAsync(2);

        crash.Armed = true;
        var before = await bed.RowVersionAsync(ids[0]);
        await Assert.ThrowsAnyAsync<Exception>(() => bed.Reviews.ApproveAsync(ids[0], before, WebhookTestBed.Lead, Ct));
        crash.Armed = false;
        Assert.Equal(ReviewStatus.InReview, await bed.StatusAsync(ids[0]));
        Assert.Equal(before, await bed.RowVersionAsync(ids[0]));
        Assert.True((await bed.Reviews.ApproveAsync(ids[1], await bed.RowVersionAsync(ids[1]), WebhookTestBed.Lead, Ct)).Succeeded);

        await bed.Dispatcher.RunOnceAsync(Ct);

        var sent = Assert.Single(bed.Receiver.Events);
        Assert.Equal(ids[1], sent.Data.GetProperty("sourceId").GetString());
    }

    private static async Task<WebhookDelivery> DeliveryAsync(WebhookTestBed bed)
    {
        await using var db = bed.Database.CreateContext();
        return await db.WebhookDeliveries.AsNoTracking().SingleAsync(Ct);
    }

    /// <summary>Fails the commit of a save that carries a webhook event, after its statements ran: the transaction rolls back.</summary>
    private sealed class CommitCrash : DbTransactionInterceptor
    {
        public bool Armed { get; set; }

        public override ValueTask<InterceptionResult> TransactionCommittingAsync(
            System.Data.Common.DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default) =>
            Armed && eventData.Context?.ChangeTracker.Entries<WebhookEventRecord>().Any() == true
                ? throw new InvalidOperationException("The process died before the commit.")
                : ValueTask.FromResult(result);
    }
}
