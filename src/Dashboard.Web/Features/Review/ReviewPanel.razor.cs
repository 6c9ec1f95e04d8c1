using Dashboard.Core.Format;
using Dashboard.Core.Review;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Dashboard.Web.Features.Review;

public sealed partial class ReviewPanel
{
    private bool _busy;

    [Parameter, EditorRequired] public ReviewTarget Target { get; set; } = default!;

    /// <summary>Who acts; null when nobody is signed in (every action is then disabled).</summary>
    [Parameter] public Reviewer? Reviewer { get; set; }

    /// <summary>Every answer of the service, done or refused: the page reports it and moves on or reloads.</summary>
    [Parameter] public EventCallback<ReviewOutcome> OnOutcome { get; set; }

    [Inject] private ReviewService Reviews { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;

    internal bool IsDisabled(ReviewAction action) => _busy || !CurrentReviewer.Check(Reviewer, action, Target.Status).Allowed;

    private string TooltipFor(ReviewAction action, string whatItDoes) =>
        CurrentReviewer.Check(Reviewer, action, Target.Status) is { Allowed: false, Reason: { } reason } ? reason : whatItDoes;

    private string Bumped(VersionBump bump) =>
        SemVersion.TryParse(Target.Version, out var version) ? ReviewPolicy.Bump(version, bump).ToString() : "?";

    private Task SubmitAsync() =>
        RunAsync(ReviewAction.SubmitForApproval, "Sent for approval", r => Reviews.SubmitAsync(Target.SourceId, Target.RowVersion, r));

    private Task ApproveAsync() =>
        RunAsync(ReviewAction.Approve, "Approved", r => Reviews.ApproveAsync(Target.SourceId, Target.RowVersion, r));

    private async Task RequestChangesAsync()
    {
        var note = await RequestChangesDialog.AskAsync(Dialogs, $"What should the editor change in “{Target.Title}”?");
        if (note is not null)
        {
            await RunAsync(ReviewAction.RequestChanges, "Changes requested", r => Reviews.RequestChangesAsync(Target.SourceId, Target.RowVersion, note, r));
        }
    }

    private Task BumpAsync(VersionBump bump) =>
        RunAsync(ReviewAction.BumpVersion, $"Version bumped ({bump.ToString().ToLowerInvariant()})", r => Reviews.BumpVersionAsync(Target.SourceId, Target.RowVersion, bump, r));

    private async Task RunAsync(ReviewAction action, string done, Func<Reviewer, Task<ReviewResult>> act)
    {
        // A disabled button can still be invoked by a crafted event; the service refuses what the role may not do.
        if (Reviewer is not { } reviewer || _busy)
        {
            return;
        }

        _busy = true;
        try
        {
            var result = await act(reviewer);
            if (action == ReviewAction.BumpVersion && result.Succeeded)
            {
                done = $"Version bumped to v{result.Version}";
            }

            await OnOutcome.InvokeAsync(new ReviewOutcome(action, done, result));
        }
        finally
        {
            _busy = false;
        }
    }
}
