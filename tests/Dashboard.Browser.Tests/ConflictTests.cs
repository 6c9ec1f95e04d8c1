using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Browser.Tests;

public sealed class ConflictTests(DashboardApp app)
{
    private const int Slice = 1;

    [Fact]
    public async Task Two_pages_editing_one_post_the_later_save_is_refused_and_can_reapply()
    {
        const string name = nameof(Two_pages_editing_one_post_the_later_save_is_refused_and_can_reapply);
        var post = (await ReviewSteps.CandidatesAsync(app, Slice))[0];
        var sourceId = post.SourceId;
        BrowserSession.Log($"post {sourceId}");
        var original = post.Checklist;
        var firstChange = $"{original[0]} (reworded first by the editor)";
        var secondChange = $"added second by the lead to {sourceId}";
        string[] afterFirst = [firstChange, .. original.Skip(1)];
        string[] afterBoth = [.. afterFirst, secondChange];

        // The editor and the lead both open the post's checklist editor on the same revision.
        await using var first = await app.OpenAsync($"{name}-first");
        await using var second = await app.OpenAsAsync($"{name}-second", DashboardApp.LeadEmail);
        var one = first.Page;
        var two = second.Page;
        await ReviewSteps.OpenPostAsync(one, sourceId);
        await ReviewSteps.OpenPostAsync(two, sourceId);
        await ReviewSteps.StartEditingAsync(one, original);
        await ReviewSteps.StartEditingAsync(two, original);
        await ReviewSteps.AddItemAsync(two, secondChange);

        // The first saves.
        await ReviewSteps.DraftInputs(one).First.FillAsync(firstChange);
        await one.GetByTestId("checklist-save").ClickAsync();
        await Expect(ReviewSteps.Snackbar(one, "Checklist saved")).ToBeVisibleAsync();
        await Expect(ReviewSteps.MetaChecklist(one)).ToHaveTextAsync(afterFirst);

        // The second page hears of it at once, and keeps its draft.
        await Expect(ReviewSteps.Snackbar(two, $"Updated by {DashboardApp.ReviewerEmail}: checklist edited")).ToBeVisibleAsync();
        await Expect(two.GetByTestId("checklist-stale")).ToBeVisibleAsync();
        await Expect(ReviewSteps.MetaChecklist(two)).ToHaveTextAsync(afterFirst);
        await Expect(ReviewSteps.DraftInputs(two)).ToHaveCountAsync(original.Count + 1);
        await Expect(ReviewSteps.DraftInputs(two).Last).ToHaveValueAsync(secondChange);

        // Its stale save is refused with a clear message, and nothing is overwritten.
        await two.GetByTestId("checklist-save").ClickAsync();
        var conflict = two.GetByTestId("review-conflict");
        await Expect(conflict).ToBeVisibleAsync();
        await Expect(conflict).ToContainTextAsync(new Regex($"This post was changed by {Regex.Escape(DashboardApp.ReviewerEmail)} \\(checklist edited, \\d\\d:\\d\\d UTC\\) after you opened it\\. Nothing was overwritten"));
        await Expect(conflict).ToContainTextAsync("Your unsaved checklist edits stay in the editor.");
        await Expect(ReviewSteps.Snackbar(two, "Not saved: someone else changed this post first")).ToBeVisibleAsync();
        await second.ScreenshotAsync("conflict");
        Assert.Equal(afterFirst, (await ReviewSteps.GetAsync(app, sourceId)).Checklist);
        await Expect(ReviewSteps.DraftInputs(two).Last).ToHaveValueAsync(secondChange);

        // Reload: the draft stays, the editor shows what was saved meanwhile; the lead takes the first
        // change into the draft and saves.
        await two.GetByTestId("review-conflict-reload").ClickAsync();
        await Expect(conflict).ToHaveCountAsync(0);
        await Expect(two.GetByTestId("checklist-stale")).ToHaveCountAsync(0);
        var reloaded = two.GetByTestId("checklist-reloaded");
        await Expect(reloaded).ToBeVisibleAsync();
        await Expect(reloaded.Locator("li")).ToHaveTextAsync(afterFirst);
        await Expect(ReviewSteps.DraftInputs(two)).ToHaveCountAsync(original.Count + 1);
        await ReviewSteps.DraftInputs(two).First.FillAsync(firstChange);
        await two.GetByTestId("checklist-save").ClickAsync();
        await Expect(ReviewSteps.Snackbar(two, "Checklist saved")).ToBeVisibleAsync();
        await Expect(two.GetByTestId("review-conflict")).ToHaveCountAsync(0);
        await Expect(ReviewSteps.MetaChecklist(two)).ToHaveTextAsync(afterBoth);
        await Expect(ReviewSteps.BodyChecklist(two)).ToHaveTextAsync(afterBoth);

        // The first page follows, and both changes are in the history.
        await Expect(ReviewSteps.Snackbar(one, $"Updated by {DashboardApp.LeadEmail}: checklist edited")).ToBeVisibleAsync();
        await Expect(ReviewSteps.MetaChecklist(one)).ToHaveTextAsync(afterBoth);
        var entries = two.GetByTestId("post-history").GetByTestId("history-entry");
        await Expect(entries.Nth(0)).ToContainTextAsync($"{DashboardApp.LeadEmail} checklist edited");
        await Expect(entries.Nth(1)).ToContainTextAsync($"{DashboardApp.ReviewerEmail} checklist edited");

        var stored = await ReviewSteps.GetAsync(app, sourceId);
        Assert.Equal(afterBoth, stored.Checklist);
        var history = await ReviewSteps.ReviewHistoryAsync(app, stored.Id);
        Assert.Equal(
            [(DashboardApp.ReviewerEmail, "checklist edited"), (DashboardApp.LeadEmail, "checklist edited")],
            history.Select(h => (h.Actor, h.Action)));
    }
}
