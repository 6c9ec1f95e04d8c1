using Dashboard.Core.Checks;
using Dashboard.Core.Format;
using Dashboard.Core.Generation;
using Dashboard.Web.Features.Imports;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Browser.Tests;

public sealed class ChecksTests(DashboardApp app)
{
    [Fact]
    public async Task A_failing_post_shows_its_check_on_the_post_page_and_the_queue_filter_finds_it()
    {
        // A post of its own that repeats a sentence: a check that points at an article line.
        var generator = new PostGenerator(new GeneratorOptions { Seed = 41, NeedsReviewShare = 1 });
        var post = generator.GenerateFailing(910_001, Check.RepeatedSentences, DateOnly.FromDateTime(DateTime.UtcNow)).Post;
        var summary = await app.Services.GetRequiredService<PostImporter>().ImportAsync(
            [new ImportFile($"{post.SourceId}.txt", () => new MemoryStream(System.Text.Encoding.UTF8.GetBytes(PostWriter.Write(post))))],
            "browser tests", "tests", cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(1, summary.Imported);

        await using var session = await app.OpenAsync(nameof(A_failing_post_shows_its_check_on_the_post_page_and_the_queue_filter_finds_it));
        var page = session.Page;
        await page.GotoAsync($"/posts/{post.SourceId}");
        await Ui.WaitForPostAsync(page);

        var check = page.GetByTestId("post-check").And(page.Locator("[data-check=repeated-sentences]"));
        await Expect(check).ToContainTextAsync("Repeated sentences");
        await Expect(check).ToContainTextAsync("keep it small");

        // The line link scrolls to the article's block and the page highlights it.
        var link = check.GetByTestId("post-check-line");
        var block = page.GetByTestId("post-body").Locator($"#{await link.GetAttributeAsync("data-block")}");
        await link.ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/posts/{post.SourceId}#block-"));
        await Expect(block).ToContainTextAsync("keep it small");
        await Expect(block).ToBeInViewportAsync();
        await Expect(block).ToHaveCSSAsync("outline-style", "solid");
        await session.ScreenshotAsync("post-page");

        // The queue's filter, from its URL: the post is listed, and the filter shows what it filters by.
        await page.GotoAsync("/?check=repeated-sentences&sort=checkerrors");
        await Ui.WaitForQueueAsync(page);
        await Expect(Ui.Titles(page).Filter(new() { HasText = post.Title })).ToHaveCountAsync(1);
        var expected = await app.QueryAsync(Dashboard.Web.Features.Queue.QueueUrl.Parse("/?check=repeated-sentences"));
        await Expect(page.GetByTestId("queue-total")).ToHaveTextAsync(Ui.TotalText(expected.Total));
        await Expect(page.GetByTestId("filter-check")).ToContainTextAsync("Repeated sentences");
        await session.ScreenshotAsync("queue-filter");
    }
}
