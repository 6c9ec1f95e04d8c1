using Dashboard.Core.Review;
using Dashboard.Web.Components.Shared;
using Dashboard.Web.Features.Live;
using Dashboard.Web.Features.Queue;
using Dashboard.Web.Features.Review;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;

namespace Dashboard.Web.Features.Posts;

public sealed partial class PostPage
{
    internal static readonly IReadOnlyList<Shortcut> PostShortcuts =
    [
        new("j", "next post of the queue"),
        new("k", "previous post of the queue"),
        new("u", "back to the queue"),
        .. PanelActions.Shortcuts,
        new("?", "show this help"),
        new("Esc", "close this help"),
    ];

    private PostView? _view;
    private string _bodyHtml = "";
    private string _article = "";
    private ReviewPanel? _review;
    private IReadOnlyList<SimilarPost>? _similar;
    private bool _similarFailed;
    private bool _notFound;
    private bool _helpOpen;
    private QueueFilter _queue = new();
    private int _position;
    private string _queueHref = "/";
    private KeyboardShortcuts<PostPage>? _shortcuts;
    private CancellationTokenSource _loading = new();

    // Review: who acts, the post as the review components see it, and what keeps the page live.
    private Reviewer? _reviewer;
    private ReviewTarget? _target;
    private string? _conflict;
    private int _conflictReloads;
    private ChecklistEditor? _checklist;
    private readonly HashSet<long> _ownRowVersions = [];
    private IDisposable? _changes;
    private IDisposable? _presence;
    private string? _presentOn;
    private ElementReference _heading;

    // Opened by "Start reviewing": each decision opens the next post by priority (Features/Claims).
    private bool _session;
    private Claims.PostClaimBar? _claim;
    private string? _focusedOn;

    [Parameter] public string SourceId { get; set; } = "";

    [Inject] private PostReader Reader { get; set; } = default!;
    [Inject] private ILogger<PostPage> Logger { get; set; } = default!;
    [Inject] private PostHtmlRenderer Renderer { get; set; } = default!;
    [Inject] private SimilarPosts Similar { get; set; } = default!;
    [Inject] private QueueQuery Queue { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private IJSRuntime JS { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private CurrentReviewer CurrentReviewer { get; set; } = default!;
    [Inject] private PostChangeNotifier Changes { get; set; } = default!;
    [Inject] private PostPresence Presence { get; set; } = default!;
    [Inject] private PresenceCircuit Circuit { get; set; } = default!;
    [Inject] private BulkReviewService Undo { get; set; } = default!;
    [Inject] private Claims.StartReviewing Start { get; set; } = default!;

    protected override async Task OnInitializedAsync() => _reviewer = await CurrentReviewer.GetAsync();

    protected override async Task OnParametersSetAsync()
    {
        await _loading.CancelAsync();
        _loading.Dispose();
        _loading = new CancellationTokenSource();
        var token = _loading.Token;

        _queue = QueueUrl.Parse(Navigation.Uri) with { Me = _reviewer?.Name };
        _position = ReadPosition(Navigation.Uri);
        _session = Claims.SessionLinks.IsSession(Navigation.Uri);
        _queueHref = PostLinks.ToQueue(_queue, _position);
        _similar = null;
        _similarFailed = false;
        _conflict = null;
        await ReloadAsync(token);
        if (_view is not null)
        {
            _ = LoadSimilarAsync(SourceId, token);
        }
        else
        {
            // Status 404 and the app's not-found page, for a request and in the circuit alike.
            Navigation.NotFound();
        }
    }

    /// <summary>Reads the post again (after a change here or elsewhere); the similar posts stay.</summary>
    private async Task ReloadAsync(CancellationToken cancellationToken)
    {
        _view = await Reader.GetAsync(SourceId, cancellationToken);
        _notFound = _view is null;
        _target = _view is null ? null : ReviewTarget.From(_view);
        if (_view is not null)
        {
            _bodyHtml = Renderer.RenderBody(_view.Post);
            _article = Dashboard.Core.Text.ArticleWords.Of(_view.Post);
        }
    }

    private async Task LoadSimilarAsync(string sourceId, CancellationToken cancellationToken)
    {
        try
        {
            var similar = await Similar.FindAsync(sourceId, cancellationToken: cancellationToken);
            if (!cancellationToken.IsCancellationRequested)
            {
                _similar = similar;
                await InvokeAsync(StateHasChanged);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The box says so instead of spinning forever; the page itself goes on working.
            Logger.LogWarning(ex, "Similar posts for {SourceId} could not be loaded", sourceId);
            _similar = [];
            _similarFailed = true;
            await InvokeAsync(StateHasChanged);
        }
        catch (OperationCanceledException)
        {
            // The reviewer moved on to another post.
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            _shortcuts = await KeyboardShortcuts<PostPage>.RegisterAsync(JS, this, "post");
            // Only the interactive page listens and counts as present, not the prerendered one.
            _changes = Changes.Subscribe(OnPostChangedAsync);
        }

        // A post opened in this page (after Approve, j or k) takes the focus on its title, so a
        // key pressed again cannot press a button meant for the post before it.
        if (_view is not null && _focusedOn != _view.Post.SourceId)
        {
            _focusedOn = _view.Post.SourceId;
            await _heading.FocusAsync();
        }

        if (_presentOn != SourceId && _view is not null)
        {
            _presence?.Dispose();
            _presentOn = SourceId;
            _presence = _reviewer is null ? null : Presence.Join(SourceId, Circuit.ViewerId, _reviewer.Name);
        }
    }

    /// <summary>Opens the post at <paramref name="position"/> of the queue this page was opened from.</summary>
    private async Task GoToPositionAsync(int position)
    {
        var next = await Queue.GetSourceIdAtAsync(_queue, position, _loading.Token);
        if (next is null)
        {
            Snackbar.Add(position < 0 ? "This is the first post of the queue." : "This is the last post of the queue.", Severity.Info);
            return;
        }

        Navigation.NavigateTo(PostLinks.ToPost(next, _queue, position));
    }

    /// <summary>
    /// After an action that finishes the work on this post: the post now at the same position (this
    /// one has usually left the queue), else the one after it, else back to the queue.
    /// </summary>
    private async Task OpenNextAsync(string done, long? undoable)
    {
        if (_session)
        {
            if (!await Start.OpenNextAsync(_reviewer, _queue, done, _loading.Token))
            {
                Navigation.NavigateTo(_queueHref);
            }

            return;
        }

        var atPosition = await Queue.GetSourceIdAtAsync(_queue, _position, _loading.Token);
        var (next, position) = atPosition is not null && atPosition != SourceId
            ? (atPosition, _position)
            : (await Queue.GetSourceIdAtAsync(_queue, _position + 1, _loading.Token), _position + 1);
        var message = next is null ? $"{done}. That was the last post of the queue." : $"{done}. Here is the next post of the queue.";
        if (undoable is { } historyId && _reviewer is { } reviewer)
        {
            var undoneHref = PostLinks.ToPost(SourceId, _queue, _position);
            var title = _view?.Post.Title ?? SourceId;
            UndoSnackbar.Add(Snackbar, message, () => UndoAsync(historyId, reviewer, title, undoneHref));
        }
        else
        {
            Snackbar.Add(message, Severity.Success);
        }

        Navigation.NavigateTo(next is null ? _queueHref : PostLinks.ToPost(next, _queue, position));
    }

    /// <summary>
    /// The snackbar's Undo: puts the post back as it was before (unless someone changed it since)
    /// and opens it again. It reads nothing of this page but what it was given, since the page
    /// may be showing another post by then, or none.
    /// </summary>
    private async Task UndoAsync(long historyId, Reviewer reviewer, string title, string undoneHref)
    {
        var undone = await Undo.UndoChangeAsync(historyId, reviewer);
        if (!undone.Done)
        {
            Snackbar.Add($"Not undone: the post {undone.Refusal ?? "could not be put back"}.", Severity.Warning);
            return;
        }

        Snackbar.Add($"Undone: “{title}” is back as it was.", Severity.Info);
        Navigation.NavigateTo(undoneHref);
    }

    /// <summary>Every answer of the review components: refusals are shown, a stale write offers a reload, success moves on or reloads.</summary>
    private async Task OnReviewedAsync(ReviewOutcome outcome)
    {
        var result = outcome.Result;
        if (result.Failure == ReviewFailure.Conflict)
        {
            _conflict = result.Message;
            // A checklist draft is not lost: the editor shows their version beside it, to merge and save.
            Snackbar.Add(
                outcome.Action == ReviewAction.EditChecklist
                    ? "Not saved: someone else changed this post first. Their checklist is beside yours: choose per item, then save."
                    : "Not saved: someone else changed this post first. Reload and apply your change again.",
                Severity.Warning);
            return;
        }

        if (!result.Succeeded)
        {
            Snackbar.Add(result.Message ?? "The change was refused.", Severity.Error);
            return;
        }

        _ownRowVersions.Add(result.RowVersion);
        _conflict = null;
        var done = $"{outcome.Done}: “{_view?.Post.Title}”";
        if (outcome.MovesOn)
        {
            await OpenNextAsync(done, outcome.Action == ReviewAction.Approve ? result.HistoryId : null);
            return;
        }

        Snackbar.Add(done, Severity.Success);
        await ReloadAsync(_loading.Token);
    }

    /// <summary>Reloads the post after a refused stale write; the checklist editor keeps the draft to re-apply.</summary>
    private async Task ReloadAfterConflictAsync()
    {
        await ReloadAsync(_loading.Token);
        _conflict = null;
        _conflictReloads++;
    }

    /// <summary>Another reviewer (or tab) changed a post: reload if it is this one and the change is not ours.</summary>
    private Task OnPostChangedAsync(PostChanged change) => InvokeAsync(async () =>
    {
        if (change.SourceId != SourceId || _view is null || change.RowVersion <= _view.RowVersion || _ownRowVersions.Contains(change.RowVersion))
        {
            return;
        }

        await ReloadAsync(_loading.Token);
        Snackbar.Add($"Updated by {change.By}: {change.What}", Severity.Info);
        StateHasChanged();
    });

    [JSInvokable]
    public async Task OnShortcut(string key)
    {
        switch (key)
        {
            case "j":
                await GoToPositionAsync(_position + 1);
                break;
            case "k" when _position > 0:
                await GoToPositionAsync(_position - 1);
                break;
            case "u":
                Navigation.NavigateTo(_queueHref);
                break;
            case "?":
                _helpOpen = true;
                break;
            case "Escape":
                _helpOpen = false;
                break;
            case var decision when !_helpOpen && PanelActions.ForKey(decision) is not null && _review is not null:
                await _review.ActByKeyAsync(decision);
                break;
        }

        StateHasChanged();
    }

    private static int ReadPosition(string uri)
    {
        var query = uri.IndexOf('?', StringComparison.Ordinal) is var i and >= 0 ? uri[i..] : "";
        var values = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(query);
        return values.TryGetValue("pos", out var pos) && int.TryParse(pos, out var position) && position >= 0 ? position : 0;
    }

    public async ValueTask DisposeAsync()
    {
        _changes?.Dispose();
        _presence?.Dispose();
        await _loading.CancelAsync();
        _loading.Dispose();
        if (_shortcuts is not null)
        {
            await _shortcuts.DisposeAsync();
        }
    }
}
