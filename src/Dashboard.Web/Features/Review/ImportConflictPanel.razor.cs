using Dashboard.Core.Review;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Web.Features.Review;

public sealed partial class ImportConflictPanel
{
    private IReadOnlyList<ImportConflictView> _conflicts = [];
    private bool _busy;

    [Parameter, EditorRequired] public ReviewTarget Target { get; set; } = default!;

    /// <summary>Who acts; null when nobody is signed in.</summary>
    [Parameter] public Reviewer? Reviewer { get; set; }

    [Parameter] public EventCallback<ReviewOutcome> OnOutcome { get; set; }

    [Inject] private ImportConflicts Conflicts { get; set; } = default!;
    [Inject] private ReviewService Reviews { get; set; } = default!;

    private bool CanAct => !_busy && CurrentReviewer.Check(Reviewer, ReviewAction.AcceptImport, Target.Status).Allowed;

    protected override async Task OnParametersSetAsync() => _conflicts = await Conflicts.OpenAsync(Target.PostId);

    private string TooltipFor(string whatItDoes) =>
        CurrentReviewer.Check(Reviewer, ReviewAction.AcceptImport, Target.Status) is { Allowed: false, Reason: { } reason } ? reason : whatItDoes;

    private Task AcceptAsync(ImportConflictView conflict) =>
        RunAsync("Newer file taken", r => Reviews.AcceptImportAsync(Target.SourceId, Target.RowVersion, conflict.Id, r));

    private Task DismissAsync(ImportConflictView conflict) =>
        RunAsync("Newer file set aside; the reviewed post is kept", r => Reviews.DismissImportAsync(Target.SourceId, conflict.Id, r));

    private async Task RunAsync(string done, Func<Reviewer, Task<ReviewResult>> act)
    {
        if (Reviewer is not { } reviewer || _busy)
        {
            return;
        }

        _busy = true;
        try
        {
            var result = await act(reviewer);
            await OnOutcome.InvokeAsync(new ReviewOutcome(ReviewAction.AcceptImport, done, result));
        }
        finally
        {
            _busy = false;
        }
    }
}
