using Dashboard.Core.Format;

namespace Dashboard.Core.Review;

/// <summary>
/// The review workflow's rules: which role may do what, and which status allows it.
/// drafted → in review → approved → indexed, and changes requested back to the editor.
/// Services call this before every change, whatever asked for it (page, API, bulk action).
/// </summary>
public static class ReviewPolicy
{
    /// <summary>May <paramref name="role"/> ever do <paramref name="action"/>?</summary>
    public static Decision Permits(Role role, ReviewAction action) => action switch
    {
        ReviewAction.EditChecklist or ReviewAction.BumpVersion or ReviewAction.SubmitForApproval or ReviewAction.UndoBulk
            or ReviewAction.AcceptImport => Decision.Allow,
        ReviewAction.RequestChanges when role is Role.Lead or Role.Admin => Decision.Allow,
        ReviewAction.RequestChanges => Decision.Deny("Only a lead or an admin can request changes; editors send posts to a lead instead."),
        ReviewAction.Approve when role is Role.Lead or Role.Admin => Decision.Allow,
        ReviewAction.Approve => Decision.Deny("Only a lead or an admin can approve a post for indexing."),
        ReviewAction.EditRevision when role is Role.Admin => Decision.Allow,
        ReviewAction.EditRevision => Decision.Deny("Only an admin can edit the revision metadata directly."),
        ReviewAction.RestoreRevision when role is Role.Lead or Role.Admin => Decision.Allow,
        ReviewAction.RestoreRevision => Decision.Deny("Only a lead or an admin can restore an earlier revision."),
        ReviewAction.MarkIndexed when role is Role.Lead or Role.Admin => Decision.Allow,
        ReviewAction.MarkIndexed => Decision.Deny("Only the search indexer (a token with the lead or admin role) can mark posts as indexed."),
        _ => Decision.Deny("This action is not known."),
    };

    /// <summary>May <paramref name="role"/> do <paramref name="action"/> to a post in <paramref name="status"/>?</summary>
    public static Decision Check(Role role, ReviewAction action, string status)
    {
        var permitted = Permits(role, action);
        return permitted.Allowed ? AllowedFrom(action, status) : permitted;
    }

    /// <summary>The status after <paramref name="action"/> from <paramref name="status"/>.</summary>
    public static string StatusAfter(ReviewAction action, string status) => action switch
    {
        ReviewAction.SubmitForApproval => ReviewStatus.InReview,
        ReviewAction.RequestChanges => ReviewStatus.ChangesRequested,
        ReviewAction.Approve => ReviewStatus.Approved,
        ReviewAction.MarkIndexed => ReviewStatus.Indexed,

        // Changing an approved (or indexed) post's content sends it back to a lead.
        ReviewAction.EditChecklist or ReviewAction.BumpVersion or ReviewAction.RestoreRevision or ReviewAction.AcceptImport
            when status is ReviewStatus.Approved or ReviewStatus.Indexed => ReviewStatus.InReview,
        _ => status,
    };

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
    /// </summary>
    public static Decision CheckRevisionEdit(string current, string proposed) =>
        proposed == ReviewStatus.Approved && current is not (ReviewStatus.Approved or ReviewStatus.Indexed)
            ? Decision.Deny($"A revision edit cannot approve a post (it is {current}): approve it with Approve, once it has been sent for approval.")
            : Decision.Allow;

    /// <summary>
    /// The status after an admin's revision edit to <paramref name="proposed"/>: a new version of
    /// an approved or indexed post is content no lead has seen, so it goes back to review, as
    /// after every other edit.
    /// </summary>
    public static string StatusAfterRevisionEdit(string proposed, bool versionChanged) =>
        versionChanged && proposed is ReviewStatus.Approved or ReviewStatus.Indexed ? ReviewStatus.InReview : proposed;

    private static Decision AllowedFrom(ReviewAction action, string status) => action switch
    {
        ReviewAction.SubmitForApproval when status is ReviewStatus.Drafted or ReviewStatus.ChangesRequested => Decision.Allow,
        ReviewAction.SubmitForApproval when status is ReviewStatus.InReview => Decision.Deny("This post is already waiting for a lead."),
        ReviewAction.SubmitForApproval => Decision.Deny($"This post is {status}; only drafted posts or posts with changes requested can be sent for approval."),
        ReviewAction.Approve when status is ReviewStatus.InReview => Decision.Allow,
        ReviewAction.Approve when status is ReviewStatus.Drafted or ReviewStatus.ChangesRequested => Decision.Deny($"This post is {status}; an editor must send it for approval first."),
        ReviewAction.Approve => Decision.Deny($"This post is already {status}."),
        ReviewAction.RequestChanges when status is ReviewStatus.InReview or ReviewStatus.Approved => Decision.Allow,
        ReviewAction.RequestChanges => Decision.Deny($"This post is {status}; changes can be requested only while it is in review or approved."),
        ReviewAction.MarkIndexed when status is ReviewStatus.Approved => Decision.Allow,
        ReviewAction.MarkIndexed => Decision.Deny($"This post is {status}; only approved posts can be marked indexed."),
        _ => Decision.Allow,
    };
}
