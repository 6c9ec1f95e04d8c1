using Dashboard.Core.Assignment;
using Dashboard.Web.Features.Queue;
using Dashboard.Web.Features.Review;

namespace Dashboard.Web.Features.Assignment;

/// <summary>
/// What a lead asks to assign: the listed posts (<paramref name="SourceIds"/>) or every post
/// matching a queue filter (the first <see cref="BulkReviewService.MaxPosts"/>), shared among
/// <paramref name="Reviewers"/> (accounts' user names) at most <paramref name="Cap"/> each.
/// </summary>
public sealed record AssignRequest(IReadOnlyList<string>? SourceIds, QueueFilter? Filter, IReadOnlyList<string> Reviewers, int Cap, AssignMode Mode);

/// <summary>
/// The dry run of an assignment: who gets how many, what is left over, and why nothing can be
/// done when that is so (<see cref="Problem"/>, naming the field). Executing it assigns <see cref="Plan"/>.
/// </summary>
public sealed record AssignPreview(AssignRequest Request, AssignmentPlan Plan, IReadOnlyList<string> UnknownPosts, string? Problem, bool Forbidden = false)
{
    public IReadOnlyList<(string Reviewer, int Count)> PerReviewer => Plan.PerReviewer(Request.Reviewers);

    /// <summary>"40 posts: ed1 14, ed2 13, ed3 13; 5 left (every reviewer at the cap)".</summary>
    public string Summary => Problem ?? string.Join("; ", new[]
    {
        $"{Plan.Assignments.Count:N0} {(Plan.Assignments.Count == 1 ? "post" : "posts")}: {string.Join(", ", PerReviewer.Select(r => $"{r.Reviewer} {r.Count:N0}"))}",
        Plan.Left > 0 ? $"{Plan.Left:N0} left (every reviewer at the cap)" : null,
        UnknownPosts.Count > 0 ? $"{UnknownPosts.Count:N0} unknown source ids: {string.Join(", ", UnknownPosts.Take(5))}" : null,
    }.Where(part => part is not null));
}
