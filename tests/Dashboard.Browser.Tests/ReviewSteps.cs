using System.Text.RegularExpressions;
using Dashboard.Core.Review;
using Dashboard.Web.Data;
using Dashboard.Web.Data.Entities;
using Dashboard.Web.Features.Review;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Browser.Tests;

/// <summary>
/// What the review workflow tests share: their own posts (each test a different slice of the
/// generated drafts, so no test changes a post another one reads), the review UI's locators and
/// the stored state to check the UI against.
/// </summary>
internal static class ReviewSteps
{
    /// <summary>How many generated posts each test's slice holds.</summary>
    private const int SliceSize = 30;

    /// <summary>
    /// The posts of slice <paramref name="slice"/> that are still drafted, in the queue, untouched by
    /// reviewers, with a checklist of two to seven items. A slice is cut from the generated posts in
    /// source id order (neither the sample nor the hostile post, which other tests read), by
    /// position alone, so what one test does to its posts never moves another test's slice.
    /// </summary>
    public static async Task<IReadOnlyList<PostRecord>> CandidatesAsync(DashboardApp app, int slice)
    {
        var contexts = app.Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>();
        await using var db = await contexts.CreateDbContextAsync(TestContext.Current.CancellationToken);
        var generated = await db.Posts.AsNoTracking()
            .Where(p => p.SourceId.StartsWith("alphanode-") && p.SourceId != DashboardApp.SampleSourceId && p.SourceId != MaliciousPost.SourceId)
            .OrderBy(p => p.SourceId)
            .ToListAsync(TestContext.Current.CancellationToken);
        Assert.True(generated.Count >= (slice + 1) * SliceSize, $"Only {generated.Count} generated posts to pick from.");
        var candidates = generated.Skip(slice * SliceSize).Take(SliceSize)
            .Where(p => p.InQueue && p.Status == ReviewStatus.Drafted && !p.ReviewerTouched && p.Checklist.Count is >= 2 and <= 7)
            .ToList();
        Assert.NotEmpty(candidates);
        return candidates;
    }

    public static async Task<PostRecord> GetAsync(DashboardApp app, string sourceId) => (await app.GetPostsAsync([sourceId])).Single();

    /// <summary>What reviewers did to the post (not its imports), oldest first.</summary>
    public static async Task<IReadOnlyList<PostHistoryEntry>> ReviewHistoryAsync(DashboardApp app, long postId)
    {
        var contexts = app.Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>();
        await using var db = await contexts.CreateDbContextAsync(TestContext.Current.CancellationToken);
        return await db.PostHistory.AsNoTracking().Where(h => h.PostId == postId && h.ImportBatchId == null)
            .OrderBy(h => h.Id).ToListAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>Today as the review service dates an approval (UTC).</summary>
    public static DateOnly TodayUtc() => DateOnly.FromDateTime(DateTime.UtcNow);

    public static ReviewService Reviews(DashboardApp app) => app.Services.GetRequiredService<ReviewService>();

    /// <summary>A snackbar whose text contains <paramref name="text"/>.</summary>
    public static ILocator Snackbar(IPage page, string text) => page.Locator(".mud-snackbar").Filter(new() { HasText = text });

    /// <summary>The list under the body's "implementation checklist" heading.</summary>
    public static ILocator BodyChecklist(IPage page) =>
        page.GetByTestId("post-body").Locator("xpath=.//h2[normalize-space(.)='implementation checklist']/following-sibling::ul[1]/li");

    public static ILocator MetaChecklist(IPage page) => page.GetByTestId("meta-box").GetByTestId("meta-checklist").Locator("li");

    public static ILocator StatusChip(IPage page) => page.GetByTestId("revision-box").GetByTestId("status-chip");

    /// <summary>The text boxes of the checklist draft, in order.</summary>
    public static ILocator DraftInputs(IPage page) => page.GetByTestId("checklist-draft-item").Locator(".mud-input-slot");

    public static ILocator NewItemInput(IPage page) =>
        page.Locator("[data-testid=checklist-new-item] input, input[data-testid=checklist-new-item]");

    /// <summary>A MudBlazor tooltip showing <paramref name="text"/>.</summary>
    public static ILocator Tooltip(IPage page, string text) => page.Locator(".mud-tooltip").Filter(new() { HasText = text });

    /// <summary>Opens the post and waits until its circuit is up.</summary>
    public static async Task OpenPostAsync(IPage page, string sourceId)
    {
        await page.GotoAsync($"/posts/{Uri.EscapeDataString(sourceId)}");
        await Ui.WaitForPostAsync(page);
        await Expect(Ui.Field(page.GetByTestId("provenance-box"), "source id")).ToHaveTextAsync(sourceId);
    }

    /// <summary>
    /// Waits until the page moved on from the post (to the next one of the queue, or to the queue)
    /// after an action that finishes the work on it, so that opening a page next cannot race it.
    /// </summary>
    public static Task ExpectMovedOnAsync(IPage page, string sourceId) =>
        Expect(page).Not.ToHaveURLAsync(new Regex($"/posts/{Regex.Escape(Uri.EscapeDataString(sourceId))}$"));

    /// <summary>Opens the checklist editor and waits until it holds the <paramref name="items"/>.</summary>
    public static async Task StartEditingAsync(IPage page, IReadOnlyList<string> items)
    {
        await page.GetByTestId("checklist-edit").ClickAsync();
        await Expect(DraftInputs(page)).ToHaveCountAsync(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            await Expect(DraftInputs(page).Nth(i)).ToHaveValueAsync(items[i]);
        }
    }

    /// <summary>Types a new item and adds it to the draft.</summary>
    public static async Task AddItemAsync(IPage page, string text)
    {
        var count = await DraftInputs(page).CountAsync();
        await NewItemInput(page).FillAsync(text);
        await page.GetByTestId("checklist-add").ClickAsync();
        await Expect(DraftInputs(page)).ToHaveCountAsync(count + 1);
        await Expect(DraftInputs(page).Nth(count)).ToHaveValueAsync(text);
    }

    /// <summary>The signed-in reviewer as the review panel shows them (name · role).</summary>
    public static Task ExpectSignedInAsync(IPage page, string email, string role) =>
        Expect(page.GetByTestId("review-signed-in")).ToHaveTextAsync($"{email} · {role}");
}
