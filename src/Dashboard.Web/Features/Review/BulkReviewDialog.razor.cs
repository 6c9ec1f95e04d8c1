using System.Diagnostics;
using Dashboard.Core.Review;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Dashboard.Web.Features.Review;

public sealed partial class BulkReviewDialog
{
    private bool _running;
    private int _done;
    private BulkOutcome? _outcome;
    private readonly Stopwatch _sinceRender = new();

    [CascadingParameter] private IMudDialogInstance Dialog { get; set; } = default!;

    [Parameter, EditorRequired] public BulkPlan Plan { get; set; } = default!;

    [Parameter, EditorRequired] public Reviewer Reviewer { get; set; } = default!;

    [Parameter] public string Title { get; set; } = "Bulk action";

    /// <summary>Confirm only closes the dialog: the caller runs the plan in the background (<see cref="BulkJobs"/>).</summary>
    [Parameter] public bool InBackground { get; set; }

    [Inject] private BulkReviewService Bulk { get; set; } = default!;

    private async Task ConfirmAsync()
    {
        if (_running || Plan.Eligible.Count == 0)
        {
            return;
        }

        if (InBackground)
        {
            Dialog.Close(DialogResult.Ok(true));
            return;
        }

        _running = true;
        _sinceRender.Restart();
        // Not cancellable once started: a half-done batch still has its bulk id, so it is undone as one.
        var progress = new Progress<int>(done =>
        {
            _done = done;
            if (_sinceRender.ElapsedMilliseconds > 150 || done == Plan.Eligible.Count)
            {
                _sinceRender.Restart();
                StateHasChanged();
            }
        });
        try
        {
            _outcome = await Bulk.ExecuteAsync(Plan, Reviewer, progress);
        }
        finally
        {
            _running = false;
        }

        Dialog.Close(DialogResult.Ok(_outcome));
    }

    /// <summary>Shows the plan; true when the reviewer confirmed it (the caller then runs it).</summary>
    public static async Task<bool> ConfirmAsync(IDialogService dialogs, BulkPlan plan, Reviewer reviewer, string title)
    {
        var parameters = new DialogParameters<BulkReviewDialog>
        {
            { d => d.Plan, plan },
            { d => d.Reviewer, reviewer },
            { d => d.Title, title },
            { d => d.InBackground, true },
        };
        var dialog = await dialogs.ShowAsync<BulkReviewDialog>(title, parameters, new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
        var result = await dialog.Result;
        return result is { Canceled: false, Data: true };
    }

    /// <summary>Shows the plan; the outcome once executed, or null when the reviewer cancelled.</summary>
    public static async Task<BulkOutcome?> ConfirmAndRunAsync(IDialogService dialogs, BulkPlan plan, Reviewer reviewer, string title)
    {
        var parameters = new DialogParameters<BulkReviewDialog>
        {
            { d => d.Plan, plan },
            { d => d.Reviewer, reviewer },
            { d => d.Title, title },
        };
        var options = new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true, BackdropClick = false, CloseOnEscapeKey = false };
        var dialog = await dialogs.ShowAsync<BulkReviewDialog>(title, parameters, options);
        var result = await dialog.Result;
        return result is { Canceled: false, Data: BulkOutcome outcome } ? outcome : null;
    }
}
