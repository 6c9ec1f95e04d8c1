using Dashboard.Core.Review;
using Dashboard.Core.Text;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Web.Features.Review;

public sealed partial class ImportConflictPanel
{
    private IReadOnlyList<ImportConflictView> _conflicts = [];
    private Dictionary<long, WordDiffResult> _articleDiffs = [];
    private bool _busy;

    [Parameter, EditorRequired] public ReviewTarget Target { get; set; } = default!;

    /// <summary>Who acts; null when nobody is signed in.</summary>
    [Parameter] public Reviewer? Reviewer { get; set; }

    /// <summary>The post's article now (<see cref="ArticleWords.Of"/>), compared word by word with each newer file's.</summary>
    [Parameter, EditorRequired] public string Article { get; set; } = "";

    [Parameter] public EventCallback<ReviewOutcome> OnOutcome { get; set; }

    [Inject] private ImportConflicts Conflicts { get; set; } = default!;
    [Inject] private ReviewService Reviews { get; set; } = default!;

    private bool CanAct => !_busy && CurrentReviewer.Check(Reviewer, ReviewAction.AcceptImport, Target.Status).Allowed;

    protected override async Task OnParametersSetAsync()
    {
        _conflicts = await Conflicts.OpenAsync(Target.PostId);
        // Computed once per load, not on every render: a long article costs a diff.
        _articleDiffs = _conflicts.Where(c => c.Article != Article).ToDictionary(c => c.Id, c => WordDiff.Compare(Article, c.Article));
    }

    private static string ArticleSummary(WordDiffResult? diff)
    {
        if (diff is null)
        {
            return "the same in both";
        }

        string Words(WordChange change) => diff.Runs.Where(r => r.Change == change).Sum(r => r.Text.Split(' ').Length) is var n && n == 1 ? "1 word" : $"{n:N0} words";
        return $"differs: {Words(WordChange.Removed)} only in the post, {Words(WordChange.Added)} only in the newer file (compared below)";
    }

    private string TooltipFor(string whatItDoes) => PanelActions.TooltipFor(Reviewer, ReviewAction.AcceptImport, Target.Status, whatItDoes);

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
