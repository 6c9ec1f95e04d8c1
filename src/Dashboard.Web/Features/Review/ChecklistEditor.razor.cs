using Dashboard.Core.Review;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace Dashboard.Web.Features.Review;

/// <summary>
/// Edits the checklist against the row version it started from. When the post changes meanwhile
/// (a reload, another reviewer), the draft stays: the save is refused as a conflict rather than
/// overwriting, and the reviewer re-applies the draft on the current post in one click.
/// </summary>
public sealed partial class ChecklistEditor
{
    private List<DraftItem> _draft = [];
    private IReadOnlyList<string> _baseItems = [];
    private long _baseRowVersion;
    private IReadOnlyList<string>? _savedMeanwhile;
    private string? _newItem;
    private bool _editing;
    private bool _busy;
    private int _reloads;
    private long _postId = -1;

    [Parameter, EditorRequired] public ReviewTarget Target { get; set; } = default!;

    [Parameter] public Reviewer? Reviewer { get; set; }

    /// <summary>Raised with the service's answer to a save.</summary>
    [Parameter] public EventCallback<ReviewOutcome> OnOutcome { get; set; }

    /// <summary>The page counts the reloads the reviewer asked for after a conflict: each one re-applies the draft on the reloaded post.</summary>
    [Parameter] public int Reloads { get; set; }

    [Inject] private ReviewService Reviews { get; set; } = default!;

    /// <summary>True while the reviewer has edits that are not saved.</summary>
    public bool HasUnsavedEdits => _editing && IsDirty;

    private Decision Decision => CurrentReviewer.Check(Reviewer, ReviewAction.EditChecklist, Target.Status);

    private bool IsDirty => !_draft.Select(d => d.Text).SequenceEqual(_baseItems);

    protected override void OnParametersSet()
    {
        if (Target.PostId != _postId)
        {
            // Another post: a draft of the previous one does not apply to it.
            _postId = Target.PostId;
            Cancel();
        }

        if (!_editing)
        {
            _baseItems = Target.Checklist;
            _baseRowVersion = Target.RowVersion;
        }
        else if (Reloads != _reloads)
        {
            Rebase();
        }

        _reloads = Reloads;
    }

    private void StartEditing()
    {
        _baseItems = Target.Checklist;
        _baseRowVersion = Target.RowVersion;
        _draft = [.. Target.Checklist.Select(t => new DraftItem(t))];
        _savedMeanwhile = null;
        _editing = true;
    }

    /// <summary>Keeps the draft and takes the current post as the one it applies to.</summary>
    private void Rebase()
    {
        _savedMeanwhile = Target.Checklist.SequenceEqual(_baseItems) ? null : Target.Checklist;
        _baseItems = Target.Checklist;
        _baseRowVersion = Target.RowVersion;
    }

    private void Move(int index, int by)
    {
        var target = index + by;
        if (target >= 0 && target < _draft.Count)
        {
            (_draft[index], _draft[target]) = (_draft[target], _draft[index]);
        }
    }

    private void Add()
    {
        if (!string.IsNullOrWhiteSpace(_newItem))
        {
            _draft.Add(new DraftItem(_newItem.Trim()));
            _newItem = null;
        }
    }

    private void OnNewItemKeyUp(KeyboardEventArgs e)
    {
        if (e.Key == "Enter")
        {
            Add();
        }
    }

    private void Cancel()
    {
        _editing = false;
        _draft = [];
        _savedMeanwhile = null;
        _baseItems = Target.Checklist;
        _baseRowVersion = Target.RowVersion;
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
            var result = await Reviews.EditChecklistAsync(Target.SourceId, _baseRowVersion, [.. _draft.Select(d => d.Text)], reviewer);
            if (result.Succeeded)
            {
                _editing = false;
                _draft = [];
                _savedMeanwhile = null;
            }

            await OnOutcome.InvokeAsync(new ReviewOutcome(ReviewAction.EditChecklist, "Checklist saved", result));
        }
        finally
        {
            _busy = false;
        }
    }

    private sealed class DraftItem(string text)
    {
        public Guid Key { get; } = Guid.NewGuid();

        public string Text { get; set; } = text;
    }
}
