namespace Dashboard.Core.Review;

/// <summary>One review action as the workflow defines it.</summary>
/// <param name="Action">The action.</param>
/// <param name="Roles">Who may take it.</param>
/// <param name="RoleRefusal">Why anyone else may not.</param>
/// <param name="From">
/// The statuses it may start from; null for the admin's revision edit alone, which may start from
/// any status, even one the workflow does not know, since it is how such a post is repaired.
/// </param>
/// <param name="NotFrom">Why it may not start from another status.</param>
/// <param name="To">The status it leads to; null: the post keeps its status, or takes the one the action sets (revision edit, restore, undo).</param>
/// <param name="ChangesContent">Whether it changes what the index would be given, so that an approved or indexed post goes back to review.</param>
/// <param name="Kind">What its history entry records.</param>
public sealed record WorkflowStep(
    ReviewAction Action,
    IReadOnlyCollection<Role> Roles,
    string RoleRefusal,
    IReadOnlyCollection<string>? From,
    Func<string, string> NotFrom,
    string? To,
    bool ChangesContent,
    HistoryKind Kind);

/// <summary>
/// The review workflow as data: drafted → in review → approved → indexed, changes requested
/// back to the editor, and rejected (out of the queue) until a lead reopens it. One row per action; <see cref="ReviewPolicy"/> reads it, and an action
/// or a status it does not name is refused. A new action is a row here.
/// </summary>
public static class ReviewWorkflow
{
    private static readonly HashSet<Role> Everyone = [Role.Editor, Role.Lead, Role.Admin];
    private static readonly HashSet<Role> LeadOrAdmin = [Role.Lead, Role.Admin];
    private static readonly HashSet<string> AnyKnownStatus = [.. ReviewStatus.All];
    // The refusal of rows that start from every known status: never given (an unknown status has its own).
    private static readonly Func<string, string> NoRefusal = status => $"This post is {status}.";

    /// <summary>Every action of the workflow.</summary>
    public static IReadOnlyList<WorkflowStep> Steps { get; } =
    [
        new(ReviewAction.EditChecklist, Everyone, "", AnyKnownStatus, NoRefusal, To: null, ChangesContent: true, HistoryKind.ChecklistEdited),
        new(ReviewAction.BumpVersion, Everyone, "", AnyKnownStatus, NoRefusal, To: null, ChangesContent: true, HistoryKind.VersionBumped),
        new(
            ReviewAction.SubmitForApproval, Everyone, "", [ReviewStatus.Drafted, ReviewStatus.ChangesRequested],
            status => status == ReviewStatus.InReview
                ? "This post is already waiting for a lead."
                : $"This post is {status}; only drafted posts or posts with changes requested can be sent for approval.",
            ReviewStatus.InReview, ChangesContent: false, HistoryKind.SentForApproval),
        new(
            ReviewAction.RequestChanges, LeadOrAdmin, "Only a lead or an admin can request changes; editors send posts to a lead instead.",
            [ReviewStatus.InReview, ReviewStatus.Approved],
            status => $"This post is {status}; changes can be requested only while it is in review or approved.",
            ReviewStatus.ChangesRequested, ChangesContent: false, HistoryKind.ChangesRequested),
        new(
            ReviewAction.Approve, LeadOrAdmin, "Only a lead or an admin can approve a post for indexing.", [ReviewStatus.InReview],
            status => status is ReviewStatus.Drafted or ReviewStatus.ChangesRequested
                ? $"This post is {status}; an editor must send it for approval first."
                : $"This post is already {status}.",
            ReviewStatus.Approved, ChangesContent: false, HistoryKind.Approved),
        new(ReviewAction.EditRevision, [Role.Admin], "Only an admin can edit the revision metadata directly.", From: null, NoRefusal, To: null, ChangesContent: false, HistoryKind.RevisionEdited),
        new(
            ReviewAction.MarkIndexed, LeadOrAdmin, "Only the search indexer (a token with the lead or admin role) can mark posts as indexed.", [ReviewStatus.Approved],
            status => $"This post is {status}; only approved posts can be marked indexed.",
            ReviewStatus.Indexed, ChangesContent: false, HistoryKind.Indexed),

        // Restore and undo put back a recorded state, its status included.
        new(ReviewAction.RestoreRevision, LeadOrAdmin, "Only a lead or an admin can restore an earlier revision.", AnyKnownStatus, NoRefusal, To: null, ChangesContent: false, HistoryKind.RevisionRestored),
        new(ReviewAction.UndoBulk, Everyone, "", AnyKnownStatus, NoRefusal, To: null, ChangesContent: false, HistoryKind.Undone),
        new(ReviewAction.AcceptImport, Everyone, "", AnyKnownStatus, NoRefusal, To: null, ChangesContent: true, HistoryKind.ImportAccepted),
        new(ReviewAction.DismissImport, Everyone, "", AnyKnownStatus, NoRefusal, To: null, ChangesContent: false, HistoryKind.ImportDismissed),

        // Not from indexed: the search index already holds the post and the feed has no way to
        // withdraw it, so rejecting it would say something untrue. Approved is fine: it only
        // leaves the feed.
        new(
            ReviewAction.Reject, LeadOrAdmin, "Only a lead or an admin can reject a post.",
            [ReviewStatus.Drafted, ReviewStatus.InReview, ReviewStatus.ChangesRequested, ReviewStatus.Approved],
            status => status == ReviewStatus.Rejected
                ? "This post is already rejected."
                : $"This post is {status}: the search index already has it, and a rejection cannot take it back out.",
            ReviewStatus.Rejected, ChangesContent: false, HistoryKind.Rejected),
        new(
            ReviewAction.Reopen, LeadOrAdmin, "Only a lead or an admin can reopen a rejected post.", [ReviewStatus.Rejected],
            status => $"This post is {status}; only a rejected post can be reopened.",
            ReviewStatus.Drafted, ChangesContent: false, HistoryKind.Reopened),
        // Who works on a post is not part of it: its status and content stay as they are.
        new(ReviewAction.Assign, LeadOrAdmin, "Only a lead or an admin can assign posts to reviewers.", AnyKnownStatus, NoRefusal, To: null, ChangesContent: false, HistoryKind.Assigned),
        // Double review: a vote leaves the post as it is, in review, until two agree or a lead decides.
        new(
            ReviewAction.RecordFirstReview, LeadOrAdmin, "Only a lead or an admin can review a post chosen for double review.", [ReviewStatus.InReview],
            status => $"This post is {status}; only a post in review is double reviewed.", To: null, ChangesContent: false, HistoryKind.FirstReviewRecorded),
        new(
            ReviewAction.RecordDisagreement, LeadOrAdmin, "Only a lead or an admin can review a post chosen for double review.", [ReviewStatus.InReview],
            status => $"This post is {status}; only a post in review is double reviewed.", To: null, ChangesContent: false, HistoryKind.ReviewsDisagreed),
        // The sample stands for the rest of the lot, drafted posts included; a post someone sent
        // back (changes requested) or decided already is left as it is.
        new(
            ReviewAction.ApproveWithLot, LeadOrAdmin, "Only a lead or an admin can accept a lot.", [ReviewStatus.Drafted, ReviewStatus.InReview],
            status => $"This post is {status}; accepting its lot approves only drafted posts and posts in review.",
            ReviewStatus.Approved, ChangesContent: false, HistoryKind.LotApproved),
    ];

    private static readonly Dictionary<ReviewAction, WorkflowStep> ByAction = Steps.ToDictionary(s => s.Action);
    private static readonly Dictionary<HistoryKind, WorkflowStep> ByKind = Steps.ToDictionary(s => s.Kind);

    /// <summary>Statuses that have left the review queue: a lead has approved the post.</summary>
    public static IReadOnlyList<string> ReviewedStatuses { get; } = [ReviewStatus.Approved, ReviewStatus.Indexed];

    /// <summary>The row of <paramref name="action"/>, or null for an action the workflow does not know.</summary>
    public static WorkflowStep? For(ReviewAction action) => ByAction.GetValueOrDefault(action);

    /// <summary>The action whose history entries are of <paramref name="kind"/>, or null (an import, an unknown entry).</summary>
    public static WorkflowStep? For(HistoryKind kind) => ByKind.GetValueOrDefault(kind);

    /// <summary>Statuses that keep a post out of the review queue, whatever its flags: approved by a lead, or rejected.</summary>
    public static IReadOnlyList<string> OutOfQueueStatuses { get; } = [.. ReviewedStatuses, ReviewStatus.Rejected];

    /// <summary>Is a post in the review queue: flagged for a person, not yet approved and not rejected?</summary>
    public static bool IsInQueue(bool needsHumanReview, string status) => needsHumanReview && !OutOfQueueStatuses.Contains(status);
}
