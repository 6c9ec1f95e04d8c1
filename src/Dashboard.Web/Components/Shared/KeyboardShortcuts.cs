using Microsoft.JSInterop;

namespace Dashboard.Web.Components.Shared;

/// <summary>
/// A page's keyboard shortcuts: registers its <c>[JSInvokable] OnShortcut(string key)</c> with
/// <c>wwwroot/js/shortcuts.js</c> under a name, and takes it away when the page is disposed.
/// </summary>
public sealed class KeyboardShortcuts<TPage> : IAsyncDisposable
    where TPage : class
{
    private readonly IJSRuntime _js;
    private readonly string _name;
    private readonly DotNetObjectReference<TPage> _page;

    private KeyboardShortcuts(IJSRuntime js, string name, DotNetObjectReference<TPage> page)
    {
        _js = js;
        _name = name;
        _page = page;
    }

    public static async Task<KeyboardShortcuts<TPage>> RegisterAsync(IJSRuntime js, TPage page, string name)
    {
        var shortcuts = new KeyboardShortcuts<TPage>(js, name, DotNetObjectReference.Create(page));
        await js.InvokeVoidAsync("dashboardShortcuts.register", shortcuts._page, name);
        return shortcuts;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _js.InvokeVoidAsync("dashboardShortcuts.unregister", _name);
        }
        catch (JSDisconnectedException)
        {
            // The circuit is gone; so is the listener.
        }

        _page.Dispose();
    }
}
