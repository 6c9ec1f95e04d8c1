namespace Dashboard.Core.Review;

/// <summary>
/// What a reviewer's work is, read from <see cref="ReviewWorkflow"/>: the decisions (the actions
/// that move a post to another status) and, per role, the statuses a post must be in for the role
/// to take one. "Next" hands out posts by this, and a decision ends the post's claim.
/// </summary>
public static class ReviewWork
{
    /// <summary>Does <paramref name="action"/> decide on the post, moving it to another status?</summary>
    public static bool IsDecision(ReviewAction action) => ReviewWorkflow.For(action) is { To: not null };

    /// <summary>
    /// Does <paramref name="action"/> end whoever's claim is on the post? A decision does (the work
    /// is done), so does a double review's vote, and so does a lead's assignment (the post is someone's else now).
    /// </summary>
    public static bool EndsClaim(ReviewAction action) => IsDecision(action) || action == ReviewAction.Assign || DoubleReview.IsVote(action);

    /// <summary>The history kinds of the decisions: what a reviewer's "done today" counts.</summary>
    public static IReadOnlyList<HistoryKind> DecisionKinds { get; } =
        [.. ReviewWorkflow.Steps.Where(s => s.To is not null).Select(s => s.Kind)];

    /// <summary>
    /// The statuses from which <paramref name="role"/> may take a decision: drafted and changes
    /// requested for an editor, in review (and approved) for a lead.
    /// </summary>
    public static IReadOnlyList<string> StatusesToActOn(Role role) =>
        [.. ReviewStatus.All.Where(status => ReviewWorkflow.Steps.Any(s => s.To is not null && s.From is not null && s.From.Contains(status) && s.Roles.Contains(role)))];

    /// <summary>May <paramref name="role"/> end anyone's claim, not only their own? Leads and admins, who hand out the work.</summary>
    public static bool MayReleaseAnyClaim(Role role) => role is Role.Lead or Role.Admin;
}
