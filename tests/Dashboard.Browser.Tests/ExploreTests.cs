namespace Dashboard.Browser.Tests;

public sealed class ExploreTests(DashboardApp app)
{
    [Fact]
    public async Task Dump()
    {
        await using var s = await app.OpenAsync("explore");
        await s.Page.GotoAsync("/");
        await Microsoft.Playwright.Assertions.Expect(s.Page.Locator("body[data-shortcuts='queue']")).ToBeAttachedAsync();
        await Microsoft.Playwright.Assertions.Expect(s.Page.Locator("[data-testid=queue-title]").First).ToBeVisibleAsync();
        File.WriteAllText("/tmp/queue.html", await s.Page.ContentAsync());
        await s.Page.GotoAsync("/posts/alphanode-002829");
        await Microsoft.Playwright.Assertions.Expect(s.Page.Locator("[data-testid=similar-post]").First).ToBeVisibleAsync();
        File.WriteAllText("/tmp/post.html", await s.Page.ContentAsync());
    }
}
