using Dashboard.Core.Review;
using Dashboard.Web.Features.Review;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Browser.Tests;

public sealed class RoleTests(DashboardApp app)
{
    private const int Slice = 2;

    [Fact]
    public async Task A_lead_can_approve_an_editor_cannot()
    {
        const string name = nameof(A_lead_can_approve_an_editor_cannot);
        var post = (await ReviewSteps.CandidatesAsync(app, Slice))[0];
        var sourceId = post.SourceId;
        BrowserSession.Log($"post {sourceId}");
        var reviews = ReviewSteps.Reviews(app);
        var editor = new Reviewer(DashboardApp.ReviewerEmail, Role.Editor);

        // An editor sent the post for approval.
        var submitted = await reviews.SubmitAsync(sourceId, post.RowVersion, editor, TestContext.Current.CancellationToken);
        Assert.True(submitted.Succeeded, submitted.Message);
        Assert.Equal(ReviewStatus.InReview, submitted.Status);

        await using (var session = await app.OpenAsync($"{name}-editor"))
        {
            var page = session.Page;
            await ReviewSteps.OpenPostAsync(page, sourceId);
            await ReviewSteps.ExpectSignedInAsync(page, DashboardApp.ReviewerEmail, Roles.Editor);
            await Expect(ReviewSteps.StatusChip(page)).ToHaveTextAsync(ReviewStatus.InReview);
            var approve = page.GetByTestId("review-approve");
            await Expect(approve).ToBeDisabledAsync();
            await Expect(page.GetByTestId("review-request-changes")).ToBeDisabledAsync();
            await Expect(page.GetByTestId("review-submit")).ToBeDisabledAsync();

            // The disabled button says why.
            await approve.HoverAsync(new() { Force = true });
            await Expect(ReviewSteps.Tooltip(page, "Only a lead or an admin can approve a post for indexing.")).ToBeVisibleAsync();
            await session.ScreenshotAsync("approve-disabled");
        }

        // The service refuses the editor too, whatever the page offers.
        var refused = await reviews.ApproveAsync(sourceId, submitted.RowVersion, editor, TestContext.Current.CancellationToken);
        Assert.Equal(ReviewFailure.Forbidden, refused.Failure);
        var unchanged = await ReviewSteps.GetAsync(app, sourceId);
        Assert.Equal(ReviewStatus.InReview, unchanged.Status);
        Assert.Equal(submitted.RowVersion, unchanged.RowVersion);
        Assert.True(unchanged.InQueue);

        await using (var session = await app.OpenAsAsync($"{name}-lead", DashboardApp.LeadEmail))
        {
            var page = session.Page;
            await ReviewSteps.OpenPostAsync(page, sourceId);
            await ReviewSteps.ExpectSignedInAsync(page, DashboardApp.LeadEmail, Roles.Lead);
            await Expect(ReviewSteps.StatusChip(page)).ToHaveTextAsync(ReviewStatus.InReview);
            var approve = page.GetByTestId("review-approve");
            await Expect(approve).ToBeEnabledAsync();
            await Expect(page.GetByTestId("review-request-changes")).ToBeEnabledAsync();
            await approve.ClickAsync();
            await Expect(ReviewSteps.Snackbar(page, $"Approved: “{post.Title}”")).ToBeVisibleAsync();
            await ReviewSteps.ExpectMovedOnAsync(page, sourceId);

            await ReviewSteps.OpenPostAsync(page, sourceId);
            await Expect(ReviewSteps.StatusChip(page)).ToHaveTextAsync(ReviewStatus.Approved);
            await Expect(page.GetByTestId("review-approve")).ToBeDisabledAsync();
        }

        var approved = await ReviewSteps.GetAsync(app, sourceId);
        Assert.Equal(ReviewStatus.Approved, approved.Status);
        Assert.False(approved.NeedsHumanReview);
        Assert.False(approved.InQueue);
        var history = await ReviewSteps.ReviewHistoryAsync(app, approved.Id);
        Assert.Equal(
            [(DashboardApp.ReviewerEmail, "sent for approval"), (DashboardApp.LeadEmail, "approved")],
            history.Select(h => (h.Actor, h.Action)));
    }
}
