using Dashboard.Core.Comments;
using Dashboard.Core.Format;
using Dashboard.Core.Review;
using Dashboard.Web.Features.Live;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;

namespace Dashboard.Web.Features.Comments;

public sealed partial class CommentsPanel : IDisposable
{
    private const int ExcerptLength = 50;
    private const string AddLabel = "Add a comment (@name mentions an account)";

    private readonly CancellationTokenSource _disposed = new();
    private IReadOnlyList<CommentThread> _threads = [];
    private string? _loadedFor;
    private IDisposable? _changes;
    private bool _busy;
    private string? _body;
    private string _anchor = "";
    private long? _replyingTo;
    private string? _reply;

    [Parameter, EditorRequired] public string SourceId { get; set; } = "";

    /// <summary>The post, for the places a comment can be anchored to.</summary>
    [Parameter, EditorRequired] public Post Post { get; set; } = default!;

    [Parameter] public Reviewer? Reviewer { get; set; }

    [Inject] private CommentService Comments { get; set; } = default!;
    [Inject] private CommentAccounts Accounts { get; set; } = default!;
    [Inject] private PostChangeNotifier Changes { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private IJSRuntime JS { get; set; } = default!;

    private int OpenCount => _threads.Count(t => t.IsOpen);

    protected override async Task OnParametersSetAsync()
    {
        if (_loadedFor != SourceId)
        {
            _loadedFor = SourceId;
            _body = null;
            _anchor = "";
            _replyingTo = null;
            await LoadAsync();
        }
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender)
        {
            // Another reviewer's comment on this post appears here as it is made.
            _changes = Changes.Subscribe(change => change.SourceId == SourceId && change.What == CommentService.Commented
                ? InvokeAsync(async () =>
                {
                    await LoadAsync();
                    StateHasChanged();
                })
                : Task.CompletedTask);
        }
    }

    private async Task LoadAsync() => _threads = await Comments.ListAsync(SourceId, _disposed.Token) ?? [];

    /// <summary>The places of the post a comment can be about, with the start of their text.</summary>
    private IEnumerable<(CommentAnchor Anchor, string Text)> Places() =>
        Post.Body.OfType<Paragraph>().Select((p, i) => (new CommentAnchor(AnchorKind.Paragraph, i + 1), Shorten(p.Text)))
            .Concat((Post.Meta.Checklist ?? []).Select((item, i) => (new CommentAnchor(AnchorKind.ChecklistItem, i + 1), Shorten(item))));

    private string Excerpt(CommentAnchor anchor) =>
        Places().FirstOrDefault(p => p.Anchor == anchor).Text ?? "no longer in the post";

    private static string Shorten(string text) => text.Length > ExcerptLength ? text[..ExcerptLength] + "…" : text;

    private Task<IEnumerable<CommentAccount>> SuggestAsync(string text, CancellationToken cancellationToken) =>
        Accounts.SuggestAsync(text, cancellationToken).ContinueWith(t => (IEnumerable<CommentAccount>)t.Result, cancellationToken, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);

    /// <summary>The autocomplete's choice goes into the text as the account's handle.</summary>
    private void Mention(CommentAccount? account)
    {
        if (account is not null)
        {
            _body = $"{_body?.TrimEnd()} @{account.Handle} ".TrimStart();
        }
    }

    private async Task ScrollToAsync(CommentAnchor anchor) =>
        await JS.InvokeVoidAsync("dashboardAnchors.scrollTo", anchor.Kind == AnchorKind.Paragraph ? "paragraph" : "checklist", anchor.Number);

    private async Task AddAsync()
    {
        if (await RunAsync(reviewer => Comments.AddAsync(SourceId, new CommentDraft(_body ?? "", Anchor: _anchor), reviewer, _disposed.Token)))
        {
            _body = null;
            _anchor = "";
        }
    }

    private async Task ReplyAsync(long threadId)
    {
        if (await RunAsync(reviewer => Comments.AddAsync(SourceId, new CommentDraft(_reply ?? "", threadId), reviewer, _disposed.Token)))
        {
            _reply = null;
            _replyingTo = null;
        }
    }

    private Task ResolveAsync(CommentView first, bool resolved) =>
        RunAsync(reviewer => Comments.ResolveAsync(SourceId, first.Id, resolved, reviewer, _disposed.Token));

    private async Task<bool> RunAsync(Func<Reviewer, Task<CommentResult>> act)
    {
        // The service checks again; a crafted event without a reviewer does nothing.
        if (Reviewer is not { } reviewer || _busy)
        {
            return false;
        }

        _busy = true;
        try
        {
            var result = await act(reviewer);
            if (!result.Succeeded)
            {
                Snackbar.Add(result.Message ?? "The comment was refused.", Severity.Error);
                return false;
            }

            await LoadAsync();
            return true;
        }
        finally
        {
            _busy = false;
        }
    }

    public void Dispose()
    {
        _changes?.Dispose();
        _disposed.Cancel();
        _disposed.Dispose();
    }
}
