using Dashboard.Web.Data;
using Dashboard.Web.Features.Review;
using Dashboard.Web.Features.Webhooks;
using Dashboard.Web.Hosting;
using Dashboard.Web.Tests.Review;
using Dashboard.Web.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Dashboard.Web.Tests.Webhooks;

/// <summary>
/// The outbox across hosts on one database: an instance stopped between commit and delivery
/// loses nothing (the next one delivers it, once), and instances dispatching at the same time
/// deliver each event once (on PostgreSQL when DASHBOARD_TEST_POSTGRES is set, as in CI).
/// </summary>
public sealed class WebhookInstancesTests
{
    private static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_event_committed_by_a_host_that_stopped_before_dispatch_is_delivered_once_by_the_next()
    {
        await using var storage = await TestStorage.CreateAsync();
        await using var receiver = await WebhookReceiver.StartAsync();
        using (var first = TestDatabase.Build(storage, WebhookTestBed.Settings))
        {
            await first.Services.GetRequiredService<DatabaseSetup>().MigrateAsync(Ct);
            await RegisterAsync(first, receiver);
            var sourceId = await ImportAsync(first, "alphanode-restart-00001");
            var approved = await first.Services.GetRequiredService<ReviewService>().ApproveAsync(sourceId, await RowVersionAsync(first, sourceId), WebhookTestBed.Lead, Ct);
            Assert.True(approved.Succeeded, approved.Message);
        }

        // The first host is gone before its dispatcher ran; a new one starts on the same database.
        Assert.Empty(receiver.Requests);
        using var second = TestDatabase.Build(storage, WebhookTestBed.Settings);
        var dispatcher = second.Services.GetRequiredService<WebhookDispatcher>();
        await dispatcher.RunOnceAsync(Ct);
        await dispatcher.RunOnceAsync(Ct);

        var events = receiver.Events;
        Assert.Equal(["import.finished", "post.approved"], events.Select(e => e.Type).Order());
        Assert.Equal(2, events.Select(e => e.Id).Distinct().Count());
    }

    [Fact]
    public async Task Two_instances_dispatching_at_once_deliver_each_event_once()
    {
        await using var storage = await TestStorage.CreateAsync();
        await using var receiver = await WebhookReceiver.StartAsync();
        var settings = new Dictionary<string, string?>(WebhookTestBed.Settings) { ["Webhooks:BatchSize"] = "7" };
        using var a = TestDatabase.Build(storage, settings);
        using var b = TestDatabase.Build(storage, settings);
        await a.Services.GetRequiredService<DatabaseSetup>().MigrateAsync(Ct);
        await RegisterAsync(a, receiver);
        var reviews = a.Services.GetRequiredService<ReviewService>();
        for (var i = 1; i <= 40; i++)
        {
            var sourceId = await ImportAsync(a, $"alphanode-twice-{i:D5}");
            Assert.True((await reviews.ApproveAsync(sourceId, await RowVersionAsync(a, sourceId), WebhookTestBed.Lead, Ct)).Succeeded);
        }

        var dispatchers = new[] { a, b, a, b }.Select(h => h.Services.GetRequiredService<WebhookDispatcher>()).ToArray();
        await Task.WhenAll(dispatchers.Select(d => Task.Run(() => d.RunOnceAsync(Ct), Ct)));
        await Task.WhenAll(dispatchers.Take(2).Select(d => d.RunOnceAsync(Ct)));

        var approvals = receiver.Events.Where(e => e.Type == "post.approved").Select(e => e.Id).ToList();
        Assert.Equal(40, approvals.Count);
        Assert.Equal(40, approvals.Distinct().Count());
    }

    private static async Task RegisterAsync(IHost host, WebhookReceiver receiver)
    {
        var registered = await host.Services.GetRequiredService<WebhookAdmin>().RegisterAsync(receiver.Url, ["post.approved", "import.finished"], WebhookTestBed.Admin, Ct);
        Assert.True(registered.Succeeded, registered.Message);
    }

    private static async Task<long> RowVersionAsync(IHost host, string sourceId)
    {
        await using var db = await host.Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<DashboardDbContext>>().CreateDbContextAsync(Ct);
        return db.Posts.Where(p => p.SourceId == sourceId).Select(p => p.RowVersion).Single();
    }

    private static async Task<string> ImportAsync(IHost host, string sourceId)
    {
        var summary = await host.Services.GetRequiredService<Dashboard.Web.Features.Imports.PostImporter>().ImportAsync(
            [TestFiles.FromPost($"{sourceId}.txt", ReviewDatabase.NewPost(sourceId, Dashboard.Core.Review.ReviewStatus.InReview))], "tests", "tester", cancellationToken: Ct);
        Assert.Equal(1, summary.Imported);
        return sourceId;
    }
}
