using Dashboard.Core.Review;
using Dashboard.Web.Features.Queue;
using Dashboard.Web.Features.Review;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Dashboard.Web.Features.Assignment;

public sealed partial class AssignButton
{
    private bool _busy;

    [Parameter, EditorRequired] public IReadOnlyCollection<QueueRow> Selected { get; set; } = [];

    [Parameter, EditorRequired] public QueueFilter Filter { get; set; } = new();

    /// <summary>Every post matching <see cref="Filter"/> rather than the selection.</summary>
    [Parameter] public bool AllMatching { get; set; }

    [Parameter] public Reviewer? Reviewer { get; set; }

    [Parameter] public EventCallback OnFinished { get; set; }

    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private BulkReviewService Bulk { get; set; } = default!;

    private async Task OpenAsync()
    {
        if (Reviewer is not { } reviewer || _busy)
        {
            return;
        }

        _busy = true;
        try
        {
            var outcome = await AssignDialog.ShowAsync(Dialogs, AllMatching ? null : [.. Selected.Select(r => r.SourceId)], Filter, reviewer);
            if (outcome is null)
            {
                return;
            }

            var message = $"Assigned {outcome.Done:N0} {(outcome.Done == 1 ? "post" : "posts")}";
            if (outcome.Done == 0)
            {
                Snackbar.Add(message, Severity.Warning);
            }
            else
            {
                // The same undo as every bulk action: the assignments carry one bulk id.
                UndoSnackbar.Add(Snackbar, message, async () =>
                {
                    var undone = await Bulk.UndoAsync(outcome.BulkId, reviewer);
                    Snackbar.Add($"Undone: {undone.Done:N0} {(undone.Done == 1 ? "assignment" : "assignments")} put back", undone.Refusals.Count == 0 ? Severity.Info : Severity.Warning);
                });
            }

            await OnFinished.InvokeAsync();
        }
        finally
        {
            _busy = false;
        }
    }
}
