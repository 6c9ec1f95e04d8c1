using Dashboard.Core.Review;
using Dashboard.Web.Data;
using Dashboard.Web.Data.Entities;
using Dashboard.Web.Features.Accounts;
using Dashboard.Web.Features.Appearance;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Browser.Tests;

/// <summary>Issue 17, item 12: dark mode follows the system, can be switched, and is remembered with the account.</summary>
public sealed class ThemeTests(DashboardApp app)
{
    [Fact]
    public async Task A_new_account_follows_the_systems_dark_mode_and_its_changes()
    {
        var email = await NewAccountAsync();
        await using var session = await app.OpenWithAsync("theme-system", email, options => options.ColorScheme = ColorScheme.Dark);
        var page = session.Page;
        await Ui.WaitForQueueAsync(page);

        await Expect(page.Locator("[data-theme=dark][data-theme-choice=system]")).ToBeAttachedAsync();
        Assert.True(await BackgroundLuminanceAsync(page) < 0.1, "the page's background is dark");
        await session.ScreenshotAsync("dark");

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = ColorScheme.Light });

        await Expect(page.Locator("[data-theme=light][data-theme-choice=system]")).ToBeAttachedAsync();
        Assert.True(await BackgroundLuminanceAsync(page) > 0.8, "the page's background is light");
    }

    [Fact]
    public async Task Choosing_dark_is_remembered_across_sign_ins_whatever_the_system_says()
    {
        var email = await NewAccountAsync();
        await using (var first = await app.OpenWithAsync("theme-switch", email, options => options.ColorScheme = ColorScheme.Light))
        {
            var page = first.Page;
            await Ui.WaitForQueueAsync(page);
            await Expect(page.Locator("[data-theme=light][data-theme-ready=true]")).ToBeAttachedAsync();

            await page.GetByRole(AriaRole.Button, new() { Name = "Theme: Same as the system" }).ClickAsync();
            await page.GetByTestId("theme-dark").ClickAsync();

            await Expect(page.Locator("[data-theme=dark][data-theme-choice=dark]")).ToBeAttachedAsync();
            Assert.Equal(ThemePreference.Dark, await StoredThemeAsync(email));
        }

        // A new sign-in in another browser context, its system light: the account's choice wins.
        await using var second = await app.OpenWithAsync("theme-remembered", email, options => options.ColorScheme = ColorScheme.Light);
        var again = second.Page;
        await Ui.WaitForQueueAsync(again);
        await Expect(again.Locator("[data-theme=dark][data-theme-choice=dark][data-theme-ready=true]")).ToBeAttachedAsync();
        Assert.True(await BackgroundLuminanceAsync(again) < 0.1, "the page's background is dark");
        await second.ScreenshotAsync("queue");
        await again.GotoAsync($"posts/{DashboardApp.SampleSourceId}");
        await Ui.WaitForPostAsync(again);
        await Expect(again.Locator("[data-theme=dark]")).ToBeAttachedAsync();
        await second.ScreenshotAsync("post");

        await again.GetByRole(AriaRole.Button, new() { Name = "Theme: Dark" }).ClickAsync();
        await again.GetByTestId("theme-system").ClickAsync();

        await Expect(again.Locator("[data-theme=light][data-theme-choice=system]")).ToBeAttachedAsync();
        Assert.Equal(ThemePreference.System, await StoredThemeAsync(email));
    }

    private async Task<string> NewAccountAsync()
    {
        var email = $"theme-{Guid.NewGuid():N}@example.test";
        var created = await app.Services.GetRequiredService<AccountService>()
            .CreateAsync(email, DashboardApp.ReviewerPassword, Roles.Editor, AccountService.CommandLine);
        Assert.True(created.Succeeded, created.Message);
        return email;
    }

    private async Task<ThemePreference> StoredThemeAsync(string email)
    {
        var contexts = app.Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>();
        await using var db = await contexts.CreateDbContextAsync(TestContext.Current.CancellationToken);
        var id = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync(TestContext.Current.CancellationToken);
        return await app.Services.GetRequiredService<ThemePreferenceStore>().GetAsync(id, TestContext.Current.CancellationToken);
    }

    /// <summary>The relative luminance (0 black, 1 white) of the main content's background.</summary>
    private static Task<double> BackgroundLuminanceAsync(IPage page) => page.EvaluateAsync<double>("""
        () => {
            const [r, g, b] = getComputedStyle(document.body).backgroundColor.match(/\d+/g).map(Number).map(c => c / 255)
                .map(c => c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
            return 0.2126 * r + 0.7152 * g + 0.0722 * b;
        }
        """);
}
