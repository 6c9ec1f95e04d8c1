using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Browser.Tests;

/// <summary>Script and markup in an imported file are shown as text and never run.</summary>
public sealed class ScriptInjectionTests(DashboardApp app)
{
    [Fact]
    public async Task Hostile_post_shows_markup_as_text_and_runs_nothing()
    {
        await using var session = await app.OpenAsync(nameof(Hostile_post_shows_markup_as_text_and_runs_nothing));
        var page = session.Page;
        await page.GotoAsync($"/posts/{MaliciousPost.SourceId}");
        await Ui.WaitForPostAsync(page);
        await Expect(page.GetByTestId("similar-posts").GetByTestId("similar-post").First).ToBeVisibleAsync();

        Assert.Equal("undefined", await page.EvaluateAsync<string>("typeof window.__xss"));

        // The title and the markup in the body are visible as literal text.
        await Expect(page.GetByTestId("post-title")).ToHaveTextAsync(MaliciousPost.Title);
        await Expect(page.GetByTestId("post-title")).ToContainTextAsync("<script>");
        Assert.Contains(MaliciousPost.TitleScript, await page.TitleAsync(), StringComparison.Ordinal);
        var body = page.GetByTestId("post-body");
        await Expect(body).ToContainTextAsync("<img src=x onerror=\"window.__xss=2\">");
        await Expect(body.Locator("li").Filter(new() { HasText = MaliciousPost.ChecklistScript })).ToHaveCountAsync(1);
        await Expect(body.Locator("a").Filter(new() { HasText = "click me" })).Not.ToHaveAttributeAsync("href", new Regex("javascript", RegexOptions.IgnoreCase));
        await Expect(Ui.Field(page.GetByTestId("meta-box"), "ai brief")).ToContainTextAsync("<script>window.__xss=5</script>");

        // Nothing of it became an element.
        await Expect(body.Locator("script")).ToHaveCountAsync(0);
        await Expect(page.Locator("[data-testid=post-title] script, [data-testid=meta-box] script, [data-testid=provenance-box] script")).ToHaveCountAsync(0);
        await Expect(page.Locator("[onerror]")).ToHaveCountAsync(0);
        await Expect(page.Locator("img[src='x']")).ToHaveCountAsync(0);
        await Expect(page.Locator("a[href^='javascript:' i]")).ToHaveCountAsync(0);

        // A little later (lazy images, late renders) still nothing ran and no dialog opened.
        await page.WaitForTimeoutAsync(750);
        Assert.Equal("undefined", await page.EvaluateAsync<string>("typeof window.__xss"));
        Assert.Empty(session.Dialogs);
        await session.ScreenshotAsync("post");

        // The queue shows the same title as text too.
        await page.GotoAsync("/?q=xss");
        await Ui.WaitForQueueAsync(page);
        await Expect(Ui.Titles(page)).ToHaveTextAsync([MaliciousPost.Title]);
        await Expect(page.Locator("[data-testid=queue-grid] script")).ToHaveCountAsync(0);
        await page.WaitForTimeoutAsync(300);
        Assert.Equal("undefined", await page.EvaluateAsync<string>("typeof window.__xss"));
        Assert.Empty(session.Dialogs);
    }
}
