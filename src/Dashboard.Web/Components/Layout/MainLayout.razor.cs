using Dashboard.Web.Data.Entities;
using Dashboard.Web.Features.Appearance;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace Dashboard.Web.Components.Layout;

/// <summary>The app's frame, and the theme the signed-in person chose (or the system's).</summary>
public partial class MainLayout
{
    private MudThemeProvider? _themeProvider;
    private bool _drawerOpen = true;
    private ThemePreference _theme;
    private bool _systemIsDark;
    private bool _systemKnown;
    private string? _accountId;

    [Inject] private ThemePreferenceStore Themes { get; set; } = default!;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    [CascadingParameter] private Task<AuthenticationState>? Authentication { get; set; }

    // The page's own address with the fragment: a bare "#main-content" resolves against <base href="/">, the queue.
    private string SkipLink => Navigation.ToBaseRelativePath(Navigation.Uri).Split('#')[0] + "#main-content";

    private bool IsDark => DashboardTheme.IsDark(_theme, _systemIsDark);

    protected override async Task OnInitializedAsync()
    {
        // Read while prerendering too, so a chosen light or dark page arrives in its colours.
        _accountId = Authentication is null ? null : ThemePreferenceStore.AccountIdOf((await Authentication).User);
        if (_accountId is not null)
        {
            _theme = await Themes.GetAsync(_accountId, CancellationToken.None);
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        // The system's setting is known only in the browser, once the circuit is up.
        if (firstRender && RendererInfo.IsInteractive && _themeProvider is not null)
        {
            _systemIsDark = await _themeProvider.GetSystemDarkModeAsync();
            await _themeProvider.WatchSystemDarkModeAsync(SystemThemeChangedAsync);
            _systemKnown = true;
            StateHasChanged();
        }
    }

    private Task SystemThemeChangedAsync(bool isDark)
    {
        _systemIsDark = isDark;
        return InvokeAsync(StateHasChanged);
    }

    private async Task ChooseThemeAsync(ThemePreference theme)
    {
        _theme = theme;
        if (_accountId is not null)
        {
            await Themes.SetAsync(_accountId, theme, CancellationToken.None);
        }
    }
}
