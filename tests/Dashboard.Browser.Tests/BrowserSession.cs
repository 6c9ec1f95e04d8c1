using Microsoft.Playwright;

namespace Dashboard.Browser.Tests;

/// <summary>One test's browser context and page. Disposing saves a full-page screenshot (also when the test failed).</summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly string _name;
    private readonly List<string> _dialogs = [];

    public BrowserSession(IBrowserContext context, IPage page, string name)
    {
        _context = context;
        _name = name;
        Page = page;
        page.Dialog += (_, dialog) =>
        {
            lock (_dialogs)
            {
                _dialogs.Add($"{dialog.Type}: {dialog.Message}");
            }

            _ = dialog.DismissAsync();
        };
        page.PageError += (_, error) => Log($"page error: {error}");
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                Log($"console error: {message.Text}");
            }
        };
    }

    public IPage Page { get; }

    public IBrowserContext Context => _context;

    /// <summary>alert, confirm and prompt dialogs the page opened (each dismissed at once).</summary>
    public IReadOnlyList<string> Dialogs
    {
        get
        {
            lock (_dialogs)
            {
                return [.. _dialogs];
            }
        }
    }

    public static void Log(string message) => TestContext.Current.TestOutputHelper?.WriteLine(message);

    /// <summary>A full-page screenshot now, named after the test and <paramref name="step"/>.</summary>
    public Task ScreenshotAsync(string step) => SaveScreenshotAsync($"{_name}-{step}");

    public async ValueTask DisposeAsync()
    {
        await SaveScreenshotAsync(_name);
        await _context.CloseAsync();
    }

    private async Task SaveScreenshotAsync(string name)
    {
        var path = Path.Combine(DashboardApp.ScreenshotFolder, name + ".png");
        try
        {
            await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true, Timeout = DashboardApp.TimeoutMs });
            Log($"screenshot: {path}");
        }
        catch (PlaywrightException ex)
        {
            Log($"screenshot failed: {ex.Message}");
        }
    }
}
