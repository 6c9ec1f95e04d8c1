using System.Text;

namespace Dashboard.Core.Review;

/// <summary>The votes of a post's open double review: the first, and the second once given.</summary>
/// <param name="FirstReviewer">Who gave the first review.</param>
/// <param name="FirstVerdict">What they decided (<see cref="DoubleReview.VerdictOf"/>).</param>
/// <param name="SecondReviewer">Who gave the second, disagreeing review; null while it is awaited.</param>
/// <param name="SecondVerdict">What they decided; null likewise.</param>
public sealed record DoubleReviewVotes(string FirstReviewer, string FirstVerdict, string? SecondReviewer, string? SecondVerdict)
{
    /// <summary>Both votes are in and differ: the post waits for a lead.</summary>
    public bool Disagree => SecondVerdict is not null;
}

/// <summary>What a decision on a post becomes under double review.</summary>
public enum DoubleReviewStep
{
    /// <summary>The post is not double reviewed (not chosen, not in review, or not a compared decision): the decision applies as usual.</summary>
    NotDoubleReviewed,

    /// <summary>The first review: kept as a vote, the post stays in review for a second reviewer.</summary>
    FirstVote,

    /// <summary>The reviewer gave the first review: a second reviewer must be someone else.</summary>
    RefusedSameReviewer,

    /// <summary>The second review agrees with the first: the decision applies.</summary>
    Agreed,

    /// <summary>The second review disagrees: kept as a vote, the post waits for a lead.</summary>
    Disagreed,

    /// <summary>A lead decides a disagreement: the decision applies.</summary>
    Resolved,
}

/// <summary>
/// Double review as a rule: a share of the posts, chosen by their source id so the choice is the
/// same on every run and instance, gets two independent reviews of a lead's decision on a post in
/// review. The first decision is kept as a vote, unseen by the second reviewer (who must be
/// someone else); when the two agree the decision applies, when they differ the post waits for a
/// lead, whose decision applies. The decisions compared are approve, request changes and reject
/// (a rejection with its reason: two rejections for different reasons disagree).
/// </summary>
public static class DoubleReview
{
    /// <summary>The decisions compared: a lead's decisions on a post in review.</summary>
    public static IReadOnlyList<ReviewAction> ComparedDecisions { get; } = [ReviewAction.Approve, ReviewAction.RequestChanges, ReviewAction.Reject];

    /// <summary>Is <paramref name="action"/> one of double review's votes (which leave the post as it is)?</summary>
    public static bool IsVote(ReviewAction action) => action is ReviewAction.RecordFirstReview or ReviewAction.RecordDisagreement;

    /// <summary>
    /// Is the post with <paramref name="sourceId"/> among the <paramref name="share"/> (0 to 1) of
    /// posts chosen for double review? A fixed hash of the source id (64-bit FNV-1a) read as a
    /// fraction of its range, so the same post is chosen whoever asks, and a larger share keeps
    /// every post a smaller one chose.
    /// </summary>
    public static bool IsChosen(string sourceId, double share)
    {
        ArgumentNullException.ThrowIfNull(sourceId);
        if (share <= 0)
        {
            return false;
        }

        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(sourceId))
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        return hash / 18446744073709551616.0 < share;
    }

    /// <summary>
    /// The verdict a decision stands for, as votes are compared and agreement is counted:
    /// "approve", "request changes", "reject: duplicate"; null for an action that is not compared.
    /// </summary>
    public static string? VerdictOf(ReviewAction action, RejectionReason? reason = null) => action switch
    {
        ReviewAction.Approve => "approve",
        ReviewAction.RequestChanges => "request changes",
        ReviewAction.Reject when reason is { } r => $"reject: {RejectionReasons.NameOf(r)}",
        ReviewAction.Reject => "reject",
        _ => null,
    };

    /// <summary>
    /// What <paramref name="reviewer"/>'s decision <paramref name="verdict"/> (null: not a compared
    /// decision) on a post in <paramref name="status"/> becomes, given whether the post is
    /// <paramref name="chosen"/> and the votes of its open double review (null: none yet).
    /// </summary>
    public static DoubleReviewStep Route(bool chosen, string status, string? verdict, string reviewer, DoubleReviewVotes? open)
    {
        if (!chosen || verdict is null || status != ReviewStatus.InReview)
        {
            return DoubleReviewStep.NotDoubleReviewed;
        }

        if (open is null)
        {
            return DoubleReviewStep.FirstVote;
        }

        if (open.Disagree)
        {
            return DoubleReviewStep.Resolved;
        }

        if (string.Equals(open.FirstReviewer, reviewer, StringComparison.OrdinalIgnoreCase))
        {
            return DoubleReviewStep.RefusedSameReviewer;
        }

        return open.FirstVerdict == verdict ? DoubleReviewStep.Agreed : DoubleReviewStep.Disagreed;
    }

    /// <summary>
    /// May <paramref name="role"/> read the votes (a disagreement's two decisions, agreement per
    /// reviewer)? Leads and admins, who decide disagreements; never shown before the second review.
    /// </summary>
    public static bool MaySeeVotes(Role role) => role is Role.Lead or Role.Admin;

    /// <summary>Why the first reviewer may not give the second review too.</summary>
    public const string SameReviewerRefusal =
        "You gave this post's first review; it is double reviewed, so the second review must come from another lead.";
}
