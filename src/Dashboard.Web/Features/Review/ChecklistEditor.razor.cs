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

    // After a refused save: the checklist saved meanwhile, paired with the draft, and its row version.
    private (IReadOnlyList<ChecklistMergeRow> Rows, IReadOnlyList<string> Theirs, long RowVersion)? _merge;

    [Parameter, EditorRequired] public ReviewTarget Target { get; set; } = default!;

    [Parameter] public Reviewer? Reviewer { get; set; }

    /// <summary>Raised with the service's answer to a save.</summary>
    [Parameter] public EventCallback<ReviewOutcome> OnOutcome { get; set; }

    /// <summary>The page counts the reloads the reviewer asked for after a conflict: each one re-applies the draft on the reloaded post.</summary>
    [Parameter] public int Reloads { get; set; }

    [Inject] private ReviewService Reviews { get; set; } = default!;
    [Inject] private Posts.PostReader Reader { get; set; } = default!;

    /// <summary>True while the reviewer has edits that are not saved.</summary>
    public bool HasUnsavedEdits => _editing && IsDirty;

    private Decision Decision => CurrentReviewer.Check(Reviewer, ReviewAction.EditChecklist, Target.Status);

    private bool IsDirty => !_draft.Select(d => d.Text).SequenceEqual(_baseItems);

    /// <summary>The index of the draft item the new item would repeat, or null.</summary>
    private int? NewItemRepeats =>
        string.IsNullOrWhiteSpace(_newItem) ? null
        : ChecklistDuplicates.Find([.. _draft.Select(d => d.Text), _newItem]).TryGetValue(_draft.Count, out var first) ? first : null;

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
            _merge = null;
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
        _merge = null;
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
        _merge = null;
        _baseItems = Target.Checklist;
        _baseRowVersion = Target.RowVersion;
    }

    private Task SaveAsync() => SaveAsync([.. _draft.Select(d => d.Text)], _baseRowVersion, "Checklist saved");

    /// <summary>The merge as chosen, saved against the row version of the checklist it was merged with.</summary>
    private Task SaveMergeAsync(IReadOnlyList<string> merged) =>
        _merge is { } merge ? SaveAsync(merged, merge.RowVersion, "Merged checklist saved") : Task.CompletedTask;

    /// <summary>The merge as chosen becomes the draft, over the checklist it was merged with.</summary>
    private void EditMerge(IReadOnlyList<string> merged)
    {
        if (_merge is { } merge)
        {
            _draft = [.. merged.Select(t => new DraftItem(t))];
            _baseItems = merge.Theirs;
            _baseRowVersion = merge.RowVersion;
            _savedMeanwhile = null;
            _merge = null;
        }
    }

    private async Task SaveAsync(IReadOnlyList<string> items, long rowVersion, string done)
    {
        if (Reviewer is not { } reviewer || _busy)
        {
            return;
        }

        _busy = true;
        try
        {
            var result = await Reviews.EditChecklistAsync(Target.SourceId, rowVersion, items, reviewer);
            if (result.Succeeded)
            {
                _editing = false;
                _draft = [];
                _savedMeanwhile = null;
                _merge = null;
            }
            else if (result.Failure == ReviewFailure.Conflict)
            {
                await ShowMergeAsync(items);
            }

            await OnOutcome.InvokeAsync(new ReviewOutcome(ReviewAction.EditChecklist, done, result));
        }
        finally
        {
            _busy = false;
        }
    }

    /// <summary>Reads the checklist saved meanwhile and pairs it with the refused items, for the reviewer to merge.</summary>
    private async Task ShowMergeAsync(IReadOnlyList<string> mine)
    {
        if (await Reader.GetAsync(Target.SourceId) is not { } saved)
        {
            return;
        }

        var theirs = saved.Post.Meta.Checklist ?? [];
        _draft = [.. mine.Select(t => new DraftItem(t))];
        _merge = (ChecklistMerge.Pair(mine, theirs), theirs, saved.RowVersion);
    }

    private sealed class DraftItem(string text)
    {
        public Guid Key { get; } = Guid.NewGuid();

        public string Text { get; set; } = text;
    }
}
