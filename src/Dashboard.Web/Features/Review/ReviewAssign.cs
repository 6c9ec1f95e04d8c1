using Dashboard.Core.Review;

namespace Dashboard.Web.Features.Review;

public sealed partial class ReviewService
{
    /// <summary>
    /// Gives the post to <paramref name="assignee"/> (an account's user name), or takes it from whoever
    /// had it (null), through the one apply path. It expects no row version: who works on a post does
    /// not depend on what it says, so an edit since the lead's dry run does not stop it.
    /// </summary>
    public Task<ReviewResult> AssignAsync(string sourceId, string? assignee, Reviewer reviewer, CancellationToken cancellationToken = default) =>
        ApplyAsync(sourceId, expectedRowVersion: null, reviewer, ReviewAction.Assign, assignee is null ? "unassigned" : $"assigned to {assignee}", (post, record) =>
        {
            record.AssigneeName = assignee;
            return post;
        }, cancellationToken);
}
