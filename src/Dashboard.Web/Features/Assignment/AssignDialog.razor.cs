using System.Diagnostics;
using Dashboard.Core.Assignment;
using Dashboard.Core.Review;
using Dashboard.Web.Features.Accounts;
using Dashboard.Web.Features.Queue;
using Dashboard.Web.Features.Review;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Dashboard.Web.Features.Assignment;

public sealed partial class AssignDialog
{
    private IReadOnlyList<string> _assignable = [];
    private IReadOnlyCollection<string> _reviewers = [];
    private AssignMode _mode = AssignMode.Evenly;
    private int _cap = 50;
    private AssignPreview? _preview;
    private bool _running;
    private int _done;
    private BulkOutcome? _outcome;
    private readonly Stopwatch _sinceRender = new();

    [CascadingParameter] private IMudDialogInstance Dialog { get; set; } = default!;

    /// <summary>The selected posts; null: every post matching <see cref="Filter"/>.</summary>
    [Parameter] public IReadOnlyList<string>? SourceIds { get; set; }

    [Parameter] public QueueFilter? Filter { get; set; }

    [Parameter, EditorRequired] public Reviewer Reviewer { get; set; } = default!;

    [Inject] private AssignmentService Assignments { get; set; } = default!;
    [Inject] private ReviewerDirectory Directory { get; set; } = default!;

    private string Describe => SourceIds is { } ids ? $"{ids.Count:N0} selected {(ids.Count == 1 ? "post" : "posts")}" : "every matching post";

    // Only a plan for what the form says now can be run: a change asks for a new dry run.
    private bool CanAssign => !_running && _outcome is null && _preview is { Problem: null, Plan.Assignments.Count: > 0 };

    protected override async Task OnInitializedAsync() => _assignable = await Directory.AssignableAsync();

    private void OnReviewersChanged(IEnumerable<string> reviewers)
    {
        _reviewers = [.. reviewers];
        _preview = null;
    }

    private void OnModeChanged(AssignMode mode)
    {
        _mode = mode;
        _preview = null;
    }

    private void OnCapChanged(int cap)
    {
        _cap = cap;
        _preview = null;
    }

    private async Task DryRunAsync() =>
        _preview = await Assignments.DryRunAsync(new AssignRequest(SourceIds, SourceIds is null ? Filter : null, [.. _reviewers], _cap, _mode), Reviewer);

    private async Task AssignAsync()
    {
        if (!CanAssign)
        {
            return;
        }

        _running = true;
        _sinceRender.Restart();
        // Not cancellable once started: a half-done assignment still has its bulk id, so it is undone as one.
        var progress = new Progress<int>(done =>
        {
            _done = done;
            if (_sinceRender.ElapsedMilliseconds > 150)
            {
                _sinceRender.Restart();
                StateHasChanged();
            }
        });
        try
        {
            _outcome = await Assignments.ExecuteAsync(_preview!, Reviewer, progress);
        }
        finally
        {
            _running = false;
        }

        Dialog.Close(DialogResult.Ok(_outcome));
    }

    /// <summary>Shows the dialog; the outcome once assigned, or null when the lead cancelled.</summary>
    public static async Task<BulkOutcome?> ShowAsync(IDialogService dialogs, IReadOnlyList<string>? sourceIds, QueueFilter filter, Reviewer reviewer)
    {
        var parameters = new DialogParameters<AssignDialog>
        {
            { d => d.SourceIds, sourceIds },
            { d => d.Filter, filter },
            { d => d.Reviewer, reviewer },
        };
        var options = new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true, BackdropClick = false, CloseOnEscapeKey = false };
        var dialog = await dialogs.ShowAsync<AssignDialog>("Assign", parameters, options);
        var result = await dialog.Result;
        return result is { Canceled: false, Data: BulkOutcome outcome } ? outcome : null;
    }
}
