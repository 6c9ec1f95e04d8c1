using Microsoft.AspNetCore.Components;

namespace Dashboard.Web.Features.Review;

/// <summary>A revision to compare: the state recorded after (or before) a history entry.</summary>
public sealed record RevisionChoice(long HistoryId, bool After, string Label);

public sealed partial class RevisionCompare
{
    private List<RevisionChoice> _choices = [];
    private RevisionChoice? _left;
    private RevisionChoice? _right;
    private RevisionSnapshot? _leftSnapshot;
    private RevisionSnapshot? _rightSnapshot;
    private (IReadOnlyList<DiffLine> Left, IReadOnlyList<DiffLine> Right) _diff = ([], []);
    private (long PostId, long RowVersion) _loaded = (-1, -1);
    private bool _loading;

    [Parameter, EditorRequired] public long PostId { get; set; }

    /// <summary>The timeline's entries, newest first.</summary>
    [Parameter, EditorRequired] public IReadOnlyList<HistoryItem> Items { get; set; } = [];

    /// <summary>The post's row version: a new one means new entries, and the default comparison moves to the newest change.</summary>
    [Parameter] public long RowVersion { get; set; }

    [Inject] private PostHistoryQuery History { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        _choices = Choices(Items);
        if ((PostId, RowVersion) != _loaded || _left is null || !_choices.Contains(_left) || _right is null || !_choices.Contains(_right))
        {
            _loaded = (PostId, RowVersion);
            // By default: the newest change, as before and after.
            await ChooseAsync(_choices.ElementAtOrDefault(1), _choices.ElementAtOrDefault(0));
        }
    }

    /// <summary>Each entry's "after", newest first, then the "before" of the oldest shown (the revision the history starts from).</summary>
    internal static List<RevisionChoice> Choices(IReadOnlyList<HistoryItem> items)
    {
        var choices = items.Where(i => i.HasAfter)
            .Select(i => new RevisionChoice(i.Id, true, $"after {i.Action} · {i.Actor} · {i.AtUtc:yyyy-MM-dd HH:mm}"))
            .ToList();
        if (items.Count > 0 && items[^1] is { HasBefore: true } oldest)
        {
            choices.Add(new RevisionChoice(oldest.Id, false, $"before {oldest.Action} · {oldest.AtUtc:yyyy-MM-dd HH:mm}"));
        }

        return choices;
    }

    private async Task ChooseAsync(RevisionChoice? left, RevisionChoice? right)
    {
        _left = left;
        _right = right;
        _loading = true;
        try
        {
            _leftSnapshot = left is null ? null : await History.GetSnapshotAsync(PostId, left.HistoryId, left.After);
            _rightSnapshot = right is null ? null : await History.GetSnapshotAsync(PostId, right.HistoryId, right.After);
            _diff = _leftSnapshot is not null && _rightSnapshot is not null
                ? ChecklistDiff.Compare(_leftSnapshot.Checklist, _rightSnapshot.Checklist)
                : ([], []);
        }
        finally
        {
            _loading = false;
        }
    }

    private static IEnumerable<(string Label, string Left, string Right)> Fields(RevisionSnapshot left, RevisionSnapshot right) =>
    [
        ("status", left.Status, right.Status),
        ("version", left.Version, right.Version),
        ("last reviewed", Date(left.LastReviewed), Date(right.LastReviewed)),
        ("needs human review", left.NeedsHumanReview ? "yes" : "no", right.NeedsHumanReview ? "yes" : "no"),
        ("checklist items", left.Checklist.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), right.Checklist.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
    ];

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "never";

    private static string ClassFor(DiffKind kind) => kind switch
    {
        DiffKind.Removed => "diff-removed",
        DiffKind.Added => "diff-added",
        _ => "",
    };
}
