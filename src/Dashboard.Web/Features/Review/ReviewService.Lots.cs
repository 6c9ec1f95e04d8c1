using Dashboard.Core.Format;
using Dashboard.Core.Review;
using Dashboard.Web.Data.Entities;

namespace Dashboard.Web.Features.Review;

/// <summary>Approving a post on its lot's evidence (Features/Lots), through the one apply path.</summary>
public sealed partial class ReviewService
{
    /// <summary>
    /// Approves a post of an accepted lot as <see cref="ApproveAsync"/> does (last reviewed today,
    /// out of the queue), recorded as the lot's: <paramref name="description"/> names the lot and
    /// <paramref name="evidence"/>, the entry's note, its plan, sample and result.
    /// </summary>
    public Task<ReviewResult> ApproveWithLotAsync(string sourceId, long expectedRowVersion, string description, string evidence, Reviewer reviewer, CancellationToken cancellationToken = default) =>
        ApplyAsync(sourceId, expectedRowVersion, reviewer, ReviewAction.ApproveWithLot, description, Approval, cancellationToken, note: evidence);

    // What an approval changes, however it is made: last reviewed today, needs-human-review cleared.
    private Changed Approval(Post post, PostRecord record) => WithFlag(WithRevision(post, record, lastReviewed: Today()), needsHumanReview: false);
}
