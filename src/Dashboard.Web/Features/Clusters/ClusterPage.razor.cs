using Dashboard.Core.Review;
using Dashboard.Core.Text;
using Dashboard.Web.Features.Review;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Dashboard.Web.Features.Clusters;

/// <summary>
/// One cluster: each member against the representative, word by word, and its one action, keep
/// this one and reject the others as its duplicates (a bulk action: dry run, progress, undo).
/// </summary>
public sealed partial class ClusterPage
{
    private ClusterDetail? _cluster;
    private List<(ClusterMember Member, WordDiffResult? Diff)> _members = [];
    private Reviewer? _reviewer;
    private bool _busy;
    private bool _interactive;

    [Parameter] public long Id { get; set; }

    [Inject] private ClusterQuery Clusters { get; set; } = default!;
    [Inject] private ClusterResolver Resolver { get; set; } = default!;
    [Inject] private BulkReviewService Bulk { get; set; } = default!;
    [Inject] private CurrentReviewer CurrentReviewer { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    private Decision CanResolve => CurrentReviewer.Permits(_reviewer, ReviewAction.Reject);

    protected override async Task OnParametersSetAsync()
    {
        _reviewer = await CurrentReviewer.GetAsync();
        await LoadAsync();
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender)
        {
            _interactive = true;
            StateHasChanged();
        }
    }

    private async Task LoadAsync()
    {
        _cluster = await Clusters.GetAsync(Id);
        // Each diff is computed once per load, not on every render.
        _members = _cluster is { } cluster
            ? [.. cluster.Members.Select(m => (m, m == cluster.Representative ? null : (WordDiffResult?)WordDiff.Compare(cluster.Representative.Article, m.Article)))]
            : [];
    }

    private async Task KeepAsync(string keep)
    {
        if (_reviewer is not { } reviewer || _busy)
        {
            return;
        }

        _busy = true;
        try
        {
            var planned = await Resolver.DryRunAsync(Id, keep, reviewer);
            if (planned.Plan is not { } plan)
            {
                Snackbar.Add(planned.Refusal!, Severity.Warning);
                return;
            }

            if (await BulkReviewDialog.ConfirmAndRunAsync(Dialogs, plan, reviewer, $"Keep {keep}") is not { } outcome)
            {
                return;
            }

            var done = BulkToolbar.DoneFor(BulkAction.Reject, VersionBump.Patch, outcome.Done) + $" as duplicates of {keep}";
            UndoSnackbar.Add(Snackbar, done, async () =>
            {
                var undone = await Bulk.UndoAsync(outcome.BulkId, reviewer);
                Snackbar.Add($"Undone: {undone.Done} {(undone.Done == 1 ? "post" : "posts")} put back", Severity.Info);
                await InvokeAsync(async () =>
                {
                    await LoadAsync();
                    StateHasChanged();
                });
            });
            await LoadAsync();
        }
        finally
        {
            _busy = false;
        }
    }
}
