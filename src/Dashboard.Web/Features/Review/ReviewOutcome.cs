using Dashboard.Core.Review;
using Dashboard.Web.Features.Posts;

namespace Dashboard.Web.Features.Review;

/// <summary>The post the review components act on, as the page loaded it (the row version is what a save expects).</summary>
public sealed record ReviewTarget(
    long PostId, string SourceId, string Title, string Status, string Version, DateOnly? LastReviewed, bool NeedsHumanReview, long RowVersion, IReadOnlyList<string> Checklist)
{
    public static ReviewTarget From(PostView view) => new(
        view.Id, view.Post.SourceId, view.Post.Title, view.Status, view.Version, view.LastReviewed, view.NeedsHumanReview, view.RowVersion,
        view.Post.Meta.Checklist ?? []);
}

/// <summary>What a review component did: the action, the words for it ("Approved"), and the service's answer.</summary>
public sealed record ReviewOutcome(ReviewAction Action, string Done, ReviewResult Result)
{
    /// <summary>Actions that finish the reviewer's work on the post: the page moves on to the next one.</summary>
    public bool MovesOn => Result.Succeeded && Action is ReviewAction.Approve or ReviewAction.RequestChanges or ReviewAction.SubmitForApproval;
}
