using Dashboard.Core.Review;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using Microsoft.JSInterop;
using MudBlazor;

namespace Dashboard.Web.Features.Claims;

/// <summary>
/// Claims the post for the reviewer when they open it and their role can decide on it, renews the
/// claim while the page is in use (wwwroot/js/activity.js reports use; an idle tab's claim lapses),
/// and releases it when they leave for another post or close the page. Others' claims are shown,
/// follow live changes, and <see cref="ConfirmActingAsync"/> asks before a decision on one.
/// </summary>
public sealed partial class PostClaimBar
{
    private readonly CancellationTokenSource _disposed = new();
    private ClaimView? _holder;
    private (long PostId, string SourceId)? _handled;
    private bool _released;
    private DateTimeOffset _lastActive;
    private IDisposable? _changes;
    private DotNetObjectReference<PostClaimBar>? _self;
    private string _watchName = "";

    [Parameter, EditorRequired] public long PostId { get; set; }
    [Parameter, EditorRequired] public string SourceId { get; set; } = "";
    [Parameter, EditorRequired] public string Status { get; set; } = "";
    [Parameter] public Reviewer? Reviewer { get; set; }

    [Inject] private ClaimStore Claims { get; set; } = default!;
    [Inject] private IOptions<ClaimOptions> Options { get; set; } = default!;
    [Inject] private Live.PostChangeNotifier Changes { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private IJSRuntime JS { get; set; } = default!;
    [Inject] private TimeProvider Time { get; set; } = default!;

    private bool CanWork => Reviewer is { } reviewer && ReviewWork.StatusesToActOn(reviewer.Role).Contains(Status);

    private bool Mine => _holder is { } holder && Reviewer is { } reviewer && holder.By == reviewer.Name;

    // A third of the lifetime: an active page renews its claim twice before it could lapse.
    private TimeSpan RenewEvery => Options.Value.Lifetime / 3;

    protected override async Task OnParametersSetAsync()
    {
        // Only the interactive page claims (not the prerendered one); another post opened in this page switches the claim.
        if (_handled is { } handled && handled.SourceId != SourceId)
        {
            await SwitchAsync();
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
        {
            return;
        }

        _changes = Changes.Subscribe(change => change.SourceId == SourceId ? InvokeAsync(RefreshAsync) : Task.CompletedTask);
        _self = DotNetObjectReference.Create(this);
        _watchName = $"claim-{Guid.NewGuid():N}";
        await JS.InvokeVoidAsync("dashboardActivity.watch", _self, _watchName, (int)Math.Min(RenewEvery.TotalMilliseconds, 60_000));
        _ = RenewLoopAsync(_disposed.Token);
        await SwitchAsync();
        StateHasChanged();
    }

    /// <summary>True when nobody else holds the post, or the reviewer confirms acting on it anyway.</summary>
    public async Task<bool> ConfirmActingAsync()
    {
        if (_holder is not { } holder || Mine)
        {
            return true;
        }

        var go = await Dialogs.ShowMessageBoxAsync(
            $"Claimed by {holder.By}",
            $"{holder.By} claimed this post until {holder.Until:HH:mm} UTC and may be working on it. Decide on it anyway?",
            yesText: "Decide anyway",
            cancelText: "Cancel");
        return go == true;
    }

    /// <summary>The page reports use: the claim is renewed on the next round; one that lapsed while idle is taken again if free.</summary>
    [JSInvokable]
    public async Task OnActive()
    {
        _lastActive = Time.GetUtcNow();
        if (_holder is null && !_released && CanWork)
        {
            await ClaimAsync();
            StateHasChanged();
        }
    }

    private async Task SwitchAsync()
    {
        if (_handled is { } previous && Mine && Reviewer is { } reviewer)
        {
            await Claims.ReleaseAsync(previous.PostId, previous.SourceId, reviewer, anyone: false, _disposed.Token);
        }

        _handled = (PostId, SourceId);
        _holder = null;
        _released = false;
        _lastActive = Time.GetUtcNow();
        if (CanWork)
        {
            await ClaimAsync();
        }
        else
        {
            await RefreshAsync();
        }
    }

    private async Task ClaimAsync()
    {
        await Claims.TakeAsync(PostId, SourceId, Reviewer!, renewOwn: true, _disposed.Token);
        _holder = await Claims.HolderAsync(PostId, _disposed.Token);
    }

    private async Task RefreshAsync()
    {
        if (_disposed.IsCancellationRequested)
        {
            return;
        }

        _holder = await Claims.HolderAsync(PostId, _disposed.Token);
        StateHasChanged();
    }

    private async Task RenewLoopAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(RenewEvery, Time);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                await InvokeAsync(async () =>
                {
                    if (Mine && Time.GetUtcNow() - _lastActive < Options.Value.Lifetime)
                    {
                        await ClaimAsync();
                        StateHasChanged();
                    }
                    else
                    {
                        // Idle, or someone else's claim: show what holds now (an idle claim lapses on its own).
                        await RefreshAsync();
                    }
                });
            }
        }
        catch (OperationCanceledException)
        {
            // The page is gone.
        }
    }

    private async Task ReleaseAsync()
    {
        if (Reviewer is not { } reviewer)
        {
            return;
        }

        await Claims.ReleaseAsync(PostId, SourceId, reviewer, anyone: !Mine && ReviewWork.MayReleaseAnyClaim(reviewer.Role), _disposed.Token);
        _released = true;
        _holder = await Claims.HolderAsync(PostId, _disposed.Token);
    }

    private async Task ClaimAgainAsync()
    {
        _released = false;
        await ClaimAsync();
    }

    public async ValueTask DisposeAsync()
    {
        _changes?.Dispose();
        var leaving = Mine && _handled is { } handled && Reviewer is { } reviewer ? (handled, reviewer) : default;
        await _disposed.CancelAsync();
        _disposed.Dispose();
        if (leaving.reviewer is not null)
        {
            // Leaving the post (closing the tab ends the circuit): it is free for others at once.
            await Claims.ReleaseAsync(leaving.handled.PostId, leaving.handled.SourceId, leaving.reviewer, anyone: false, CancellationToken.None);
        }

        if (_self is not null)
        {
            try
            {
                await JS.InvokeVoidAsync("dashboardActivity.unwatch", _watchName);
            }
            catch (JSDisconnectedException)
            {
                // The circuit is gone; so is the watcher.
            }

            _self.Dispose();
        }
    }
}
