using Dashboard.Web.Components.Shared;
using Dashboard.Web.Features.Queue;
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
        new("?", "show this help"),
        new("Esc", "close this help"),
    ];

    private PostView? _view;
    private string _bodyHtml = "";
    private IReadOnlyList<SimilarPost>? _similar;
    private bool _notFound;
    private bool _helpOpen;
    private QueueFilter _queue = new();
    private int _position;
    private string _queueHref = "/";
    private DotNetObjectReference<PostPage>? _self;
    private CancellationTokenSource _loading = new();

    [Parameter] public string SourceId { get; set; } = "";

    [Inject] private PostReader Reader { get; set; } = default!;
    [Inject] private PostHtmlRenderer Renderer { get; set; } = default!;
    [Inject] private SimilarPosts Similar { get; set; } = default!;
    [Inject] private QueueQuery Queue { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private IJSRuntime JS { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        await _loading.CancelAsync();
        _loading.Dispose();
        _loading = new CancellationTokenSource();
        var token = _loading.Token;

        _queue = QueueUrl.Parse(Navigation.Uri);
        _position = ReadPosition(Navigation.Uri);
        _queueHref = PostLinks.ToQueue(_queue, _position);
        _similar = null;
        _view = await Reader.GetAsync(SourceId, token);
        _notFound = _view is null;
        if (_view is not null)
        {
            _bodyHtml = Renderer.RenderBody(_view.Post);
            _ = LoadSimilarAsync(SourceId, token);
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
        catch (OperationCanceledException)
        {
            // The reviewer moved on to another post.
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            _self = DotNetObjectReference.Create(this);
            await JS.InvokeVoidAsync("dashboardShortcuts.register", _self, "post");
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
        await _loading.CancelAsync();
        _loading.Dispose();
        if (_self is not null)
        {
            try
            {
                await JS.InvokeVoidAsync("dashboardShortcuts.unregister", "post");
            }
            catch (JSDisconnectedException)
            {
                // The circuit is gone; so is the listener.
            }

            _self.Dispose();
        }
    }
}
