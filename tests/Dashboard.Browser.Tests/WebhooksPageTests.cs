using Dashboard.Core.Review;
using Dashboard.Core.Tests.TestData;
using Dashboard.Web.Features.Imports;
using Dashboard.Web.Tests.TestSupport;
using Dashboard.Web.Tests.Webhooks;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Browser.Tests;

/// <summary>An admin registers a local receiver on the Webhooks page, sees its secret once, sees the signed delivery in the log, and replays it.</summary>
public sealed class WebhooksPageTests(DashboardApp app)
{
    private const string SourceId = "alphanode-webhook-page-001";

    [Fact]
    public async Task An_admin_registers_an_endpoint_sees_the_secret_once_the_log_and_replays()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var session = await app.OpenAsAsync(nameof(WebhooksPageTests), "admin@example.test");
        var page = session.Page;
        await page.GotoAsync("admin/webhooks");
        await Expect(page.Locator("[data-testid=webhooks-page][data-interactive=true]")).ToBeAttachedAsync();

        await page.Locator("#webhook-url").FillAsync(receiver.Url);
        await page.GetByText("post.approved", new() { Exact = true }).ClickAsync();
        await Expect(page.GetByRole(Microsoft.Playwright.AriaRole.Checkbox, new() { Name = "post.approved" })).ToBeCheckedAsync();
        await page.GetByTestId("register-webhook").ClickAsync();
        var shown = page.Locator("#webhook-secret");
        await Expect(shown).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^whsec_"));
        var secret = await shown.InputValueAsync();
        await session.ScreenshotAsync("secret");
        await page.GetByTestId("secret-done").ClickAsync();
        await Expect(page.GetByTestId("webhook-secret")).ToHaveCountAsync(0);
        Assert.DoesNotContain(secret, await page.ContentAsync(), StringComparison.Ordinal);
        await Expect(page.GetByTestId("webhook-endpoints")).ToContainTextAsync(receiver.Url);

        // A lead approves a post of this test's own: the dispatcher delivers it, signed.
        var summary = await app.Services.GetRequiredService<PostImporter>().ImportAsync(
            [TestFiles.FromPost($"{SourceId}.txt", PostBuilder.FromSample().WithSourceId(SourceId).WithRevision(ReviewStatus.InReview, "1.0.0").Build())], "browser tests", "browser-tests", cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(1, summary.Imported);
        var post = await ReviewSteps.GetAsync(app, SourceId);
        var approved = await ReviewSteps.Reviews(app).ApproveAsync(SourceId, post.RowVersion, new Reviewer(DashboardApp.LeadEmail, Role.Lead), TestContext.Current.CancellationToken);
        Assert.True(approved.Succeeded, approved.Message);
        var first = await ArrivedAsync(receiver, 1);
        Assert.True(first.IsSignedWith(secret));

        await page.GetByTestId("show-log").First.ClickAsync();
        var log = page.GetByTestId("delivery-log");
        await Expect(log).ToContainTextAsync("post.approved");
        await Expect(log.GetByTestId("delivery-status").First).ToHaveTextAsync("delivered");
        await session.ScreenshotAsync("log");

        await log.GetByTestId("replay").First.ClickAsync();
        var again = await ArrivedAsync(receiver, 2);
        Assert.Equal(first.Events.Single().Id, again.Events.Single().Id);
        await log.GetByTestId("refresh-log").ClickAsync();
        await Expect(log.Locator("td[data-label=Attempts]").First).ToHaveTextAsync("2");
    }

    // The dispatcher polls every 2 s; the deadline only stops a broken run from hanging.
    private static async Task<ReceivedWebhook> ArrivedAsync(WebhookReceiver receiver, int count)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        deadline.CancelAfter(TimeSpan.FromSeconds(60));
        while (receiver.Requests.Count(r => r.Body.Contains(SourceId, StringComparison.Ordinal)) < count)
        {
            await Task.Delay(200, deadline.Token);
        }

        return receiver.Requests.Where(r => r.Body.Contains(SourceId, StringComparison.Ordinal)).ElementAt(count - 1);
    }
}
