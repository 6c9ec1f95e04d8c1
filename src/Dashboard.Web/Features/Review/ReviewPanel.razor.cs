using Dashboard.Core.Format;
using Dashboard.Core.Review;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Dashboard.Web.Features.Review;

public sealed partial class ReviewPanel
{
    /// <summary>
    /// How long a post newly shown here ignores the buttons. After Approve the next post opens in
    /// this same panel: a held or repeated Enter, still aimed at the last post, must not decide on
    /// one the reviewer has not seen yet (the page also moves the focus to the new post's title).
    /// The same post reloaded after a change needs no such moment.
    /// </summary>
    internal static readonly TimeSpan SettleTime = TimeSpan.FromMilliseconds(800);

    private bool _busy;
    private MudMenu? _bumpMenu;
    private (string SourceId, long RowVersion)? _shown;

    // Until this moment the buttons do nothing; after a change of ours, until the changed (or next) post is shown.
    private DateTimeOffset _settlesAt = DateTimeOffset.MinValue;

    [Parameter, EditorRequired] public ReviewTarget Target { get; set; } = default!;

    /// <summary>Who acts; null when nobody is signed in (every action is then disabled).</summary>
    [Parameter] public Reviewer? Reviewer { get; set; }

    /// <summary>Every answer of the service, done or refused: the page reports it and moves on or reloads.</summary>
    [Parameter] public EventCallback<ReviewOutcome> OnOutcome { get; set; }

    /// <summary>Asked before a decision (someone else may hold the post); false: nothing happens.</summary>
    [Parameter] public Func<Task<bool>>? ConfirmDecision { get; set; }

    [Inject] private ReviewService Reviews { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private TimeProvider Time { get; set; } = default!;

    protected override void OnParametersSet()
    {
        var shown = (Target.SourceId, Target.RowVersion);
        if (_shown is { } previous && previous != shown)
        {
            // Another post waits a moment; the same post, reloaded after a change, acts at once.
            _settlesAt = previous.SourceId != shown.SourceId ? Time.GetUtcNow() + SettleTime : DateTimeOffset.MinValue;
        }

        _shown = shown;
    }

    internal bool IsDisabled(ReviewAction action) => _busy || !CurrentReviewer.Check(Reviewer, action, Target.Status).Allowed;

    private string TooltipFor(ReviewAction action, string whatItDoes) => PanelActions.TooltipFor(Reviewer, action, Target.Status, whatItDoes);

    /// <summary>
    /// A key of <see cref="PanelActions"/> pressed on the post page: the same as pressing the
    /// button (a greyed-out one does nothing), with the same dialogs and the same settling time.
    /// </summary>
    public async Task ActByKeyAsync(string key)
    {
        if (PanelActions.ForKey(key) is not { } shortcut || IsDisabled(shortcut.Action))
        {
            return;
        }

        switch (shortcut.Action)
        {
            case ReviewAction.SubmitForApproval:
                await SubmitAsync();
                break;
            case ReviewAction.Approve:
                await ApproveAsync();
                break;
            case ReviewAction.RequestChanges:
                await RequestChangesAsync();
                break;
            case ReviewAction.BumpVersion when _bumpMenu is not null:
                // A bump asks which part: the menu opens, the reviewer picks with the arrows and Enter.
                await _bumpMenu.OpenMenuAsync(EventArgs.Empty);
                break;
        }
    }

    private string Bumped(VersionBump bump) =>
        SemVersion.TryParse(Target.Version, out var version) ? ReviewPolicy.Bump(version, bump).ToString() : "?";

    private async Task SubmitAsync()
    {
        var note = await RequestChangesDialog.AskAsync(Dialogs, $"Anything the lead should know about “{Target.Title}”?", RequestChangesDialog.SendNote);
        if (note is not null)
        {
            await RunAsync(ReviewAction.SubmitForApproval, "Sent for approval", r => Reviews.SubmitAsync(Target.SourceId, Target.RowVersion, note, r));
        }
    }

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
        if (Reviewer is not { } reviewer || _busy || Time.GetUtcNow() < _settlesAt)
        {
            return;
        }

        _busy = true;
        try
        {
            if (ReviewWork.IsDecision(action) && ConfirmDecision is not null && !await ConfirmDecision())
            {
                return;
            }

            var result = await act(reviewer);
            if (result.Succeeded)
            {
                // What follows is another post, or this one changed: nothing more until it is shown.
                _settlesAt = DateTimeOffset.MaxValue;
            }

            // Double review kept the decision as a vote: say so rather than "Approved".
            if (result is { Succeeded: true, Message: { } said })
            {
                done = said;
            }

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
