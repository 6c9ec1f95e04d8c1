namespace Dashboard.Core.Review;

/// <summary>What a reviewer can do to a post.</summary>
public enum ReviewAction
{
    /// <summary>Add, reword, remove or reorder checklist items.</summary>
    EditChecklist,

    /// <summary>Bump the version: patch, minor or major.</summary>
    BumpVersion,

    /// <summary>Send the post to a lead for approval.</summary>
    SubmitForApproval,

    /// <summary>Send the post back to its editor, with a note.</summary>
    RequestChanges,

    /// <summary>Approve the post for the search index.</summary>
    Approve,

    /// <summary>Set status, version and last reviewed directly.</summary>
    EditRevision,

    /// <summary>Record that the search indexer has taken the post.</summary>
    MarkIndexed,

    /// <summary>Put an earlier revision of the post back.</summary>
    RestoreRevision,

    /// <summary>Put back what a bulk action or a single approval changed (the undo checks the original action's permission).</summary>
    UndoBulk,

    /// <summary>Take the newer imported file that arrived after reviewers had worked on the post.</summary>
    AcceptImport,

    /// <summary>Keep the reviewed post and set the newer imported file aside.</summary>
    DismissImport,

    /// <summary>Reject the post, with a reason (<see cref="RejectionReason"/>) and a note: it leaves the queue and never reaches the index feed.</summary>
    Reject,

    /// <summary>Take a rejection back: the post is drafted again, back in the queue.</summary>
    Reopen,
    /// <summary>Give the post to a named reviewer to work on (or take it from them): a lead's distribution of the queue.</summary>
    Assign,

    /// <summary>A lead's decision on a post chosen for double review, kept as the first of two blind votes (<see cref="DoubleReview"/>).</summary>
    RecordFirstReview,

    /// <summary>A second, independent review that disagrees with the first: the post waits for a lead to decide (<see cref="DoubleReview"/>).</summary>
    RecordDisagreement,
    /// <summary>Approve a post of an accepted lot on the evidence of the lot's sample (see <c>Dashboard.Core.Sampling</c>), not on its own review.</summary>
    ApproveWithLot,
}

/// <summary>
/// What a history entry records as having happened, stored as its number: undo, colours and
/// filters read this, never the entry's wording. Each review action has one (see
/// <see cref="ReviewWorkflow"/>); the numbers never change once stored.
/// </summary>
public enum HistoryKind
{
    /// <summary>An entry whose text a migration could not place (never written by the app).</summary>
    Unknown = 0,

    /// <summary>An import replaced the post with a changed file (written by the import stores).</summary>
    ImportedRevision = 1,

    /// <summary>See <see cref="ReviewAction.EditChecklist"/>.</summary>
    ChecklistEdited = 2,

    /// <summary>See <see cref="ReviewAction.BumpVersion"/>.</summary>
    VersionBumped = 3,

    /// <summary>See <see cref="ReviewAction.SubmitForApproval"/>.</summary>
    SentForApproval = 4,

    /// <summary>See <see cref="ReviewAction.RequestChanges"/>.</summary>
    ChangesRequested = 5,

    /// <summary>See <see cref="ReviewAction.Approve"/>.</summary>
    Approved = 6,

    /// <summary>See <see cref="ReviewAction.EditRevision"/>.</summary>
    RevisionEdited = 7,

    /// <summary>See <see cref="ReviewAction.MarkIndexed"/>.</summary>
    Indexed = 8,

    /// <summary>See <see cref="ReviewAction.RestoreRevision"/>.</summary>
    RevisionRestored = 9,

    /// <summary>See <see cref="ReviewAction.UndoBulk"/>: a bulk action or a single approval taken back.</summary>
    Undone = 10,

    /// <summary>See <see cref="ReviewAction.AcceptImport"/>.</summary>
    ImportAccepted = 11,

    /// <summary>See <see cref="ReviewAction.DismissImport"/>.</summary>
    ImportDismissed = 12,

    /// <summary>See <see cref="ReviewAction.Reject"/>.</summary>
    Rejected = 13,

    /// <summary>See <see cref="ReviewAction.Reopen"/>.</summary>
    Reopened = 14,
    /// <summary>See <see cref="ReviewAction.Assign"/>.</summary>
    Assigned = 15,

    /// <summary>See <see cref="ReviewAction.RecordFirstReview"/>.</summary>
    FirstReviewRecorded = 25,

    /// <summary>See <see cref="ReviewAction.RecordDisagreement"/>.</summary>
    ReviewsDisagreed = 26,
    /// <summary>See <see cref="ReviewAction.ApproveWithLot"/>: the entry names the lot, its plan, its sample and the result.</summary>
    LotApproved = 20,
}

/// <summary>The kinds of version bump.</summary>
public enum VersionBump
{
    /// <summary>1.5.3 to 1.5.4.</summary>
    Patch,

    /// <summary>1.5.3 to 1.6.0.</summary>
    Minor,

    /// <summary>1.5.3 to 2.0.0.</summary>
    Major,
}
