using System.Text.Json;
using Dashboard.Core.Review;
using Dashboard.Web.Data;
using Dashboard.Web.Features.Queue;
using Dashboard.Web.Features.Review;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Browser.Tests;

public sealed class ClusterTests(DashboardApp app)
{
    private const int Slice = 5;

    // A cluster id of this test's own: the clustering is not run here, the test sets the columns.

    [Fact]
    public async Task A_lead_keeps_one_post_of_a_cluster_and_the_others_leave_the_queue_and_never_reach_the_feed()
    {
        const string name = nameof(A_lead_keeps_one_post_of_a_cluster_and_the_others_leave_the_queue_and_never_reach_the_feed);
        var members = (await ReviewSteps.CandidatesAsync(app, Slice)).Take(3).Select(p => p.SourceId).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(3, members.Count);
        var keep = members[1];
        var approved = members[2];
        // A cluster's id is its representative's post id (the first source id here).
        var clusterId = await ClusterAsync(members);
        // One of the copies reached the index feed before anyone saw the cluster.
        await ApproveAsync(approved);

        await using var lead = await app.OpenAsAsync(name, DashboardApp.LeadEmail);
        var page = lead.Page;
        Assert.Contains(approved, await FeedAsync(page));

        await page.GotoAsync("/clusters");
        await Expect(page.Locator($"a[href='/clusters/{clusterId}']")).ToBeVisibleAsync();
        await page.GotoAsync($"/clusters/{clusterId}");
        await Expect(page.Locator("[data-testid=cluster-page][data-interactive=true]")).ToBeAttachedAsync();
        await Expect(page.GetByTestId("cluster-member")).ToHaveCountAsync(3);
        // The representative is the first source id; every other member is compared with it.
        await Expect(page.GetByTestId("cluster-member").First).ToHaveAttributeAsync("data-source-id", members[0]);
        await Expect(page.GetByTestId("word-diff")).ToHaveCountAsync(2);
        await lead.ScreenshotAsync("cluster");

        await Member(page, keep).GetByTestId("cluster-keep").ClickAsync();
        await Expect(page.GetByTestId("bulk-summary")).ToHaveTextAsync($"2 can be rejected as duplicates of {keep}");
        await lead.ScreenshotAsync("dry-run");
        await page.GetByTestId("bulk-confirm").ClickAsync();
        await Expect(ReviewSteps.Snackbar(page, $"Rejected 2 posts as duplicates of {keep}")).ToBeVisibleAsync();
        await Expect(Member(page, members[0]).GetByTestId("status-chip")).ToHaveTextAsync(ReviewStatus.Rejected);
        await Expect(Member(page, approved).GetByTestId("status-chip")).ToHaveTextAsync(ReviewStatus.Rejected);
        await Expect(Member(page, keep).GetByTestId("status-chip")).ToHaveTextAsync(ReviewStatus.Drafted);
        await lead.ScreenshotAsync("resolved");

        var rejected = members.Where(m => m != keep).ToList();
        var stored = await app.GetPostsAsync(rejected);
        Assert.All(stored, p => Assert.Equal((ReviewStatus.Rejected, "duplicate", keep, false), (p.Status, p.RejectionReason, p.DuplicateOf, p.InQueue)));
        var queue = await app.Services.GetRequiredService<QueueQuery>().GetSourceIdsAsync(new QueueFilter(), 100_000, TestContext.Current.CancellationToken);
        Assert.Empty(queue.Intersect(rejected));
        Assert.Contains(keep, queue);
        var feed = await FeedAsync(page);
        Assert.Empty(feed.Intersect(rejected));
    }

    private static ILocator Member(IPage page, string sourceId) => page.Locator($"[data-testid=cluster-member][data-source-id='{sourceId}']");

    private async Task<long> ClusterAsync(IReadOnlyList<string> members)
    {
        var contexts = app.Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>();
        await using var db = await contexts.CreateDbContextAsync(TestContext.Current.CancellationToken);
        var representative = await db.Posts.Where(p => p.SourceId == members[0]).Select(p => p.Id).SingleAsync(TestContext.Current.CancellationToken);
        await db.Posts.Where(p => members.Contains(p.SourceId))
            .ExecuteUpdateAsync(set => set.SetProperty(p => p.ClusterId, representative).SetProperty(p => p.ClusterSize, members.Count), TestContext.Current.CancellationToken);
        return representative;
    }

    private async Task ApproveAsync(string sourceId)
    {
        var reviews = app.Services.GetRequiredService<ReviewService>();
        var lead = new Reviewer(DashboardApp.LeadEmail, Role.Lead);
        var sent = await reviews.SubmitAsync(sourceId, (await ReviewSteps.GetAsync(app, sourceId)).RowVersion, lead, TestContext.Current.CancellationToken);
        Assert.True(sent.Succeeded, sent.Message);
        var done = await reviews.ApproveAsync(sourceId, sent.RowVersion, lead, TestContext.Current.CancellationToken);
        Assert.True(done.Succeeded, done.Message);
    }

    // The feed as the lead's own session reads it (a GET needs no token).
    private static async Task<List<string>> FeedAsync(IPage page)
    {
        var response = await page.APIRequest.GetAsync("/api/index/feed?limit=10000");
        Assert.Equal(200, response.Status);
        return [.. (await response.TextAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("sourceId").GetString()!)];
    }
}
