using Dashboard.Core.Review;
using Dashboard.Web.Features.Live;
using Dashboard.Web.Features.Review;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Web.Features.Notes;

public sealed partial class InboxMenu : IDisposable
{
    private readonly CancellationTokenSource _disposed = new();
    private Reviewer? _reviewer;
    private Inbox _inbox = Notes.Inbox.Empty;
    private Debouncer? _reload;
    private IDisposable? _changes;

    [Inject] private CurrentReviewer CurrentReviewer { get; set; } = default!;
    [Inject] private ReviewerInbox Reader { get; set; } = default!;
    [Inject] private InboxSignal Signal { get; set; } = default!;
    [Inject] private PostChangeNotifier Changes { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _reviewer = await CurrentReviewer.GetAsync();
        await LoadAsync();
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender && _reviewer is not null)
        {
            // A comment anywhere may mention this reviewer, and a decision may send a post back:
            // read again once things are quiet (a bulk action publishes one change per post).
            _reload = new Debouncer(TimeSpan.FromMilliseconds(500), () => InvokeAsync(ReloadAsync));
            _changes = Changes.Subscribe(_ =>
            {
                _reload.Trigger();
                return Task.CompletedTask;
            });
            Signal.Changed += OnSignal;
        }
    }

    private void OnSignal() => _reload?.Trigger();

    private async Task ReloadAsync()
    {
        if (!_disposed.IsCancellationRequested)
        {
            await LoadAsync();
            StateHasChanged();
        }
    }

    private async Task LoadAsync()
    {
        if (_reviewer is { } reviewer)
        {
            _inbox = await Reader.GetAsync(reviewer, _disposed.Token);
        }
    }

    private static string PostHref(string sourceId) => $"/posts/{Uri.EscapeDataString(sourceId)}";

    public void Dispose()
    {
        Signal.Changed -= OnSignal;
        _changes?.Dispose();
        _reload?.Dispose();
        _disposed.Cancel();
        _disposed.Dispose();
    }
}
