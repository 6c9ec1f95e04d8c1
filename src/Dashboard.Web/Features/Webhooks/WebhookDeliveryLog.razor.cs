using Dashboard.Core.Review;
using Dashboard.Web.Data.Entities;
using Dashboard.Web.Features.Review;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Dashboard.Web.Features.Webhooks;

/// <summary>One endpoint's delivery log, newest first, with a replay button on each finished delivery.</summary>
public sealed partial class WebhookDeliveryLog : IDisposable
{
    private readonly CancellationTokenSource _disposed = new();
    private DeliveryLog _log = new(0, []);
    private int _page = 1;
    private bool _loading = true;
    private bool _busy;

    [Parameter, EditorRequired] public EndpointView Endpoint { get; set; } = default!;

    [Inject] private WebhookAdmin Admin { get; set; } = default!;
    [Inject] private CurrentReviewer Current { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    protected override Task OnInitializedAsync() => LoadAsync();

    public void Dispose()
    {
        _disposed.Cancel();
        _disposed.Dispose();
    }

    private static Color ColorOf(WebhookDeliveryStatus status) => status switch
    {
        WebhookDeliveryStatus.Delivered => Color.Success,
        WebhookDeliveryStatus.Failed => Color.Error,
        _ => Color.Default,
    };

    private async Task<Reviewer> ActorAsync() => await Current.GetAsync() ?? new Reviewer("", Role.Editor);

    private async Task LoadAsync()
    {
        _loading = true;
        var result = await Admin.DeliveriesAsync(Endpoint.Id, _page, await ActorAsync(), _disposed.Token);
        _log = result.Value ?? new DeliveryLog(0, []);
        _loading = false;
    }

    private Task PageAsync(int page)
    {
        _page = page;
        return LoadAsync();
    }

    private async Task ReplayAsync(DeliveryView delivery)
    {
        _busy = true;
        try
        {
            var result = await Admin.ReplayAsync(delivery.Id, await ActorAsync(), _disposed.Token);
            Snackbar.Add(result.Succeeded ? $"{delivery.Type} ({delivery.EventId}) will be sent again." : result.Message ?? "Refused.", result.Succeeded ? Severity.Success : Severity.Error);
            await LoadAsync();
        }
        finally
        {
            _busy = false;
        }
    }
}
