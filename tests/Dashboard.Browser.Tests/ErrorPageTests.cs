using Dashboard.Web.Tests.TestSupport;
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
    public async Task When_the_server_goes_away_the_message_says_unsaved_edits_are_kept_while_it_reconnects()
    {
        // An instance of its own, stopped mid-test: the fixture's app serves the other tests.
        var file = Path.Combine(Path.GetTempPath(), $"dashboard-reconnect-{Guid.NewGuid():N}.db");
        await using var database = TestStorage.Sqlite(file);
        var instance = await AppInstance.StartAsync("reconnect", new Dictionary<string, string>(database.Environment)
        {
            ["Database__MigrateOnStart"] = "true",
            ["Seed__OnFirstRun"] = "true",
            ["Seed__GeneratedPosts"] = "5",
        });
        BrowserSession? session = null;
        try
        {
            session = await app.OpenAtAsync("reconnect", instance.BaseAddress, instance.BaseAddress, DashboardApp.ReviewerEmail);
            var page = session.Page;
            await Ui.WaitForQueueAsync(page);
            var message = page.GetByTestId("reconnect");
            await Expect(message).ToBeHiddenAsync();

            await instance.DisposeAsync();
            instance = null;

            await Expect(message).ToBeVisibleAsync();
            await Expect(message).ToContainTextAsync("unsaved edits on this page are kept if it comes back");
            await session.ScreenshotAsync("reconnecting");
        }
        finally
        {
            if (session is not null)
            {
                await session.DisposeAsync();
            }

            if (instance is not null)
            {
                await instance.DisposeAsync();
            }

            foreach (var leftover in new[] { file, file + "-wal", file + "-shm" }.Where(File.Exists))
            {
                File.Delete(leftover);
            }
        }
    }

    [Fact]
    public async Task When_the_server_restarted_the_message_says_unsaved_edits_could_not_be_kept()
    {
        await using var session = await app.OpenAsync("reconnect-rejected");
        var page = session.Page;
        await page.GotoAsync("");
        await Ui.WaitForQueueAsync(page);

        // The class Blazor sets when the server no longer knows the circuit (it restarted).
        await page.EvaluateAsync("() => document.getElementById('components-reconnect-modal').classList.add('components-reconnect-rejected')");

        await Expect(page.GetByTestId("reconnect")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("reconnect")).ToContainTextAsync("edits not yet saved on it could not be kept");
    }
}
