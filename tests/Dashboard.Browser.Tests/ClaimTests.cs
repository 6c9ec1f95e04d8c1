using Dashboard.Core.Review;
using Dashboard.Core.Tests.TestData;
using Dashboard.Web.Features.Accounts;
using Dashboard.Web.Features.Imports;
using Dashboard.Web.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Browser.Tests;

/// <summary>Two editors press "Start reviewing" at the same moment: each gets a post of their own, claimed, and sees the other's claim.</summary>
public sealed class ClaimTests(DashboardApp app)
{
    [Fact]
    public async Task Two_editors_starting_at_once_get_different_posts_and_see_each_others_claim()
    {
        const string name = nameof(Two_editors_starting_at_once_get_different_posts_and_see_each_others_claim);
        // Posts of this test's own, found by a word of their titles: "next" stays within the queue's
        // view, so the other tests' posts are never claimed here.
        var word = "claimtest" + new string([.. Guid.NewGuid().ToString("N").Where(char.IsLetter).Take(8)]);
        var sourceIds = await ImportAsync(word, count: 4);
        var second = $"second-editor-{Guid.NewGuid():N}@example.test";
        await CreateEditorAsync(second);

        await using var first = await app.OpenAsAsync($"{name}-first", DashboardApp.ReviewerEmail);
        await using var other = await app.OpenAsAsync($"{name}-second", second);
        var queue = $"/?q={word}";
        foreach (var page in new[] { first.Page, other.Page })
        {
            await page.GotoAsync(queue);
            await Ui.WaitForQueueAsync(page);
            await Expect(Ui.Titles(page)).ToHaveCountAsync(sourceIds.Count);
        }

        await Task.WhenAll(first.Page.GetByTestId("start-reviewing").ClickAsync(), other.Page.GetByTestId("start-reviewing").ClickAsync());

        var firstPost = await OpenedPostAsync(first.Page);
        var otherPost = await OpenedPostAsync(other.Page);
        Assert.NotEqual(firstPost, otherPost);
        Assert.Contains(firstPost, sourceIds);
        Assert.Contains(otherPost, sourceIds);
        await first.ScreenshotAsync("started");
        await other.ScreenshotAsync("started");

        // A decision opens the editor's next post, one they can act on, not the first editor's.
        await Expect(other.Page.GetByTestId("session-progress")).ToHaveTextAsync("0 of 3 done today");
        await other.Page.GetByTestId("review-submit").ClickAsync();
        await other.Page.GetByTestId("send-for-approval-send").ClickAsync();
        await Expect(other.Page).Not.ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/posts/{otherPost}\\?"));
        var thirdPost = await OpenedPostAsync(other.Page);
        Assert.DoesNotContain(thirdPost, new[] { firstPost, otherPost });
        Assert.Contains(thirdPost, sourceIds);
        await Expect(other.Page.GetByTestId("review-submit")).ToBeEnabledAsync();
        await Expect(other.Page.GetByTestId("session-progress")).ToHaveTextAsync("1 of 3 done today");
        await other.ScreenshotAsync("next-after-decision");

        // Back in the queue, the first editor sees who holds the other's current post; their own was released on leaving it.
        await first.Page.GotoAsync(queue);
        await Ui.WaitForQueueAsync(first.Page);
        await Expect(Row(first.Page, thirdPost).GetByTestId("claim-chip")).ToContainTextAsync(second);
        await Expect(Row(first.Page, firstPost).GetByTestId("claim-chip")).ToHaveCountAsync(0);
        await first.ScreenshotAsync("queue-claimed-by-other");

        // Opening the other editor's post warns of their claim.
        await ReviewSteps.OpenPostAsync(first.Page, thirdPost);
        await Expect(first.Page.GetByTestId("claim-other")).ToContainTextAsync(second);
        await first.ScreenshotAsync("post-claimed-by-other");
    }

    private static ILocator Row(IPage page, string sourceId) =>
        page.Locator("[data-testid=queue-grid] tbody tr").Filter(new() { Has = page.Locator($"a[href*='/posts/{sourceId}?']") });

    private static async Task<string> OpenedPostAsync(IPage page)
    {
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/posts/[^?]+\\?.*session=1"));
        await Ui.WaitForPostAsync(page);
        await Expect(page.GetByTestId("claim-mine")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("session-progress")).ToContainTextAsync("done today");
        return Uri.UnescapeDataString(new Uri(page.Url).AbsolutePath["/posts/".Length..]);
    }

    private async Task<IReadOnlyList<string>> ImportAsync(string word, int count)
    {
        var files = Enumerable.Range(1, count).Select(i =>
        {
            var sourceId = $"claims-{word}-{i}";
            var post = PostBuilder.FromSample().WithSourceId(sourceId).WithTitle(title => $"{title} {word} {i}").WithRevision(ReviewStatus.Drafted, "1.0.0").NeedingReview(true).Build();
            return (sourceId, TestFiles.FromPost($"claims/{sourceId}.txt", post));
        }).ToList();
        var summary = await app.Services.GetRequiredService<PostImporter>().ImportAsync([.. files.Select(f => f.Item2)], "browser tests: claims", "browser-tests",
            cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(count, summary.Imported);
        return [.. files.Select(f => f.sourceId)];
    }

    private async Task CreateEditorAsync(string email)
    {
        using var scope = app.Services.CreateScope();
        var created = await scope.ServiceProvider.GetRequiredService<AccountService>().CreateAsync(email, DashboardApp.ReviewerPassword, Roles.Editor, AccountService.CommandLine);
        Assert.True(created.Succeeded, created.Message);
    }
}
