using Dashboard.Core.Review;
using Dashboard.Web.Data;
using Dashboard.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Features.DoubleReview;

/// <summary>What the apply path does with a decision under double review.</summary>
/// <param name="Step">The rule's answer (<see cref="Core.Review.DoubleReview.Route"/>).</param>
/// <param name="Vote">The vote action recorded instead of the decision; null when the decision applies.</param>
/// <param name="Said">What the reviewer is told on success; null: the decision's usual words.</param>
public sealed record DoubleReviewTurn(DoubleReviewStep Step, ReviewAction? Vote, string? Said)
{
    public static DoubleReviewTurn None { get; } = new(DoubleReviewStep.NotDoubleReviewed, null, null);
}

/// <summary>
/// Double review inside the one apply path: reads the post's open round, asks the rule, and
/// stages the round's change in the apply path's own context, so the vote, the post's new row
/// version and its history entry are saved together (a concurrent second vote loses the race).
/// </summary>
public sealed class DoubleReviewGate(IOptions<DoubleReviewOptions> options, TimeProvider time)
{
    /// <summary>Is the post with <paramref name="sourceId"/> chosen for double review under the current setting?</summary>
    public bool IsChosen(string sourceId) => Core.Review.DoubleReview.IsChosen(sourceId, options.Value.DoubleReviewShare);

    /// <summary>Routes <paramref name="reviewer"/>'s decision <paramref name="verdict"/> on <paramref name="record"/> and stages what it changes.</summary>
    public async Task<DoubleReviewTurn> StageAsync(
        DashboardDbContext db, PostRecord record, Reviewer reviewer, string? verdict, string? note, CancellationToken cancellationToken)
    {
        if (verdict is null || !IsChosen(record.SourceId) || record.Status != ReviewStatus.InReview)
        {
            return DoubleReviewTurn.None;
        }

        var round = await db.Set<DoubleReviewRound>().SingleOrDefaultAsync(r => r.PostId == record.Id && r.ClosedAtUtc == null, cancellationToken);
        var votes = round is null ? null : new DoubleReviewVotes(round.FirstReviewer, round.FirstVerdict, round.SecondReviewer, round.SecondVerdict);
        var step = Core.Review.DoubleReview.Route(chosen: true, record.Status, verdict, reviewer.Name, votes);
        var now = time.GetUtcNow().UtcDateTime;
        switch (step)
        {
            case DoubleReviewStep.FirstVote:
                db.Set<DoubleReviewRound>().Add(new DoubleReviewRound
                {
                    PostId = record.Id,
                    FirstReviewer = reviewer.Name,
                    FirstVerdict = verdict,
                    FirstNote = note,
                    FirstAtUtc = now,
                });
                return new(step, ReviewAction.RecordFirstReview, "Recorded as the first of two independent reviews: the post waits for a second reviewer.");
            case DoubleReviewStep.Disagreed:
                Second(round!, reviewer, verdict, note, now, disagreed: true);
                return new(step, ReviewAction.RecordDisagreement, "Recorded: the two independent reviews disagree, so a lead decides.");
            case DoubleReviewStep.Agreed:
                Second(round!, reviewer, verdict, note, now, disagreed: false);
                round!.ClosedAtUtc = now;
                return new(step, null, null);
            case DoubleReviewStep.Resolved:
                round!.ResolvedBy = reviewer.Name;
                round.ResolvedVerdict = verdict;
                round.ClosedAtUtc = now;
                return new(step, null, null);
            default:
                return new(step, null, null);
        }
    }

    private static void Second(DoubleReviewRound round, Reviewer reviewer, string verdict, string? note, DateTime now, bool disagreed)
    {
        round.SecondReviewer = reviewer.Name;
        round.SecondVerdict = verdict;
        round.SecondNote = note;
        round.SecondAtUtc = now;
        round.Disagreed = disagreed;
    }
}
