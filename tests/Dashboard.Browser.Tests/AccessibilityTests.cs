using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Browser.Tests;

/// <summary>Issue 17, item 11: no serious or critical axe violation on any page, in either theme; a focus ring one can see.</summary>
public sealed class AccessibilityTests(DashboardApp app)
{
    public static TheoryData<string> Schemes => ["light", "dark"];

    [Theory]
    [MemberData(nameof(Schemes))]
    public async Task Every_page_has_no_serious_or_critical_axe_violation(string scheme)
    {
        var colorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light;
        var found = new List<string>();

        await using (var signedOut = await app.OpenWithAsync($"axe-{scheme}-login", email: null, Accessibility.ForAxe(colorScheme)))
        {
            await signedOut.Page.GotoAsync("account/login");
            await Accessibility.WaitForPageAsync(signedOut.Page, interactive: false);
            found.AddRange((await Accessibility.SeriousViolationsAsync(signedOut.Page)).Select(v => $"login: {v}"));
        }

        await using var session = await app.OpenWithAsync($"axe-{scheme}", DashboardApp.AdminEmail, Accessibility.ForAxe(colorScheme));
        var page = session.Page;
        foreach (var (name, address, interactive) in Pages())
        {
            await page.GotoAsync(address);
            await Accessibility.WaitForPageAsync(page, interactive);
            if (interactive)
            {
                await Expect(page.Locator($"[data-theme={scheme}]")).ToBeAttachedAsync();
            }

            found.AddRange((await Accessibility.SeriousViolationsAsync(page)).Select(v => $"{name}: {v}"));
            await session.ScreenshotAsync(name);
            if (name == "clusters" && await page.GetByTestId("cluster-link").CountAsync() > 0)
            {
                await page.GetByTestId("cluster-link").First.ClickAsync();
                await Accessibility.WaitForPageAsync(page, interactive: true);
                found.AddRange((await Accessibility.SeriousViolationsAsync(page)).Select(v => $"cluster: {v}"));
                await session.ScreenshotAsync("cluster");
            }
        }

        Assert.True(found.Count == 0, string.Join(Environment.NewLine, found));
    }

    [Fact]
    public async Task Every_page_has_a_main_landmark_and_starts_its_headings_at_h1()
    {
        await using var session = await app.OpenAsync("landmarks");
        var page = session.Page;
        foreach (var (name, address, interactive) in Pages().Where(p => p.Name != "accounts"))
        {
            await page.GotoAsync(address);
            await Accessibility.WaitForPageAsync(page, interactive);

            Assert.Equal(1, await page.Locator("main").CountAsync());
            var levels = await page.EvaluateAsync<int[]>("() => [...document.querySelectorAll('h1,h2,h3,h4,h5,h6')].filter(h => h.offsetParent !== null).map(h => +h.tagName[1])");
            Assert.True(levels.Length > 0 && levels[0] == 1, $"{name}: headings {string.Join(",", levels)}");
            for (var i = 1; i < levels.Length; i++)
            {
                Assert.True(levels[i] <= levels[i - 1] + 1, $"{name}: a heading level is skipped ({string.Join(",", levels)})");
            }
        }
    }

    [Fact]
    public async Task The_keyboard_focus_is_shown_as_a_clear_ring()
    {
        await using var session = await app.OpenAsync("focus-ring");
        var page = session.Page;
        await page.GotoAsync("");
        await Ui.WaitForQueueAsync(page);

        // The skip link (before the app bar) appears when it has the focus, with a ring.
        var skip = page.Locator("a.skip-link");
        await skip.FocusAsync();
        await Expect(skip).ToBeInViewportAsync();
        await session.ScreenshotAsync("skip-link");
        await AssertRingAsync(skip);

        await page.Keyboard.PressAsync("Tab");
        var focused = page.Locator(":focus");
        await AssertRingAsync(focused);
        await session.ScreenshotAsync("menu-button");

        await skip.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("main#main-content")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await page.EvaluateAsync<bool>("() => !!document.activeElement?.closest('main')"), "the Tab after the skip link stays in the page's content");
    }

    private static async Task AssertRingAsync(ILocator element)
    {
        var ring = await element.EvaluateAsync<string[]>("e => { const s = getComputedStyle(e); return [s.outlineStyle, s.outlineWidth]; }");
        Assert.Equal("solid", ring[0]);
        Assert.True(double.Parse(ring[1].Replace("px", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture) >= 2, $"outline {ring[1]}");
    }

    /// <summary>Every page of the app, signed in as an admin (who sees them all): name, address, whether it has a circuit.</summary>
    private static IEnumerable<(string Name, string Address, bool Interactive)> Pages() =>
    [
        ("queue", "", true),
        ("post", $"posts/{DashboardApp.SampleSourceId}", true),
        ("overview", "overview", true),
        ("imports", "imports", true),
        ("clusters", "clusters", true),
        ("my-work", "my-work", true),
        ("accounts", "admin/accounts", true),
        ("denied", "account/denied", false),
        ("error", "error", false),
        ("not-found", "no-such-page", false),
    ];
}
