using System.Text.Json;
using System.Text.RegularExpressions;
using Dashboard.Core.Format;
using Dashboard.Core.Review;
using Dashboard.Web.Features.Accounts;
using Dashboard.Web.Features.Queue;
using Dashboard.Web.Features.Review;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Browser.Tests;

public sealed class ReviewWorkflowTests(DashboardApp app)
{
    private const int Slice = 0;

    [Fact]
    public async Task Editor_fixes_and_bumps_then_lead_approves_and_the_post_leaves_the_queue_for_the_index_feed()
    {
        const string name = nameof(Editor_fixes_and_bumps_then_lead_approves_and_the_post_leaves_the_queue_for_the_index_feed);

        // A draft of this test's own slice that a word of its title finds on the queue's first page.
        var (post, word) = await PickAsync();
        var sourceId = post.SourceId;
        BrowserSession.Log($"post {sourceId}, search word \"{word}\"");
        var original = post.Checklist;
        var reworded = $"{original[0]} (reworded for {sourceId})";
        var added = $"confirm the index feed carries {sourceId}";
        string[] checklist = [reworded, .. original.Skip(1), added];
        var bumped = ReviewPolicy.Bump(SemVersion.Parse(post.Version), VersionBump.Patch).ToString();

        await using (var editor = await app.OpenAsAsync($"{name}-editor", DashboardApp.ReviewerEmail))
        {
            var page = editor.Page;

            // The queue's search finds the post before it is approved.
            await page.GotoAsync($"/?q={Uri.EscapeDataString(word)}");
            await Ui.WaitForQueueAsync(page);
            await Expect(TitleLinkOf(page, sourceId)).ToHaveCountAsync(1);

            await ReviewSteps.OpenPostAsync(page, sourceId);
            await ReviewSteps.ExpectSignedInAsync(page, DashboardApp.ReviewerEmail, Roles.Editor);
            await Expect(ReviewSteps.StatusChip(page)).ToHaveTextAsync(ReviewStatus.Drafted);
            await Expect(page.GetByTestId("review-approve")).ToBeDisabledAsync();

            // Reword one item, add one, save: both copies of the checklist show the new items.
            await ReviewSteps.StartEditingAsync(page, original);
            await ReviewSteps.DraftInputs(page).First.FillAsync(reworded);
            await ReviewSteps.AddItemAsync(page, added);
            await page.GetByTestId("checklist-save").ClickAsync();
            await Expect(ReviewSteps.Snackbar(page, "Checklist saved")).ToBeVisibleAsync();
            await Expect(page.GetByTestId("checklist-save")).ToHaveCountAsync(0);
            await Expect(ReviewSteps.MetaChecklist(page)).ToHaveTextAsync(checklist);
            await Expect(ReviewSteps.BodyChecklist(page)).ToHaveTextAsync(checklist);
            await Expect(page.GetByTestId("checklist-items").Locator("li")).ToHaveTextAsync(checklist);

            // Bump the patch version.
            await page.GetByTestId("review-bump").ClickAsync();
            await page.GetByTestId("review-bump-patch").ClickAsync();
            await Expect(page.GetByTestId("post-version")).ToHaveTextAsync($"v{bumped}");
            await Expect(ReviewSteps.Snackbar(page, $"Version bumped to v{bumped}")).ToBeVisibleAsync();
            await Expect(page.GetByTestId("history-entry").Nth(0)).ToContainTextAsync($"{DashboardApp.ReviewerEmail} version bumped (patch)");
            await Expect(page.GetByTestId("history-entry").Nth(1)).ToContainTextAsync($"{DashboardApp.ReviewerEmail} checklist edited");
            await editor.ScreenshotAsync("edited");

            // Send for approval: the page moves on to the next post of the queue.
            await page.GetByTestId("review-submit").ClickAsync();
            await page.GetByTestId("send-for-approval-send").ClickAsync();
            await Expect(ReviewSteps.Snackbar(page, $"Sent for approval: “{post.Title}”")).ToBeVisibleAsync();
            await ReviewSteps.ExpectMovedOnAsync(page, sourceId);
            await ReviewSteps.OpenPostAsync(page, sourceId);
            await Expect(ReviewSteps.StatusChip(page)).ToHaveTextAsync(ReviewStatus.InReview);
            await Expect(page.GetByTestId("post-version")).ToHaveTextAsync($"v{bumped}");
            await Expect(page.GetByTestId("review-approve")).ToBeDisabledAsync();
            await Expect(page.GetByTestId("review-submit")).ToBeDisabledAsync();
        }

        var submitted = await ReviewSteps.GetAsync(app, sourceId);
        Assert.Equal(ReviewStatus.InReview, submitted.Status);
        Assert.Equal(bumped, submitted.Version);
        Assert.Equal(checklist, submitted.Checklist);
        Assert.True(submitted.InQueue, "A post in review waits in the queue for a lead.");

        // An indexer's token; the feed holds approved posts only, so not this one yet.
        var token = await CreateIndexerTokenAsync();
        await using var indexer = await app.ApiRequest.NewContextAsync(new APIRequestNewContextOptions
        {
            BaseURL = app.BaseAddress.ToString(),
            ExtraHTTPHeaders = new Dictionary<string, string> { ["Authorization"] = $"Bearer {token}" },
            Timeout = DashboardApp.TimeoutMs,
        });
        Assert.DoesNotContain(sourceId, (await ReadFeedAsync(indexer)).Keys);

        var dayBefore = ReviewSteps.TodayUtc();
        await using (var lead = await app.OpenAsAsync($"{name}-lead", DashboardApp.LeadEmail))
        {
            var page = lead.Page;
            await ReviewSteps.OpenPostAsync(page, sourceId);
            await ReviewSteps.ExpectSignedInAsync(page, DashboardApp.LeadEmail, Roles.Lead);
            await Expect(ReviewSteps.StatusChip(page)).ToHaveTextAsync(ReviewStatus.InReview);
            await Expect(page.GetByTestId("post-version")).ToHaveTextAsync($"v{bumped}");
            await Expect(ReviewSteps.MetaChecklist(page)).ToHaveTextAsync(checklist);

            await Expect(page.GetByTestId("review-approve")).ToBeEnabledAsync();
            await page.GetByTestId("review-approve").ClickAsync();
            await Expect(ReviewSteps.Snackbar(page, $"Approved: “{post.Title}”")).ToBeVisibleAsync();
            await ReviewSteps.ExpectMovedOnAsync(page, sourceId);

            // The approved post, opened again.
            await ReviewSteps.OpenPostAsync(page, sourceId);
            await Expect(ReviewSteps.StatusChip(page)).ToHaveTextAsync(ReviewStatus.Approved);
            await Expect(page.GetByTestId("revision-box")).ToContainTextAsync(new Regex(
                $"Last reviewed: ({dayBefore:yyyy-MM-dd}|{ReviewSteps.TodayUtc():yyyy-MM-dd})"));
            await Expect(page.GetByTestId("revision-box")).Not.ToContainTextAsync("needs human review");
            await Expect(page.GetByTestId("flags-box").GetByTestId("flag-chip").Filter(new() { HasText = "needs human review" })).ToHaveTextAsync("needs human review: 0");

            // It has left the queue: the same search no longer lists it.
            var expected = await app.QueryAsync(new QueueFilter { Search = word });
            Assert.DoesNotContain(sourceId, expected.Rows.Select(r => r.SourceId));
            await page.GotoAsync($"/?q={Uri.EscapeDataString(word)}");
            await Expect(page.Locator("body[data-shortcuts='queue']")).ToBeAttachedAsync();
            await Expect(page.GetByTestId("queue-total")).ToHaveTextAsync(Ui.TotalText(expected.Total));
            await Expect(Ui.Titles(page)).ToHaveCountAsync(expected.Rows.Count);
            await Expect(TitleLinkOf(page, sourceId)).ToHaveCountAsync(0);
        }

        var approved = await ReviewSteps.GetAsync(app, sourceId);
        Assert.Equal(ReviewStatus.Approved, approved.Status);
        Assert.Contains(approved.LastReviewed, (DateOnly?[])[dayBefore, ReviewSteps.TodayUtc()]);
        Assert.False(approved.NeedsHumanReview);
        Assert.False(approved.InQueue);
        Assert.Equal(bumped, approved.Version);
        var history = await ReviewSteps.ReviewHistoryAsync(app, approved.Id);
        Assert.Equal(
            [(DashboardApp.ReviewerEmail, "checklist edited"), (DashboardApp.ReviewerEmail, "version bumped (patch)"), (DashboardApp.ReviewerEmail, "sent for approval"), (DashboardApp.LeadEmail, "approved")],
            history.Select(h => (h.Actor, h.Action)));

        // The index feed now carries it, with the new version and checklist.
        var feed = await ReadFeedAsync(indexer);
        Assert.True(feed.TryGetValue(sourceId, out var item), $"The index feed does not hold {sourceId}.");
        Assert.Equal(bumped, item.GetProperty("version").GetString());
        Assert.Equal(approved.LastReviewed?.ToString("yyyy-MM-dd"), item.GetProperty("lastReviewed").GetString());
        var document = PostParser.Parse(item.GetProperty("document").GetString()!).Post;
        Assert.NotNull(document);
        Assert.Equal(checklist, document.Meta.Checklist);
        Assert.Equal(checklist, document.Body.SkipWhile(b => b is not Heading { Text: "implementation checklist" }).OfType<BulletList>().First().Items);
        Assert.Equal(ReviewStatus.Approved, document.Meta.Revision?.Status);
        Assert.Equal(bumped, document.Meta.Revision?.Version.ToString());
        Assert.False(document.Meta.Flags?.NeedsHumanReview);
    }

    private static ILocator TitleLinkOf(IPage page, string sourceId) =>
        page.Locator($"[data-testid=queue-grid] a[data-testid=queue-title][href^='/posts/{Uri.EscapeDataString(sourceId)}?']");

    /// <summary>A post of this test's slice, and the word of its title with the fewest queue matches (the post on the first page).</summary>
    private async Task<(Dashboard.Web.Data.Entities.PostRecord Post, string Word)> PickAsync()
    {
        foreach (var post in await ReviewSteps.CandidatesAsync(app, Slice))
        {
            string? best = null;
            var fewest = int.MaxValue;
            foreach (var word in post.Title.Split(' ').Where(w => w.Length >= 4 && w.All(char.IsLetter)).Distinct())
            {
                var result = await app.QueryAsync(new QueueFilter { Search = word });
                if (result.Total < fewest && result.Rows.Any(r => r.SourceId == post.SourceId))
                {
                    (best, fewest) = (word, result.Total);
                }
            }

            if (best is not null)
            {
                return (post, best);
            }
        }

        throw new InvalidOperationException("No post of the slice is found on the queue's first page by a word of its title.");
    }

    private async Task<string> CreateIndexerTokenAsync()
    {
        var tokens = app.Services.GetRequiredService<TokenService>();
        var created = await tokens.CreateAsync(
            $"browser-tests-indexer-{Guid.NewGuid():N}", Roles.Lead, new Reviewer("browser-tests", Role.Admin), TestContext.Current.CancellationToken);
        return created.Token ?? throw new InvalidOperationException($"No token was created: {created.Result}");
    }

    /// <summary>GET /api/index/feed: each NDJSON line by its source id.</summary>
    private static async Task<IReadOnlyDictionary<string, JsonElement>> ReadFeedAsync(IAPIRequestContext indexer)
    {
        var response = await indexer.GetAsync("api/index/feed");
        Assert.Equal(200, response.Status);
        Assert.StartsWith("application/x-ndjson", response.Headers["content-type"], StringComparison.Ordinal);
        var lines = (await response.TextAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return lines.Select(line => JsonDocument.Parse(line).RootElement.Clone())
            .ToDictionary(e => e.GetProperty("sourceId").GetString()!, StringComparer.Ordinal);
    }
}
