using Dashboard.Core.Format;
using Dashboard.Core.Review;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Dashboard.Web.Features.Review;

public sealed partial class RevisionEditor
{
    private string _status = "";
    private string _version = "";
    private DateTime? _lastReviewed;
    private (long PostId, long RowVersion) _loaded = (-1, -1);
    private bool _busy;

    [Parameter, EditorRequired] public ReviewTarget Target { get; set; } = default!;

    [Parameter] public Reviewer? Reviewer { get; set; }

    [Parameter] public EventCallback<ReviewOutcome> OnOutcome { get; set; }

    [Inject] private ReviewService Reviews { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;

    private bool IsDirty =>
        _status != Target.Status || _version.Trim() != Target.Version || ToDate(_lastReviewed) != Target.LastReviewed;

    /// <summary>Why the version typed cannot be saved, or null.</summary>
    private string? VersionError => SemVersion.TryParse(_version.Trim(), out _) ? null : ReviewService.NotAVersion(_version.Trim());

    /// <summary>What saving the version typed will ask: moving backwards needs a confirmation.</summary>
    private string? VersionNote =>
        SemVersion.TryParse(_version.Trim(), out var proposed) && SemVersion.TryParse(Target.Version, out var current)
            ? ReviewPolicy.CheckVersionChange(current, proposed, confirmedBackwards: false).Reason
            : null;

    protected override void OnParametersSet()
    {
        // Another post, or a new revision of this one (saved here or elsewhere), resets the fields to it.
        if ((Target.PostId, Target.RowVersion) != _loaded)
        {
            Reset();
        }
    }

    private void Reset()
    {
        _status = Target.Status;
        _version = Target.Version;
        _lastReviewed = Target.LastReviewed?.ToDateTime(TimeOnly.MinValue);
        _loaded = (Target.PostId, Target.RowVersion);
    }

    private async Task SaveAsync()
    {
        if (Reviewer is not { } reviewer || _busy)
        {
            return;
        }

        _busy = true;
        try
        {
            var version = _version.Trim();
            var lastReviewed = ToDate(_lastReviewed);
            var result = await Reviews.EditRevisionAsync(Target.SourceId, Target.RowVersion, _status, version, lastReviewed, confirmBackwards: false, reviewer);
            if (result.Failure == ReviewFailure.NeedsConfirmation)
            {
                var confirmed = await Dialogs.ShowMessageBoxAsync(
                    "Move the version backwards?", result.Message ?? "", yesText: "Move backwards", cancelText: "Cancel");
                if (confirmed != true)
                {
                    return;
                }

                result = await Reviews.EditRevisionAsync(Target.SourceId, Target.RowVersion, _status, version, lastReviewed, confirmBackwards: true, reviewer);
            }

            await OnOutcome.InvokeAsync(new ReviewOutcome(ReviewAction.EditRevision, "Revision edited", result));
        }
        finally
        {
            _busy = false;
        }
    }

    private static DateOnly? ToDate(DateTime? date) => date is { } d ? DateOnly.FromDateTime(d) : null;
}
