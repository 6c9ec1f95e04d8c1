using Dashboard.Core.Review;
using Dashboard.Web.Features.Review;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Browser.Tests;

/// <summary>Notes that reach people: a lead's note on the editor's first screen, a mention in the mentioned account's header.</summary>
public sealed class NotesTests(DashboardApp app)
{
    // Each test its own slice of the generated posts (0 to 4 belong to the review and import tests).
    private const int NoteSlice = 6;
    private const int MentionSlice = 7;

    [Fact]
    public async Task A_leads_request_for_changes_is_on_the_first_screen_the_editor_sees_of_the_post()
    {
        const string name = nameof(A_leads_request_for_changes_is_on_the_first_screen_the_editor_sees_of_the_post);
        const string note = "The benchmark table is from 2023: rerun it and cite the source.";
        var post = (await ReviewSteps.CandidatesAsync(app, NoteSlice))[0];
        var sent = await ReviewSteps.Reviews(app).SubmitAsync(post.SourceId, post.RowVersion, new Reviewer(DashboardApp.ReviewerEmail, Role.Editor), TestContext.Current.CancellationToken);
        Assert.True(sent.Succeeded, sent.Message);

        await using (var lead = await app.OpenAsAsync($"{name}-lead", DashboardApp.LeadEmail))
        {
            var page = lead.Page;
            await ReviewSteps.OpenPostAsync(page, post.SourceId);
            await page.GetByTestId("review-request-changes").ClickAsync();
            await page.Locator("[data-testid=request-changes-note] textarea, textarea[data-testid=request-changes-note]").First.FillAsync(note);
            await page.GetByTestId("request-changes-send").ClickAsync();
            await Expect(ReviewSteps.Snackbar(page, "Changes requested")).ToBeVisibleAsync();
        }

        await using var editor = await app.OpenAsync($"{name}-editor");
        var editorPage = editor.Page;
        await ReviewSteps.OpenPostAsync(editorPage, post.SourceId);
        var banner = editorPage.GetByTestId("open-note");
        await Expect(banner).ToBeInViewportAsync();
        await Expect(banner.GetByTestId("open-note-heading")).ToContainTextAsync($"Changes requested by {DashboardApp.LeadEmail}");
        await Expect(banner.GetByTestId("open-note-text")).ToHaveTextAsync(note);
        await editor.ScreenshotAsync("note-on-top");
        // The editor was the one who sent it: the header counts it among their returned posts.
        await editorPage.GetByTestId("inbox-button").ClickAsync();
        await Expect(editorPage.GetByTestId("inbox-returned").Filter(new() { HasText = post.Title })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_mention_appears_live_in_the_mentioned_accounts_header_and_opening_the_post_reads_it()
    {
        const string name = nameof(A_mention_appears_live_in_the_mentioned_accounts_header_and_opening_the_post_reads_it);
        var post = (await ReviewSteps.CandidatesAsync(app, MentionSlice))[0];
        var comment = $"@{DashboardApp.ReviewerEmail} is the second paragraph still true?";

        await using var editor = await app.OpenAsync($"{name}-editor");
        var editorPage = editor.Page;
        await editorPage.GotoAsync("/");
        await Ui.WaitForQueueAsync(editorPage);
        var before = int.Parse(await editorPage.GetByTestId("inbox-button").GetAttributeAsync("data-count") ?? "0", System.Globalization.CultureInfo.InvariantCulture);

        await using (var lead = await app.OpenAsAsync($"{name}-lead", DashboardApp.LeadEmail))
        {
            var page = lead.Page;
            await ReviewSteps.OpenPostAsync(page, post.SourceId);
            await page.Locator("[data-testid=comment-body] textarea, textarea[data-testid=comment-body]").First.FillAsync(comment);
            await page.GetByTestId("comment-add").ClickAsync();
            var added = page.GetByTestId("comment").Filter(new() { HasText = "is the second paragraph still true?" });
            await Expect(added.GetByTestId("comment-mention-name")).ToHaveTextAsync($"@{DashboardApp.ReviewerEmail}");
        }

        // The editor's open page hears of it: the badge counts one more, the menu names the post.
        await Expect(editorPage.GetByTestId("inbox-button")).ToHaveAttributeAsync("data-count", (before + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await editorPage.GetByTestId("inbox-button").ClickAsync();
        var mention = editorPage.GetByTestId("inbox-mention").Filter(new() { HasText = post.Title });
        await Expect(mention).ToContainTextAsync($"{DashboardApp.LeadEmail} mentioned you");
        await editor.ScreenshotAsync("mention-in-header");

        await mention.ClickAsync();
        await Ui.WaitForPostAsync(editorPage);
        await Expect(editorPage.GetByTestId("comment-text").Filter(new() { HasText = "is the second paragraph still true?" })).ToBeVisibleAsync();
        await Expect(editorPage.GetByTestId("inbox-button")).ToHaveAttributeAsync("data-count", before.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
