namespace Dashboard.Web.Data.Entities;

/// <summary>
/// One double review of a post while it is in review: the first reviewer's vote, the second's
/// (kept only when it disagrees; an agreeing one is the decision itself) and how it closed. The
/// votes' notes live here, never in the post's history, so the second reviewer cannot read them.
/// </summary>
public sealed class DoubleReviewRound
{
    public long Id { get; set; }
    public long PostId { get; set; }
    public required string FirstReviewer { get; set; }

    /// <summary>The first decision as compared (<see cref="Dashboard.Core.Review.DoubleReview.VerdictOf"/>).</summary>
    public required string FirstVerdict { get; set; }
    public string? FirstNote { get; set; }
    public DateTime FirstAtUtc { get; set; }
    public string? SecondReviewer { get; set; }
    public string? SecondVerdict { get; set; }
    public string? SecondNote { get; set; }
    public DateTime? SecondAtUtc { get; set; }

    /// <summary>Whether the second review disagreed; null until the second review is given.</summary>
    public bool? Disagreed { get; set; }

    /// <summary>The lead who decided a disagreement, and what; null otherwise.</summary>
    public string? ResolvedBy { get; set; }
    public string? ResolvedVerdict { get; set; }

    /// <summary>When the decision took effect (agreement or a lead's); null while the round is open.</summary>
    public DateTime? ClosedAtUtc { get; set; }
}
