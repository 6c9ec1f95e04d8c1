using Dashboard.Core.Review;
using Dashboard.Core.Tests.TestData;
using Dashboard.Web.Data;
using Dashboard.Web.Features.Imports;
using Dashboard.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Browser.Tests;

/// <summary>A double review in the browser: the first lead's approval is a blind vote, an admin disagrees, a lead decides.</summary>
public sealed class DoubleReviewTests(DashboardApp app)
{
    /// <summary>
    /// The shared app's <c>Review:DoubleReviewShare</c>: so small that no seeded post is chosen (the
    /// test checks), while this test imports a post whose source id is.
    /// </summary>
    public const string Share = "0.00001";

    [Fact]
    public async Task A_disagreement_between_two_blind_reviews_goes_to_a_lead_whose_decision_takes_effect()
    {
        const string name = nameof(A_disagreement_between_two_blind_reviews_goes_to_a_lead_whose_decision_takes_effect);
        var share = double.Parse(Share, System.Globalization.CultureInfo.InvariantCulture);
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken))
        {
            var seeded = await db.Posts.Select(p => p.SourceId).ToListAsync(TestContext.Current.CancellationToken);
            Assert.DoesNotContain(seeded, id => DoubleReview.IsChosen(id, share));
        }

        var sourceId = Enumerable.Range(0, 10_000_000).Select(i => $"double-review-{i}").First(id => DoubleReview.IsChosen(id, share));
        var post = PostBuilder.FromSample().WithTitle(t => $"{t} {sourceId}").WithSourceId(sourceId).WithRevision(ReviewStatus.InReview, "1.0.0").NeedingReview(true).Build();
        var summary = await app.Services.GetRequiredService<PostImporter>().ImportAsync([TestFiles.FromPost($"{sourceId}.txt", post)], "browser tests: double review", "browser-tests", cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(1, summary.Imported);

        await using (var lead = await app.OpenAsAsync($"{name}-first", DashboardApp.LeadEmail))
        {
            await ReviewSteps.OpenPostAsync(lead.Page, sourceId);
            await lead.Page.GetByTestId("review-approve").ClickAsync();
            await Expect(ReviewSteps.Snackbar(lead.Page, "first of two independent reviews")).ToBeVisibleAsync();
        }

        await using (var admin = await app.OpenAsAsync($"{name}-second", "admin@example.test"))
        {
            var page = admin.Page;
            await ReviewSteps.OpenPostAsync(page, sourceId);
            // Blind: still in review, and nothing on the page says what the first review decided.
            await Expect(ReviewSteps.StatusChip(page)).ToHaveTextAsync(ReviewStatus.InReview);
            await Expect(page.GetByTestId("history-entry").First).ToContainTextAsync("first of two independent reviews given");
            await Expect(page.GetByTestId("disagreement-banner")).ToHaveCountAsync(0);
            await Expect(page.GetByTestId("history-entry").First).Not.ToContainTextAsync("approve");
            await page.GetByTestId("review-request-changes").ClickAsync();
            await page.Locator("[data-testid=request-changes-note] textarea, textarea[data-testid=request-changes-note]").First.FillAsync("the second half repeats the first");
            await page.GetByTestId("request-changes-send").ClickAsync();
            await Expect(ReviewSteps.Snackbar(page, "a lead decides")).ToBeVisibleAsync();
        }

        Assert.Equal(ReviewStatus.InReview, (await ReviewSteps.GetAsync(app, sourceId)).Status);

        await using (var lead = await app.OpenAsAsync($"{name}-lead", DashboardApp.LeadEmail))
        {
            var page = lead.Page;
            await page.GotoAsync("/double-review");
            var row = page.GetByTestId("disagreement").Filter(new() { HasText = sourceId });
            await Expect(row).ToContainTextAsync("approve");
            await Expect(row).ToContainTextAsync("request changes");
            await row.GetByRole(Microsoft.Playwright.AriaRole.Link).ClickAsync();
            await Ui.WaitForPostAsync(page);
            await Expect(page.GetByTestId("disagreement-banner")).ToContainTextAsync("the second half repeats the first");
            await lead.ScreenshotAsync("disagreement");
            await page.GetByTestId("review-approve").ClickAsync();
            await Expect(ReviewSteps.Snackbar(page, "Approved")).ToBeVisibleAsync();
        }

        Assert.Equal(ReviewStatus.Approved, (await ReviewSteps.GetAsync(app, sourceId)).Status);
    }
}
