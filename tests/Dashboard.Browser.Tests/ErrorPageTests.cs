using static Microsoft.Playwright.Assertions;

namespace Dashboard.Browser.Tests;

/// <summary>Issue 17, item 14: the app's own 404 page, and a reconnect message that says what happens to unsaved edits.</summary>
public sealed class ErrorPageTests(DashboardApp app)
{
    [Fact]
    public async Task An_unknown_address_shows_the_apps_own_404_page()
    {
        await using var session = await app.OpenAsync("not-found-address");
        var page = session.Page;

        var response = await page.GotoAsync("no-such-page/here");

        Assert.Equal(404, response!.Status);
        await Expect(page.GetByTestId("not-found")).ToContainTextAsync("There is nothing at this address");
        await Expect(page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Back to the review queue" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(Microsoft.Playwright.AriaRole.Navigation, new() { Name = "Main" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task An_unknown_post_answers_404_with_the_friendly_page()
    {
        await using var session = await app.OpenAsync("not-found-post");
        var page = session.Page;

        var response = await page.GotoAsync("posts/no-such-source-id");

        Assert.Equal(404, response!.Status);
        await Expect(page.GetByTestId("not-found")).ToContainTextAsync("There is nothing at this address");
    }

    [Fact]
    public async Task When_the_connection_is_lost_the_message_says_unsaved_edits_are_kept()
    {
        await using var session = await app.OpenAsync("reconnect");
        var page = session.Page;
        await page.GotoAsync("");
        await Ui.WaitForQueueAsync(page);
        var message = page.GetByTestId("reconnect");
        await Expect(message).ToBeHiddenAsync();

        // Blazor marks the element with this class while the circuit's connection is down.
        await page.EvaluateAsync("() => document.getElementById('components-reconnect-modal').classList.add('components-reconnect-show')");

        await Expect(message).ToBeVisibleAsync();
        await Expect(message).ToContainTextAsync("unsaved edits on this page are kept");
        await session.ScreenshotAsync("reconnecting");

        await page.EvaluateAsync("() => document.getElementById('components-reconnect-modal').classList.replace('components-reconnect-show', 'components-reconnect-rejected')");
        await Expect(message).ToContainTextAsync("could not be kept");
    }
}
