using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Browser.Tests;

public sealed class KeyboardTests(DashboardApp app)
{
    [Fact]
    public async Task Shortcuts_open_help_move_the_selection_and_open_posts()
    {
        await using var session = await app.OpenAsync(nameof(Shortcuts_open_help_move_the_selection_and_open_posts));
        var page = session.Page;
        await page.GotoAsync("/");
        await Ui.WaitForQueueAsync(page);
        var rows = await Ui.ReadRowsAsync(page);
        Assert.True(rows.Count >= 3, "The queue needs three rows for this test.");

        // ? opens the help, Escape closes it.
        var help = page.GetByTestId("shortcut-help");
        await page.Keyboard.PressAsync("?");
        await Expect(help).ToBeVisibleAsync();
        await Expect(help).ToContainTextAsync("focus the search box");
        await page.Keyboard.PressAsync("Escape");
        await Expect(help).ToBeHiddenAsync();

        // j selects the second row, Enter opens it.
        var selected = page.Locator("[data-testid=queue-grid] tbody tr.queue-row-selected [data-testid=queue-title]");
        await Expect(selected).ToHaveTextAsync(rows[0].Title);
        await page.Keyboard.PressAsync("j");
        await Expect(selected).ToHaveTextAsync(rows[1].Title);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(rows[1].Href) + "$"));
        await Ui.WaitForPostAsync(page);
        await Expect(page.GetByTestId("post-title")).ToHaveTextAsync(rows[1].Title);

        // On the post page, j opens the next post of the same queue.
        await page.Keyboard.PressAsync("j");
        await Expect(page).ToHaveURLAsync(new Regex($"/posts/{Regex.Escape(rows[2].SourceId)}\\?(.*&)?pos=2$"));
        await Expect(page.GetByTestId("post-title")).ToHaveTextAsync(rows[2].Title);
        await Expect(Ui.Field(page.GetByTestId("provenance-box"), "source id")).ToHaveTextAsync(rows[2].SourceId);
    }
}
