using Dashboard.Core.Review;
using Dashboard.Web.Features.Queue;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Dashboard.Web.Features.Review;

/// <summary>
/// The queue's bulk actions: a dry run first (who can, who cannot, why), then the action with a
/// progress bar, then a snackbar that undoes the whole batch in one click.
/// </summary>
public sealed partial class BulkToolbar
{
    private bool _busy;
    private bool _allMatching;

    /// <summary>The selected rows, with the row versions they had when selected.</summary>
    [Parameter, EditorRequired] public IReadOnlyCollection<QueueRow> Selected { get; set; } = [];

    /// <summary>The queue's current filter, for "all matching".</summary>
    [Parameter, EditorRequired] public QueueFilter Filter { get; set; } = new();

    /// <summary>How many posts match the filter.</summary>
    [Parameter] public int Total { get; set; }

    [Parameter] public Reviewer? Reviewer { get; set; }

    /// <summary>Raised after a bulk action ran: the page clears the selection and reloads.</summary>
    [Parameter] public EventCallback OnFinished { get; set; }

    [Parameter] public EventCallback OnClear { get; set; }

    [Inject] private BulkReviewService Bulk { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private BulkJobs Jobs { get; set; } = default!;

    private string CountLabel => _allMatching
        ? $"All {Math.Min(Total, BulkReviewService.MaxPosts):N0} matching posts"
        : $"{Selected.Count:N0} selected";

    protected override void OnParametersSet()
    {
        // "All matching" is a choice about this selection; a new selection starts without it.
        if (Selected.Count == 0)
        {
            _allMatching = false;
        }
    }

    private bool IsDisabled(ReviewAction action) => _busy || Jobs.IsRunning || !CurrentReviewer.Permits(Reviewer, action).Allowed;

    private string TooltipFor(ReviewAction action, string whatItDoes) =>
        CurrentReviewer.Permits(Reviewer, action) is { Allowed: false, Reason: { } reason } ? reason : whatItDoes;

    private async Task RunAsync(BulkAction action, VersionBump bump)
    {
        if (Reviewer is not { } reviewer || _busy)
        {
            return;
        }

        _busy = true;
        try
        {
            string? note = null;
            if (action == BulkAction.RequestChanges)
            {
                note = await RequestChangesDialog.AskAsync(Dialogs, "One note for every post sent back: what should the editors change?");
                if (note is null)
                {
                    return;
                }
            }

            RejectChoice? rejection = null;
            if (action == BulkAction.Reject)
            {
                rejection = await RejectDialog.AskAsync(Dialogs, "One reason and note for every post rejected:", sourceId: null);
                if (rejection is null)
                {
                    return;
                }

                note = rejection.Note;
            }

            IReadOnlyList<BulkTarget>? selected = _allMatching ? null : [.. Selected.Select(r => new BulkTarget(r.SourceId, r.RowVersion))];
            var request = new BulkRequest(
                action, selected, _allMatching ? Filter : null, bump, note, rejection?.Reason ?? RejectionReason.Other, rejection?.DuplicateOf);
            var plan = await Bulk.DryRunAsync(request, reviewer);
            if (!await BulkReviewDialog.ConfirmAsync(Dialogs, plan, reviewer, TitleFor(action, bump)))
            {
                return;
            }

            // In the background: the queue stays usable, BulkProgress shows how far it got, and a
            // snackbar with Undo says what it did.
            Jobs.Start(plan, reviewer, TitleFor(action, bump), done => DoneFor(action, bump, done));
            await OnFinished.InvokeAsync();
        }
        finally
        {
            _busy = false;
        }
    }

    internal static string DoneFor(BulkAction action, VersionBump bump, int count)
    {
        var posts = count == 1 ? "post" : "posts";
        return action switch
        {
            BulkAction.Approve => $"Approved {count:N0} {posts}",
            BulkAction.RequestChanges => $"Requested changes on {count:N0} {posts}",
            BulkAction.Reject => $"Rejected {count:N0} {posts}",
            _ => $"Bumped the version ({bump.ToString().ToLowerInvariant()}) of {count:N0} {posts}",
        };
    }

    private static string TitleFor(BulkAction action, VersionBump bump) => action switch
    {
        BulkAction.Approve => "Approve posts",
        BulkAction.RequestChanges => "Request changes",
        BulkAction.Reject => "Reject posts",
        _ => $"Bump versions ({bump.ToString().ToLowerInvariant()})",
    };
}
