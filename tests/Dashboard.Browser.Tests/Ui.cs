using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Browser.Tests;

/// <summary>Locators and waits shared by the tests; the app's data-testid attributes are the contract.</summary>
internal static partial class Ui
{
    // Each row of the grid as text: the title link's href, and each cell's visible text by its column
    // label (MudDataGrid writes data-label on every cell), so added columns do not shift anything.
    private const string ReadRowsScript = """
        () => [...document.querySelectorAll("[data-testid=queue-grid] tbody tr")]
            .filter(tr => tr.querySelector("[data-testid=queue-title]"))
            .map(tr => Object.fromEntries([
                ["href", tr.querySelector("[data-testid=queue-title]").getAttribute("href")],
                ...[...tr.querySelectorAll("td[data-label]")].map(td => [td.dataset.label, td.innerText.trim()])]))
        """;

    public static ILocator Titles(IPage page) => page.Locator("[data-testid=queue-grid] [data-testid=queue-title]");

    public static ILocator Header(IPage page, string column) =>
        page.Locator("[data-testid=queue-grid] thead th .sortable-column-header").Filter(new() { HasTextRegex = new Regex($"^{Regex.Escape(column)}$") });

    /// <summary>Waits until the queue's circuit is up (shortcuts.js registered the page) and the grid has rows.</summary>
    public static async Task WaitForQueueAsync(IPage page)
    {
        await Expect(page.Locator("body[data-shortcuts='queue']")).ToBeAttachedAsync();
        await Expect(Titles(page).First).ToBeVisibleAsync();
    }

    /// <summary>Waits until the post page's circuit is up and its title is shown.</summary>
    public static async Task WaitForPostAsync(IPage page)
    {
        await Expect(page.Locator("body[data-shortcuts='post']")).ToBeAttachedAsync();
        await Expect(page.GetByTestId("post-title")).ToBeVisibleAsync();
    }

    public static async Task<IReadOnlyList<GridRow>> ReadRowsAsync(IPage page) =>
        [.. (await page.EvaluateAsync<Dictionary<string, string>[]>(ReadRowsScript)).Select(cells => new GridRow(cells))];

    /// <summary>The source id in a link such as <c>/posts/alphanode-100002?pos=0</c>.</summary>
    public static string SourceIdOf(string href)
    {
        var path = href.Split('?')[0];
        return Uri.UnescapeDataString(path[(path.LastIndexOf('/') + 1)..]);
    }

    public static int? Score(string cell) => DigitsPattern().Match(cell) is { Success: true } m ? int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture) : null;

    /// <summary>The text the total chip shows for <paramref name="count"/> posts (formatted like the server, which runs in this process).</summary>
    public static string TotalText(int count) => $"{count:N0} {(count == 1 ? "post" : "posts")}";

    /// <summary>The &lt;dd&gt; after the &lt;dt&gt; labelled <paramref name="label"/>, inside <paramref name="box"/>.</summary>
    public static ILocator Field(ILocator box, string label) =>
        box.Locator($"xpath=.//dt[normalize-space(.)='{label}']/following-sibling::dd[1]");

    /// <summary>The items of the list that follows the caption <paramref name="label"/>, inside <paramref name="box"/>.</summary>
    public static ILocator ListItems(ILocator box, string label) =>
        box.Locator($"xpath=.//*[contains(concat(' ', normalize-space(@class), ' '), ' mud-typography-subtitle2 ') and normalize-space(.)='{label}']/following-sibling::*[self::ul or self::ol][1]/li");

    /// <summary>Waits until the page's URL has the query parameter <paramref name="name"/>=<paramref name="value"/>.</summary>
    public static Task ExpectQueryAsync(IPage page, string name, string value) =>
        Expect(page).ToHaveURLAsync(new Regex($"[?&]{Regex.Escape(name)}={Regex.Escape(Uri.EscapeDataString(value))}(&|$)"));

    [GeneratedRegex(@"\d+")]
    private static partial Regex DigitsPattern();
}

/// <summary>One row of the queue grid as the browser shows it.</summary>
internal sealed record GridRow(IReadOnlyDictionary<string, string> Cells)
{
    public string Href => Cells["href"];
    public string SourceId => Ui.SourceIdOf(Href);
    public string Title => Cells["Title"];
    public string Difficulty => Cells["Difficulty"];
    public int? Quality => Ui.Score(Cells["Quality"]);
    public string Status => Cells["Status"];

    public bool SameAs(GridRow other) => Cells.Count == other.Cells.Count && Cells.All(c => other.Cells.TryGetValue(c.Key, out var v) && v == c.Value);

    public override string ToString() => string.Join(", ", Cells.Select(c => $"{c.Key}={c.Value}"));
}
