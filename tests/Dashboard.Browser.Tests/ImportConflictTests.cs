using Dashboard.Core.Format;
using Dashboard.Core.Review;
using Dashboard.Core.Tests.TestData;
using Dashboard.Web.Data;
using Dashboard.Web.Data.Entities;
using Dashboard.Web.Features.Imports;
using Dashboard.Web.Features.Review;
using Dashboard.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Browser.Tests;

/// <summary>
/// A changed file arrives for a post reviewers already approved: the post page compares the two,
/// and the lead takes the newer file or keeps the reviewed post.
/// </summary>
public sealed class ImportConflictTests(DashboardApp app)
{
    // Each test its own slice of the generated posts (0 to 2 belong to the review tests).
    private const int AcceptSlice = 3;
    private const int DismissSlice = 4;

    private static readonly Reviewer Editor = new(DashboardApp.ReviewerEmail, Role.Editor);
    private static readonly Reviewer Lead = new(DashboardApp.LeadEmail, Role.Lead);

    [Fact]
    public async Task Taking_the_newer_file_replaces_the_content_and_sends_an_approved_post_back_to_review()
    {
        const string name = nameof(Taking_the_newer_file_replaces_the_content_and_sends_an_approved_post_back_to_review);
        var (original, approved) = await ApprovedPostAsync(AcceptSlice);
        var sourceId = approved.SourceId;
        var (newer, batchId) = await ImportChangedCopyAsync(original);
        string[] newerChecklist = [.. newer.Meta.Checklist!];

        await using var session = await app.OpenAsAsync(name, DashboardApp.LeadEmail);
        var page = session.Page;
        await ReviewSteps.OpenPostAsync(page, sourceId);
        await ExpectComparisonAsync(page, approved, original, newer);
        await session.ScreenshotAsync("compare");

        var accept = page.GetByTestId("import-conflict-accept");
        await Expect(accept).ToBeEnabledAsync();
        await Expect(accept).ToHaveTextAsync("Take the newer file");
        await accept.ClickAsync();

        await Expect(ReviewSteps.Snackbar(page, $"Newer file taken: “{approved.Title}”")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("import-conflicts")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("post-title")).ToHaveTextAsync(newer.Title);
        await Expect(ReviewSteps.StatusChip(page)).ToHaveTextAsync(ReviewStatus.InReview);
        await Expect(ReviewSteps.MetaChecklist(page)).ToHaveTextAsync(newerChecklist);
        await Expect(ReviewSteps.BodyChecklist(page)).ToHaveTextAsync(newerChecklist);
        var entries = page.GetByTestId("post-history").GetByTestId("history-entry");
        await Expect(entries.First).ToContainTextAsync($"{DashboardApp.LeadEmail} newer import accepted (batch {batchId})");
        await session.ScreenshotAsync("accepted");

        // A fresh page agrees: nothing is waiting any more.
        await ReviewSteps.OpenPostAsync(page, sourceId);
        await Expect(page.GetByTestId("post-title")).ToHaveTextAsync(newer.Title);
        await Expect(page.GetByTestId("import-conflicts")).ToHaveCountAsync(0);

        var stored = await ReviewSteps.GetAsync(app, sourceId);
        Assert.Equal(newer.Title, stored.Title);
        Assert.Equal(ReviewStatus.InReview, stored.Status);
        Assert.Equal(newerChecklist, stored.Checklist);
        Assert.True(stored.RowVersion > approved.RowVersion);
        var document = PostParser.Parse(stored.Document).Post;
        Assert.NotNull(document);
        Assert.Equal(newer.Title, document.Title);
        Assert.Equal(ReviewStatus.InReview, document.Meta.Revision?.Status);
        Assert.Equal(newerChecklist, document.Meta.Checklist);
        var conflict = Assert.Single(await ConflictsAsync(stored.Id));
        Assert.Equal(batchId, conflict.ImportBatchId);
        Assert.NotNull(conflict.ResolvedAtUtc);
        var history = await ReviewSteps.ReviewHistoryAsync(app, stored.Id);
        Assert.Equal(
            [(DashboardApp.ReviewerEmail, "sent for approval"), (DashboardApp.LeadEmail, "approved"), (DashboardApp.LeadEmail, $"newer import accepted (batch {batchId})")],
            history.Select(h => (h.Actor, h.Action)));
    }

    [Fact]
    public async Task Keeping_the_reviewed_post_leaves_it_approved_and_sets_the_newer_file_aside()
    {
        const string name = nameof(Keeping_the_reviewed_post_leaves_it_approved_and_sets_the_newer_file_aside);
        var (original, approved) = await ApprovedPostAsync(DismissSlice);
        var sourceId = approved.SourceId;
        var (newer, batchId) = await ImportChangedCopyAsync(original);

        await using var session = await app.OpenAsAsync(name, DashboardApp.LeadEmail);
        var page = session.Page;
        await ReviewSteps.OpenPostAsync(page, sourceId);
        await ExpectComparisonAsync(page, approved, original, newer);

        var dismiss = page.GetByTestId("import-conflict-dismiss");
        await Expect(dismiss).ToBeEnabledAsync();
        await Expect(dismiss).ToHaveTextAsync("Keep the reviewed post");
        await dismiss.ClickAsync();

        await Expect(ReviewSteps.Snackbar(page, $"Newer file set aside; the reviewed post is kept: “{approved.Title}”")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("import-conflicts")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("post-title")).ToHaveTextAsync(approved.Title);
        await Expect(ReviewSteps.StatusChip(page)).ToHaveTextAsync(ReviewStatus.Approved);
        await Expect(ReviewSteps.MetaChecklist(page)).ToHaveTextAsync([.. approved.Checklist]);
        // The dismissal is recorded, on the page at once and on a fresh load.
        var shown = page.GetByTestId("post-history").GetByTestId("history-entry");
        await Expect(shown.First).ToContainTextAsync($"{DashboardApp.LeadEmail} newer import dismissed");
        await session.ScreenshotAsync("dismissed");

        await ReviewSteps.OpenPostAsync(page, sourceId);
        await Expect(page.GetByTestId("post-title")).ToHaveTextAsync(approved.Title);
        await Expect(page.GetByTestId("import-conflicts")).ToHaveCountAsync(0);
        var entries = page.GetByTestId("post-history").GetByTestId("history-entry");
        await Expect(entries.First).ToContainTextAsync($"{DashboardApp.LeadEmail} newer import dismissed");

        var stored = await ReviewSteps.GetAsync(app, sourceId);
        Assert.Equal(approved.Title, stored.Title);
        Assert.Equal(ReviewStatus.Approved, stored.Status);
        Assert.Equal(approved.Checklist, stored.Checklist);
        Assert.True(stored.RowVersion > approved.RowVersion, "a dismissal is a recorded change: open pages reload");
        Assert.Equal(approved.Document, stored.Document);
        var conflict = Assert.Single(await ConflictsAsync(stored.Id));
        Assert.Equal(batchId, conflict.ImportBatchId);
        Assert.NotNull(conflict.ResolvedAtUtc);
        var history = await ReviewSteps.ReviewHistoryAsync(app, stored.Id);
        Assert.Equal(
            [(DashboardApp.ReviewerEmail, "sent for approval"), (DashboardApp.LeadEmail, "approved"), (DashboardApp.LeadEmail, "newer import dismissed")],
            history.Select(h => (h.Actor, h.Action)));
    }

    /// <summary>A drafted post of <paramref name="slice"/>, sent for approval by the editor and approved by the lead through the app's service.</summary>
    private async Task<(PostRecord Original, PostRecord Approved)> ApprovedPostAsync(int slice)
    {
        var original = (await ReviewSteps.CandidatesAsync(app, slice))[0];
        BrowserSession.Log($"post {original.SourceId}");
        var reviews = ReviewSteps.Reviews(app);
        var submitted = await reviews.SubmitAsync(original.SourceId, original.RowVersion, Editor, TestContext.Current.CancellationToken);
        Assert.True(submitted.Succeeded, submitted.Message);
        var approvedResult = await reviews.ApproveAsync(original.SourceId, submitted.RowVersion, Lead, TestContext.Current.CancellationToken);
        Assert.True(approvedResult.Succeeded, approvedResult.Message);
        var approved = await ReviewSteps.GetAsync(app, original.SourceId);
        Assert.Equal(ReviewStatus.Approved, approved.Status);
        Assert.True(approved.ReviewerTouched);
        return (original, approved);
    }

    /// <summary>
    /// The post's file as first imported, with a new title and a changed checklist, imported again
    /// through the app's importer: it must wait beside the reviewed post as a conflict.
    /// </summary>
    private async Task<(Post Newer, long BatchId)> ImportChangedCopyAsync(PostRecord original)
    {
        var parsed = PostParser.Parse(original.Document).Post;
        Assert.NotNull(parsed);
        string[] checklist = [$"{original.Checklist[0]} (reworded upstream)", .. original.Checklist.Skip(1), $"added upstream to {original.SourceId}"];
        var newer = PostBuilder.From(parsed).WithTitle(title => $"{title} revised upstream").WithChecklist(checklist).Build();

        var summary = await app.Services.GetRequiredService<PostImporter>().ImportAsync(
            [TestFiles.FromPost($"upstream/{original.SourceId}.txt", newer)],
            $"browser tests: newer file for {original.SourceId}",
            "browser-tests",
            cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(summary.Conflicts == 1, $"Expected one conflict: {summary}");
        Assert.Equal(1, summary.Total);
        Assert.Empty(summary.Errors);

        // The reviewed post itself is untouched until someone decides.
        var stored = await ReviewSteps.GetAsync(app, original.SourceId);
        Assert.Equal(ReviewStatus.Approved, stored.Status);
        Assert.Equal(original.Title, stored.Title);
        var conflict = Assert.Single(await ConflictsAsync(stored.Id));
        Assert.Null(conflict.ResolvedAtUtc);
        return (newer, summary.BatchId);
    }

    /// <summary>The panel compares the reviewed post (left) with the newer file (right).</summary>
    private static async Task ExpectComparisonAsync(IPage page, PostRecord approved, PostRecord original, Post newer)
    {
        var panel = page.GetByTestId("import-conflicts");
        await Expect(panel).ToBeVisibleAsync();
        var table = panel.GetByTestId("import-conflict");
        await Expect(table).ToHaveCountAsync(1);
        await Expect(Cell(table, "title", 2)).ToHaveTextAsync(approved.Title);
        await Expect(Cell(table, "title", 3)).ToHaveTextAsync(newer.Title);
        await Expect(Cell(table, "version", 2)).ToHaveTextAsync(approved.Version);
        await Expect(Cell(table, "version", 3)).ToHaveTextAsync(original.Version);
        await Expect(Cell(table, "status in the file", 2)).ToHaveTextAsync(ReviewStatus.Approved);
        await Expect(Cell(table, "status in the file", 3)).ToHaveTextAsync(original.Status);
        await Expect(Cell(table, "checklist", 2).Locator("li")).ToHaveTextAsync([.. approved.Checklist]);
        await Expect(Cell(table, "checklist", 3).Locator("li")).ToHaveTextAsync([.. newer.Meta.Checklist!]);

        // The page itself still shows the reviewed post.
        await Expect(page.GetByTestId("post-title")).ToHaveTextAsync(approved.Title);
        await Expect(ReviewSteps.StatusChip(page)).ToHaveTextAsync(ReviewStatus.Approved);
    }

    /// <summary>Cell <paramref name="column"/> (1-based) of the comparison row labelled <paramref name="row"/>.</summary>
    private static ILocator Cell(ILocator table, string row, int column) =>
        table.Locator($"xpath=.//tbody/tr[td[1][normalize-space(.)='{row}']]/td[{column}]");

    private async Task<IReadOnlyList<PostConflict>> ConflictsAsync(long postId)
    {
        var contexts = app.Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>();
        await using var db = await contexts.CreateDbContextAsync(TestContext.Current.CancellationToken);
        return await db.PostConflicts.AsNoTracking().Where(c => c.PostId == postId).OrderBy(c => c.Id).ToListAsync(TestContext.Current.CancellationToken);
    }
}
