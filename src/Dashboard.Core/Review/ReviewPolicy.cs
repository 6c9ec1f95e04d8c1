using Dashboard.Core.Format;

namespace Dashboard.Core.Review;

/// <summary>
/// The review workflow's rules: which role may do what, and which status allows it, read from
/// <see cref="ReviewWorkflow"/>. Services call this before every change, whatever asked for it
/// (page, API, bulk action). An action or a status the workflow does not know is refused.
/// </summary>
public static class ReviewPolicy
{
    /// <summary>May <paramref name="role"/> ever do <paramref name="action"/>?</summary>
    public static Decision Permits(Role role, ReviewAction action) => ReviewWorkflow.For(action) switch
    {
        null => Decision.Deny("This action is not known."),
        { } step when step.Roles.Contains(role) => Decision.Allow,
        { } step => Decision.Deny(step.RoleRefusal),
    };

    /// <summary>May <paramref name="role"/> do <paramref name="action"/> to a post in <paramref name="status"/>?</summary>
    public static Decision Check(Role role, ReviewAction action, string status)
    {
        var permitted = Permits(role, action);
        if (!permitted.Allowed)
        {
            return permitted;
        }

        var step = ReviewWorkflow.For(action)!;
        return step.From switch
        {
            null => Decision.Allow,
            _ when !ReviewStatus.IsKnown(status) => Decision.Deny($"This post's status \"{status}\" is not one the workflow knows; an admin can set a known one."),
            { } from when from.Contains(status) => Decision.Allow,
            _ => Decision.Deny(step.NotFrom(status)),
        };
    }

    /// <summary>
    /// The status after <paramref name="action"/> from <paramref name="status"/>: the action's own,
    /// else <paramref name="requested"/> (what a revision edit, restore or undo sets) or the
    /// current one, back to review when approved content changes (<paramref name="contentChanged"/>
    /// for an action that changes it only sometimes, such as a revision edit of the version).
    /// </summary>
    public static string StatusAfter(ReviewAction action, string status, string? requested = null, bool contentChanged = false)
    {
        var step = ReviewWorkflow.For(action) ?? throw new ArgumentOutOfRangeException(nameof(action), action, "Not an action of the workflow.");
        if (step.To is { } to)
        {
            return to;
        }

        var kept = requested ?? status;
        return (step.ChangesContent || contentChanged) && ReviewWorkflow.ReviewedStatuses.Contains(kept) ? ReviewStatus.InReview : kept;
    }

    /// <summary>
    /// May <paramref name="action"/> happen to a post with these open (unresolved) comments?
    /// Approval waits until every comment is resolved when <paramref name="blockApproval"/> says so
    /// (the setting <c>Review:BlockApprovalOnOpenComments</c>); nothing else is held up by them.
    /// </summary>
    public static Decision CheckOpenComments(ReviewAction action, IReadOnlyList<string> openComments, bool blockApproval)
    {
        ArgumentNullException.ThrowIfNull(openComments);
        if (!IsHeldByOpenComments(action, blockApproval) || openComments.Count == 0)
        {
            return Decision.Allow;
        }

        var count = openComments.Count == 1 ? "an open comment" : $"{openComments.Count} open comments";
        return Decision.Deny($"This post has {count}, which must be resolved before it is approved: {string.Join("; ", openComments)}.");
    }

    /// <summary>Can open comments hold up <paramref name="action"/> at all (so that a caller need not read them otherwise)?</summary>
    public static bool IsHeldByOpenComments(ReviewAction action, bool blockApproval) => blockApproval && action == ReviewAction.Approve;

    /// <summary>The version after a bump.</summary>
    public static SemVersion Bump(SemVersion version, VersionBump bump) => bump switch
    {
        VersionBump.Major => version.BumpMajor(),
        VersionBump.Minor => version.BumpMinor(),
        _ => version.BumpPatch(),
    };

    /// <summary>
    /// May an admin set the version to <paramref name="proposed"/>? Going backwards needs an
    /// explicit confirmation, since the index may already hold the newer one.
    /// </summary>
    public static Decision CheckVersionChange(SemVersion current, SemVersion proposed, bool confirmedBackwards) =>
        proposed < current && !confirmedBackwards
            ? Decision.Deny($"Version {proposed} is older than the current {current}; confirm to move the version backwards.")
            : Decision.Allow;

    /// <summary>
    /// May an admin's direct revision edit set <paramref name="proposed"/> on a post in
    /// <paramref name="current"/>? Nothing reaches the index feed by a revision edit: a post
    /// becomes approved only through <see cref="ReviewAction.Approve"/>, which checks that it was
    /// sent to a lead and clears needs human review. An indexed post may go back to approved, to
    /// be fed again, since a lead approved it before.
    /// A rejection carries its reason, so a revision edit neither rejects a post nor takes a
    /// rejection back: Reject and Reopen do.
    /// </summary>
    public static Decision CheckRevisionEdit(string current, string proposed) => (current, proposed) switch
    {
        (_, ReviewStatus.Approved) when !ReviewWorkflow.ReviewedStatuses.Contains(current) =>
            Decision.Deny($"A revision edit cannot approve a post (it is {current}): approve it with Approve, once it has been sent for approval."),
        (not ReviewStatus.Rejected, ReviewStatus.Rejected) => Decision.Deny("A revision edit cannot reject a post: reject it with Reject, which records the reason."),
        (ReviewStatus.Rejected, not ReviewStatus.Rejected) => Decision.Deny("A revision edit cannot take a rejection back: reopen the post with Reopen."),
        _ => Decision.Allow,
    };
}
