using Dashboard.Core.Format;
using Dashboard.Core.Review;
using Dashboard.Core.Tests.TestData;
using Dashboard.Web.Data.Entities;
using Dashboard.Web.Features.Imports;
using Dashboard.Web.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Browser.Tests;

/// <summary>
/// The post page as a reviewer works on it: a conflict shows the article's changed words, a
/// greyed-out action says why, decisions have keys and the app bar's keyboard button shows this
/// page's help, and a refused checklist save is merged item by item.
/// </summary>
public sealed class PostScreenTests(DashboardApp app)
{
    // Slices of the generated posts of their own (0 to 7 belong to other tests).
    private const int ConflictSlice = 8;
    private const int DecisionSlice = 9;

    private static readonly Reviewer Editor = new(DashboardApp.ReviewerEmail, Role.Editor);
    private static readonly Reviewer Lead = new(DashboardApp.LeadEmail, Role.Lead);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_newer_file_that_changed_only_the_article_shows_its_words_side_by_side_and_the_queue_finds_the_post()
    {
        const string name = nameof(A_newer_file_that_changed_only_the_article_shows_its_words_side_by_side_and_the_queue_finds_the_post);
        var original = (await ReviewSteps.CandidatesAsync(app, ConflictSlice))[0];
        var approved = await ApproveAsync(original);
        var parsed = PostParser.Parse(original.Document).Post!;
        var first = parsed.Body.OfType<Paragraph>().First();
        var changed = PostBuilder.From(parsed)
            .WithBody([.. parsed.Body.Select(b => ReferenceEquals(b, first) ? new Paragraph($"upstreamword {first.Text}") : b)])
            .Build();
        var summary = await app.Services.GetRequiredService<PostImporter>().ImportAsync(
            [TestFiles.FromPost($"upstream/{original.SourceId}.txt", changed)], $"browser tests: article change for {original.SourceId}", "browser-tests", cancellationToken: Cancel);
        Assert.True(summary.Conflicts == 1, $"Expected one conflict: {summary}");

        await using var session = await app.OpenAsAsync(name, DashboardApp.LeadEmail);
        var page = session.Page;

        // The queue's conflict filter finds the post, approved as it is.
        await page.GotoAsync("/?conflicts=1&size=100");
        await Ui.WaitForQueueAsync(page);
        await Expect(page.Locator("input[data-testid=filter-conflicts], [data-testid=filter-conflicts] input")).ToBeCheckedAsync();
        await Expect(Ui.Titles(page).Filter(new() { HasText = approved.Title })).ToHaveCountAsync(1);
        await session.ScreenshotAsync("queue");

        await ReviewSteps.OpenPostAsync(page, original.SourceId);
        var panel = page.GetByTestId("import-conflicts");
        await Expect(panel.GetByTestId("import-conflict-article")).ToContainTextAsync("differs: 0 words only in the post, 1 word only in the newer file");
        var diff = panel.GetByTestId("import-conflict-article-diff");
        await Expect(diff.GetByTestId("word-diff-after").Locator("ins")).ToHaveTextAsync("upstreamword");
        await Expect(diff.GetByTestId("word-diff-before").Locator("del")).ToHaveCountAsync(0);
        await session.ScreenshotAsync("article-diff");
    }

    [Fact]
    public async Task Greyed_out_actions_say_why_the_keyboard_button_shows_this_pages_help_and_a_approves()
    {
        const string name = nameof(Greyed_out_actions_say_why_the_keyboard_button_shows_this_pages_help_and_a_approves);
        var post = (await ReviewSteps.CandidatesAsync(app, DecisionSlice))[0];
        var sent = await ReviewSteps.Reviews(app).SubmitAsync(post.SourceId, post.RowVersion, Editor, Cancel);
        Assert.True(sent.Succeeded, sent.Message);

        // The editor sees why Send for approval and Approve are greyed out, in the workflow's words.
        await using (var editor = await app.OpenAsync($"{name}-editor"))
        {
            await ReviewSteps.OpenPostAsync(editor.Page, post.SourceId);
            var refusals = editor.Page.GetByTestId("review-refusals");
            await Expect(refusals).ToContainTextAsync($"Send for approval: {ReviewWorkflow.For(ReviewAction.SubmitForApproval)!.NotFrom(ReviewStatus.InReview)}");
            await Expect(refusals).ToContainTextAsync($"Approve: {ReviewWorkflow.For(ReviewAction.Approve)!.RoleRefusal}");
            await editor.ScreenshotAsync("refusals");
        }

        await using var session = await app.OpenAsAsync($"{name}-lead", DashboardApp.LeadEmail);
        var page = session.Page;
        await ReviewSteps.OpenPostAsync(page, post.SourceId);

        // The app bar's keyboard button opens the post page's help, not the queue's.
        await page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Keyboard shortcuts" }).ClickAsync();
        var help = page.GetByTestId("shortcut-help");
        await Expect(help).ToBeVisibleAsync();
        await Expect(help).ToContainTextAsync("approve for the search index");
        await Expect(help).ToContainTextAsync("request changes");
        await Expect(help).Not.ToContainTextAsync("focus the search box");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/posts/{post.SourceId}"));
        await session.ScreenshotAsync("help");
        await page.Keyboard.PressAsync("Escape");
        await Expect(help).ToBeHiddenAsync();

        // a approves, once, and the page moves on.
        await page.Keyboard.PressAsync("a");
        await Expect(ReviewSteps.Snackbar(page, "Approved")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("post-title")).Not.ToHaveTextAsync(post.Title);
        Assert.Equal(ReviewStatus.Approved, (await ReviewSteps.GetAsync(app, post.SourceId)).Status);
        await session.ScreenshotAsync("approved");
    }

    [Fact]
    public async Task A_refused_checklist_save_is_merged_item_by_item_and_saved()
    {
        const string name = nameof(A_refused_checklist_save_is_merged_item_by_item_and_saved);
        var post = (await ReviewSteps.CandidatesAsync(app, DecisionSlice))[^1];
        var original = post.Checklist;
        var mine = $"{original[0]} (reworded by the lead)";
        var theirs = $"{original[0]} (reworded by the editor)";

        await using var first = await app.OpenAsync($"{name}-editor");
        await using var second = await app.OpenAsAsync($"{name}-lead", DashboardApp.LeadEmail);
        await ReviewSteps.OpenPostAsync(first.Page, post.SourceId);
        await ReviewSteps.OpenPostAsync(second.Page, post.SourceId);
        await ReviewSteps.StartEditingAsync(first.Page, original);
        await ReviewSteps.StartEditingAsync(second.Page, original);
        await ReviewSteps.DraftInputs(second.Page).First.FillAsync(mine);
        await ReviewSteps.AddItemAsync(second.Page, "added by the lead");

        await ReviewSteps.DraftInputs(first.Page).First.FillAsync(theirs);
        await first.Page.GetByTestId("checklist-save").ClickAsync();
        await Expect(ReviewSteps.Snackbar(first.Page, "Checklist saved")).ToBeVisibleAsync();

        // The lead's save is refused; the form shows both versions, item by item.
        await second.Page.GetByTestId("checklist-save").ClickAsync();
        var merge = second.Page.GetByTestId("checklist-merge");
        await Expect(merge).ToBeVisibleAsync();
        var rows = merge.GetByTestId("checklist-merge-row");
        await Expect(rows.First.GetByTestId("checklist-merge-mine")).ToHaveTextAsync(mine);
        await Expect(rows.First.GetByTestId("checklist-merge-theirs")).ToHaveTextAsync(theirs);
        await second.ScreenshotAsync("merge");

        // Take theirs for the reworded item, keep the lead's added one.
        await rows.First.GetByTestId("checklist-merge-take-theirs").ClickAsync();
        await merge.GetByTestId("checklist-merge-save").ClickAsync();
        await Expect(ReviewSteps.Snackbar(second.Page, "Merged checklist saved")).ToBeVisibleAsync();
        await Expect(merge).ToHaveCountAsync(0);

        string[] merged = [theirs, .. original.Skip(1), "added by the lead"];
        Assert.Equal(merged, (await ReviewSteps.GetAsync(app, post.SourceId)).Checklist);
        await Expect(ReviewSteps.MetaChecklist(second.Page)).ToHaveTextAsync(merged);
    }

    private async Task<PostRecord> ApproveAsync(PostRecord original)
    {
        var reviews = ReviewSteps.Reviews(app);
        var submitted = await reviews.SubmitAsync(original.SourceId, original.RowVersion, Editor, Cancel);
        Assert.True(submitted.Succeeded, submitted.Message);
        var approved = await reviews.ApproveAsync(original.SourceId, submitted.RowVersion, Lead, Cancel);
        Assert.True(approved.Succeeded, approved.Message);
        return await ReviewSteps.GetAsync(app, original.SourceId);
    }
}
