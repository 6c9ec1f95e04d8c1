using Dashboard.Core.Review;
using Dashboard.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Features.Review;

/// <summary>Rejecting a post and taking a rejection back, through the one apply path.</summary>
public sealed partial class ReviewService
{
    /// <summary>
    /// Rejects the post for <paramref name="reason"/>: it leaves the queue and the index feed. A
    /// duplicate names another post that exists and is not rejected itself (the one kept).
    /// </summary>
    public Task<ReviewResult> RejectAsync(
        string sourceId, long? expectedRowVersion, RejectionReason reason, string? note, string? duplicateOf, Reviewer reviewer, CancellationToken cancellationToken = default)
    {
        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        duplicateOf = string.IsNullOrWhiteSpace(duplicateOf) ? null : duplicateOf.Trim();
        if (Rejection.Problem(reason, note, duplicateOf, sourceId) is { } problem)
        {
            return Task.FromResult(ReviewResult.Refused(ReviewFailure.Invalid, problem));
        }

        var rejection = new Rejection(reason, note, duplicateOf, reviewer.Name, time.GetUtcNow().UtcDateTime);
        var description = duplicateOf is null ? $"rejected ({RejectionReasons.NameOf(reason)})" : $"rejected (duplicate of {duplicateOf})";
        return ApplyAsync(sourceId, expectedRowVersion, reviewer, ReviewAction.Reject, description, (post, record) =>
            {
                var revision = WithRevision(post, record).Meta.Revision!;
                return post with { Meta = post.Meta with { Revision = rejection.ApplyTo(revision) } };
            },
            cancellationToken,
            note: note,
            verdict: Core.Review.DoubleReview.VerdictOf(ReviewAction.Reject, reason),
            alongside: duplicateOf is null ? null : (db, _) => CheckDuplicateOfAsync(db, duplicateOf, cancellationToken));
    }

    /// <summary>Takes the rejection back: the post is drafted again and needs a person, so it is back in the queue.</summary>
    public Task<ReviewResult> ReopenAsync(string sourceId, long? expectedRowVersion, Reviewer reviewer, CancellationToken cancellationToken = default) =>
        ApplyAsync(sourceId, expectedRowVersion, reviewer, ReviewAction.Reopen, "reopened", (post, _) => WithFlag(post, needsHumanReview: true), cancellationToken);

    // Read in the change's own context, so the post kept cannot be rejected unseen in between.
    private static async Task CheckDuplicateOfAsync(DashboardDbContext db, string duplicateOf, CancellationToken cancellationToken)
    {
        var status = await db.Posts.AsNoTracking().Where(p => p.SourceId == duplicateOf).Select(p => p.Status).SingleOrDefaultAsync(cancellationToken);
        if (status is null)
        {
            throw new RefusedException(ReviewFailure.Invalid, $"No post has the source id \"{duplicateOf}\": a duplicate names the post it copies.");
        }

        if (status == ReviewStatus.Rejected)
        {
            throw new RefusedException(ReviewFailure.Invalid, $"\"{duplicateOf}\" is rejected itself: name the post that is kept.");
        }
    }
}
