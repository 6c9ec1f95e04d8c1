using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Browser.Tests;

/// <summary>axe-core's WCAG 2.2 AA rules run in the page, and waits for a page to be ready for them.</summary>
internal static class Accessibility
{
    private static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    private static readonly HashSet<string> Blocking = new(StringComparer.Ordinal) { "serious", "critical" };

    /// <summary>Context options for a page axe runs in: the app's CSP forbids injecting axe's script.</summary>
    public static Action<BrowserNewContextOptions> ForAxe(ColorScheme scheme) => options =>
    {
        options.BypassCSP = true;
        options.ColorScheme = scheme;
    };

    /// <summary>Each serious or critical violation on the page, one line per element: rule, help, element.</summary>
    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagTags] } });
        return [.. result.Violations
            .Where(v => v.Impact is not null && Blocking.Contains(v.Impact))
            .SelectMany(v => v.Nodes.Select(n => $"{v.Id} ({v.Impact}): {v.Help} at {n.Target}: {Shorten(n.Html)}"))];
    }

    /// <summary>Waits until the page's heading is shown and, on an interactive page, the theme follows the browser.</summary>
    public static async Task WaitForPageAsync(IPage page, bool interactive)
    {
        await Expect(page.Locator("h1").First).ToBeVisibleAsync();
        if (interactive)
        {
            await Expect(page.Locator("[data-theme-ready=true]")).ToBeAttachedAsync();
        }

        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }

    private static string Shorten(string html) => html.Length <= 160 ? html : html[..160] + "…";
}
