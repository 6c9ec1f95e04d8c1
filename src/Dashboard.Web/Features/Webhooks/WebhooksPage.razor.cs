using System.Globalization;
using Dashboard.Core.Review;
using Dashboard.Web.Features.Review;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using MudBlazor;

namespace Dashboard.Web.Features.Webhooks;

/// <summary>
/// Webhook endpoints, for admins: register one (its secret is shown once), see which are disabled
/// (a banner each), open an endpoint's delivery log. The service checks the role on every call.
/// </summary>
public sealed partial class WebhooksPage : IDisposable
{
    private readonly CancellationTokenSource _disposed = new();
    private readonly HashSet<string> _wanted = new(StringComparer.Ordinal);
    private IReadOnlyList<EndpointView> _endpoints = [];
    private EndpointView? _shown;
    private bool _loading = true;
    private bool _busy;
    private bool _interactive;
    private string? _url;
    private string? _urlError;
    private string? _eventsError;

    [Inject] private WebhookAdmin Admin { get; set; } = default!;
    [Inject] private CurrentReviewer Current { get; set; } = default!;
    [Inject] private IOptionsMonitor<WebhookOptions> Options { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    private string AllowedHosts => Options.CurrentValue.AllowedHosts.Trim();

    internal static string Utc(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    protected override Task OnInitializedAsync() => LoadAsync();

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender)
        {
            _interactive = true;
            StateHasChanged();
        }
    }

    public void Dispose()
    {
        _disposed.Cancel();
        _disposed.Dispose();
    }

    private async Task<Reviewer> ActorAsync() => await Current.GetAsync() ?? new Reviewer("", Role.Editor);

    private async Task LoadAsync()
    {
        var listed = await Admin.ListAsync(await ActorAsync(), _disposed.Token);
        _endpoints = listed.Value ?? [];
        _shown = _shown is null ? null : _endpoints.FirstOrDefault(e => e.Id == _shown.Id);
        _loading = false;
    }

    private void Toggle(string name, bool on)
    {
        if (on)
        {
            _wanted.Add(name);
        }
        else
        {
            _wanted.Remove(name);
        }
    }

    private void ShowLog(EndpointView endpoint) => _shown = endpoint;

    private async Task RegisterAsync()
    {
        _busy = true;
        _urlError = _eventsError = null;
        try
        {
            var result = await Admin.RegisterAsync(_url, [.. _wanted], await ActorAsync(), _disposed.Token);
            if (!result.Succeeded)
            {
                if (result.Field == "url")
                {
                    _urlError = result.Message;
                }
                else if (result.Field == "events")
                {
                    _eventsError = result.Message;
                }
                else
                {
                    Snackbar.Add(result.Message ?? "Refused.", Severity.Error);
                }

                return;
            }

            _url = null;
            _wanted.Clear();
            await LoadAsync();
            var registered = result.Value!;
            await Dialogs.ShowAsync<WebhookSecretDialog>("Signing secret", new DialogParameters<WebhookSecretDialog>
            {
                { d => d.Url, registered.Endpoint.Url },
                { d => d.Secret, registered.Secret },
            });
        }
        finally
        {
            _busy = false;
        }
    }

    private Task EnableAsync(EndpointView endpoint) => RunAsync(async actor => (await Admin.EnableAsync(endpoint.Id, actor, _disposed.Token)).Message);

    private async Task RemoveAsync(EndpointView endpoint)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync(
            "Remove endpoint", $"Remove {endpoint.Url} and its delivery log? It is sent nothing more.", yesText: "Remove", cancelText: "Cancel");
        if (confirmed == true)
        {
            await RunAsync(async actor => (await Admin.RemoveAsync(endpoint.Id, actor, _disposed.Token)).Message);
        }
    }

    private async Task RunAsync(Func<Reviewer, Task<string?>> change)
    {
        _busy = true;
        try
        {
            if (await change(await ActorAsync()) is { } refused)
            {
                Snackbar.Add(refused, Severity.Error);
            }

            await LoadAsync();
        }
        finally
        {
            _busy = false;
        }
    }
}
