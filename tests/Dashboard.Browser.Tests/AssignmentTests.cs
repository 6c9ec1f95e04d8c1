using Dashboard.Core.Review;
using Dashboard.Core.Tests.TestData;
using Dashboard.Web.Data;
using Dashboard.Web.Features.Aging;
using Dashboard.Web.Features.Imports;
using Dashboard.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Browser.Tests;

/// <summary>A lead assigns posts from the queue's bulk toolbar; the editor finds them in My work; the Overview counts the overdue ones.</summary>
public sealed class AssignmentTests(DashboardApp app)
{
    [Fact]
    public async Task A_lead_assigns_posts_in_the_browser_and_the_editor_sees_them_in_my_work()
    {
        const string name = nameof(A_lead_assigns_posts_in_the_browser_and_the_editor_sees_them_in_my_work);
        // Posts of this test's own, found by one word of their titles, waiting long enough to be overdue.
        var word = $"assignable{Guid.NewGuid():N}"[..20];
        var posts = await ImportOverdueAsync(word, 3);

        await using (var lead = await app.OpenAsAsync($"{name}-lead", DashboardApp.LeadEmail))
        {
            var page = lead.Page;
            await page.GotoAsync($"/?q={word}");
            await Ui.WaitForQueueAsync(page);
            await Expect(Ui.Titles(page)).ToHaveCountAsync(posts.Count);
            await Expect(page.GetByTestId("waiting-overdue")).ToHaveCountAsync(posts.Count);

            await page.Locator("[data-testid=queue-grid] thead .mud-checkbox").First.ClickAsync();
            await page.GetByTestId("bulk-assign").ClickAsync();
            var dialog = page.GetByTestId("assign-dialog");
            await Expect(dialog).ToBeVisibleAsync();
            await dialog.GetByTestId("assign-reviewers").ClickAsync();
            await page.Locator(".mud-popover-open .mud-list-item", new PageLocatorOptions { HasText = DashboardApp.ReviewerEmail }).ClickAsync();
            // Close the list by clicking beside it, on the dialog's title.
            await page.Locator(".mud-dialog-title").ClickAsync();
            await page.GetByTestId("assign-dry-run").ClickAsync();
            await Expect(page.GetByTestId("assign-summary")).ToContainTextAsync($"{posts.Count} posts: {DashboardApp.ReviewerEmail} {posts.Count}");
            await lead.ScreenshotAsync("dry-run");
            await page.GetByTestId("assign-confirm").ClickAsync();
            await Expect(ReviewSteps.Snackbar(page, $"Assigned {posts.Count} posts")).ToBeVisibleAsync();
            await Expect(page.GetByTestId("queue-assignee").Filter(new LocatorFilterOptions { HasText = DashboardApp.ReviewerEmail })).ToHaveCountAsync(posts.Count);
            await lead.ScreenshotAsync("assigned");
        }

        await using (var editor = await app.OpenAsAsync($"{name}-editor", DashboardApp.ReviewerEmail))
        {
            var page = editor.Page;
            await page.GotoAsync("/my-work");
            var titles = page.GetByTestId("my-work-title").Filter(new LocatorFilterOptions { HasText = word });
            await Expect(titles).ToHaveCountAsync(posts.Count);
            await Expect(page.GetByTestId("my-work-overdue")).ToBeVisibleAsync();
            await editor.ScreenshotAsync("my-work");

            await page.GotoAsync("/overview");
            var overdue = await app.Services.GetRequiredService<AgingQuery>().OverdueCountAsync(TestContext.Current.CancellationToken);
            Assert.True(overdue >= posts.Count, $"{overdue} overdue");
            await Expect(page.GetByTestId("overview-overdue")).ToHaveTextAsync($"{overdue:N0} overdue");
            await editor.ScreenshotAsync("overview-overdue");
        }

        var stored = await app.GetPostsAsync(posts);
        Assert.All(stored, p => Assert.Equal(DashboardApp.ReviewerEmail, p.AssigneeName));
    }

    private async Task<IReadOnlyList<string>> ImportOverdueAsync(string word, int count)
    {
        var ids = Enumerable.Range(0, count).Select(i => $"{word}-{i}").ToList();
        var files = ids.Select(id => TestFiles.FromPost($"{id}.txt", PostBuilder.FromSample()
            .WithSourceId(id).WithTitle($"Assigned in the browser {word} {id}").WithRevision(ReviewStatus.Drafted, "1.0.0").NeedingReview().Build()));
        var summary = await app.Services.GetRequiredService<PostImporter>().ImportAsync(files, "browser tests: assignment", "browser-tests", cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(count, summary.Imported);

        await using var db = await app.Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        var longAgo = DateTime.UtcNow.AddDays(-30);
        await db.Posts.Where(p => ids.Contains(p.SourceId)).ExecuteUpdateAsync(s => s.SetProperty(p => p.StatusSinceUtc, longAgo), TestContext.Current.CancellationToken);
        return ids;
    }
}
