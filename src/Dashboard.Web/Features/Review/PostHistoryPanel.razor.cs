using Dashboard.Core.Review;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Dashboard.Web.Features.Review;

public sealed partial class PostHistoryPanel : IDisposable
{
    private HistoryPage? _page;
    private int _take = PostHistoryQuery.PageSize;
    private long _loadedPostId = -1;
    private long _loadedRowVersion = -1;
    private bool _comparing;
    private bool _busy;
    private readonly CancellationTokenSource _disposed = new();

    [Parameter, EditorRequired] public ReviewTarget Target { get; set; } = default!;

    [Parameter] public Reviewer? Reviewer { get; set; }

    [Parameter] public EventCallback<ReviewOutcome> OnOutcome { get; set; }

    [Inject] private PostHistoryQuery History { get; set; } = default!;
    [Inject] private ReviewService Reviews { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        if (Target.PostId != _loadedPostId)
        {
            _take = PostHistoryQuery.PageSize;
            _comparing = false;
            _page = null;
        }

        // Every change bumps the row version, so a new one means a new entry to show.
        if (Target.PostId != _loadedPostId || Target.RowVersion != _loadedRowVersion)
        {
            _loadedPostId = Target.PostId;
            _loadedRowVersion = Target.RowVersion;
            await LoadAsync();
        }
    }

    private async Task LoadAsync()
    {
        try
        {
            _page = await History.GetAsync(Target.PostId, _take, _disposed.Token);
        }
        catch (OperationCanceledException)
        {
            // The page is gone.
        }
    }

    private async Task ShowMoreAsync()
    {
        _take += PostHistoryQuery.PageSize;
        await LoadAsync();
    }

    // The newest entry is the post as it is now: restoring it would change nothing.
    private Decision RestoreDecision(int index) =>
        index == 0 ? Decision.Deny("This is the current revision.") : CurrentReviewer.Permits(Reviewer, ReviewAction.RestoreRevision);

    private async Task RestoreAsync(HistoryItem item)
    {
        if (Reviewer is not { } reviewer || _busy)
        {
            return;
        }

        var confirmed = await Dialogs.ShowMessageBoxAsync(
            "Restore this revision?",
            $"The post goes back to how it was after “{item.Action}” by {item.Actor} ({item.AtUtc:yyyy-MM-dd HH:mm} UTC). The restore is recorded as a new change and can itself be undone.",
            yesText: "Restore", cancelText: "Cancel");
        if (confirmed != true)
        {
            return;
        }

        _busy = true;
        try
        {
            var result = await Reviews.RestoreAsync(Target.SourceId, Target.RowVersion, item.Id, reviewer);
            await OnOutcome.InvokeAsync(new ReviewOutcome(ReviewAction.RestoreRevision, "Revision restored", result));
        }
        finally
        {
            _busy = false;
        }
    }

    internal static Color ColorFor(HistoryKind kind) => kind switch
    {
        HistoryKind.Approved or HistoryKind.LotApproved => Color.Success,
        HistoryKind.ChangesRequested => Color.Warning,
        HistoryKind.Rejected => Color.Error,
        HistoryKind.SentForApproval => Color.Primary,
        HistoryKind.RevisionRestored or HistoryKind.Undone => Color.Secondary,
        HistoryKind.ImportedRevision => Color.Info,
        _ => Color.Default,
    };

    public void Dispose()
    {
        _disposed.Cancel();
        _disposed.Dispose();
    }
}
