using System.Text.RegularExpressions;
using Dashboard.Core.Format;
using Dashboard.Core.Review;
using Dashboard.Core.Tests.TestData;
using Dashboard.Web.Features.Imports;
using Dashboard.Web.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Browser.Tests;

/// <summary>
/// A decision never carries over to a post the reviewer has not seen: after Approve the next post
/// opens with the focus on its title, Enter pressed again (held, or pressed once more) approves
/// nothing, and the approval is one Undo away.
/// </summary>
public sealed class ApproveFocusTests(DashboardApp app)
{
    // A word no generated title holds: searching it gives a queue of this test's posts only.
    private const string Word = "keyrepeatguard";
    private const int Posts = 3;

    [Fact]
    public async Task Enter_pressed_again_after_approve_approves_nothing_more_the_focus_is_on_the_next_title_and_undo_puts_the_post_back()
    {
        const string name = nameof(Enter_pressed_again_after_approve_approves_nothing_more_the_focus_is_on_the_next_title_and_undo_puts_the_post_back);
        var ids = await ImportInReviewAsync();

        await using var lead = await app.OpenAsAsync(name, DashboardApp.LeadEmail);
        var page = lead.Page;
        await page.GotoAsync($"/?q={Word}");
        await Ui.WaitForQueueAsync(page);
        await Expect(Ui.Titles(page)).ToHaveCountAsync(Posts);
        var rows = await Ui.ReadRowsAsync(page);
        var first = rows[0];
        await page.GotoAsync(first.Href);
        await Ui.WaitForPostAsync(page);
        await Expect(page.GetByTestId("post-title")).ToHaveTextAsync(first.Title);

        // Enter on Approve, then the key held down, then pressed again and again over three seconds.
        var approve = page.GetByTestId("review-approve");
        await Expect(approve).ToBeEnabledAsync();
        await approve.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        for (var i = 0; i < 15; i++)
        {
            await page.Keyboard.DownAsync("Enter");
            await page.WaitForTimeoutAsync(40);
        }

        await page.Keyboard.UpAsync("Enter");
        for (var i = 0; i < 6; i++)
        {
            await page.WaitForTimeoutAsync(400);
            await page.Keyboard.PressAsync("Enter");
        }

        // Exactly one post was approved, and the one now shown has the focus on its title.
        var after = await app.GetPostsAsync(ids);
        Assert.Equal([first.SourceId], after.Where(p => p.Status == ReviewStatus.Approved).Select(p => p.SourceId));
        Assert.All(after.Where(p => p.SourceId != first.SourceId), p => Assert.Equal(ReviewStatus.InReview, p.Status));
        await Expect(page).Not.ToHaveURLAsync(new Regex($"/posts/{Regex.Escape(first.SourceId)}\\?"));
        var shown = page.GetByTestId("post-title");
        await Expect(shown).ToBeFocusedAsync();
        Assert.Contains(await shown.TextContentAsync(), rows.Skip(1).Select(r => r.Title));
        await Expect(ReviewSteps.StatusChip(page)).ToHaveTextAsync(ReviewStatus.InReview);
        await lead.ScreenshotAsync("moved-on");

        // The approval's snackbar undoes it and opens the post again.
        await ReviewSteps.Snackbar(page, $"Approved: “{first.Title}”").GetByRole(AriaRole.Button, new() { Name = "Undo" }).ClickAsync();

        await Expect(ReviewSteps.Snackbar(page, $"Undone: “{first.Title}”")).ToBeVisibleAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/posts/{Regex.Escape(first.SourceId)}\\?"));
        await Expect(page.GetByTestId("post-title")).ToHaveTextAsync(first.Title);
        await Expect(ReviewSteps.StatusChip(page)).ToHaveTextAsync(ReviewStatus.InReview);
        await Expect(page.GetByTestId("history-entry").First).ToContainTextAsync($"{DashboardApp.LeadEmail} undone (approved)");
        var restored = await ReviewSteps.GetAsync(app, first.SourceId);
        Assert.Equal((ReviewStatus.InReview, true, true), (restored.Status, restored.NeedsHumanReview, restored.InQueue));
        Assert.Equal(
            [(DashboardApp.LeadEmail, "approved"), (DashboardApp.LeadEmail, "undone (approved)")],
            (await ReviewSteps.ReviewHistoryAsync(app, restored.Id)).Select(h => (h.Actor, h.Action)));
    }

    /// <summary>
    /// Copies of the sample post, in review and flagged for a person, with the word in their
    /// titles. Their source ids are outside the generated range, so no other test's slice moves.
    /// </summary>
    private async Task<IReadOnlyList<string>> ImportInReviewAsync()
    {
        var sample = PostParser.Parse((await ReviewSteps.GetAsync(app, DashboardApp.SampleSourceId)).Document).Post;
        Assert.NotNull(sample);
        var files = new List<ImportFile>();
        var ids = new List<string>();
        for (var i = 1; i <= Posts; i++)
        {
            var sourceId = $"enter-repeat-{i}";
            var post = PostBuilder.From(sample)
                .WithTitle($"{Word} {i}: {sample.Title}")
                .WithSourceId(sourceId)
                .WithRevision(ReviewStatus.InReview, "1.0.0")
                .NeedingReview()
                .Build();
            files.Add(TestFiles.FromPost($"enter-repeat/{sourceId}.txt", post));
            ids.Add(sourceId);
        }

        var summary = await app.Services.GetRequiredService<PostImporter>().ImportAsync(
            files, "browser tests: posts for Enter pressed again", "browser-tests", cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(Posts, summary.Imported);
        return ids;
    }
}
