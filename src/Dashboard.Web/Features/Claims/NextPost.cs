using Dashboard.Core.Format;
using Dashboard.Core.Review;
using Dashboard.Web.Data;
using Dashboard.Web.Data.Entities;
using Dashboard.Web.Features.Aging;
using Dashboard.Web.Features.Queue;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Features.Claims;

/// <summary>
/// "Start reviewing": hands a reviewer the next queue post their role can decide on (see
/// <see cref="ReviewWork.StatusesToActOn"/>), claimed for them in the same step, by priority:
/// posts a lead sent back to this editor, then failing error checks, big clusters, low quality,
/// and the longest unchanged. A post anyone holds is never handed out, the caller's own included,
/// so two calls at once never get the same post.
/// </summary>
public sealed class NextPost(IDbContextFactory<DashboardDbContext> contexts, ClaimStore claims, TimeProvider time, AgingClock aging)
{
    // Candidates read per round; each is tried in order until a claim succeeds.
    private const int Batch = 8;
    // Rounds before giving up when others keep taking the candidates first (never in practice).
    private const int MaxRounds = 50;

    /// <summary>The post claimed for <paramref name="reviewer"/>, or null when nothing is left for them.</summary>
    public async Task<string?> ClaimNextAsync(Reviewer reviewer, QueueFilter? filter = null, CancellationToken cancellationToken = default)
    {
        for (var round = 0; round < MaxRounds; round++)
        {
            List<(long Id, string SourceId)> candidates;
            await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
            {
                candidates = [.. (await Ordered(db, reviewer, filter ?? new QueueFilter(), time.GetUtcNow().UtcDateTime, aging.Cutoffs())
                    .Select(p => new { p.Id, p.SourceId }).Take(Batch).ToListAsync(cancellationToken)).Select(p => (p.Id, p.SourceId))];
            }

            if (candidates.Count == 0)
            {
                return null;
            }

            foreach (var (id, sourceId) in candidates)
            {
                if (await claims.TakeAsync(id, sourceId, reviewer, renewOwn: false, cancellationToken) is null)
                {
                    return sourceId;
                }
            }
        }

        return null;
    }

    /// <summary>How many posts are left for <paramref name="reviewer"/>: what "next" could still hand them, and those they hold.</summary>
    public async Task<int> CountLeftAsync(Reviewer reviewer, QueueFilter? filter = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await Available(db, reviewer, filter ?? new QueueFilter(), time.GetUtcNow().UtcDateTime, aging.Cutoffs(), countOwn: true).CountAsync(cancellationToken);
    }

    /// <summary>
    /// The queue's posts (within <paramref name="filter"/>) that the role can decide on and nobody
    /// holds; with <paramref name="countOwn"/>, also those the reviewer holds (still theirs to do).
    /// </summary>
    private static IQueryable<PostRecord> Available(DashboardDbContext db, Reviewer reviewer, QueueFilter filter, DateTime now, AgingCutoffs cutoffs, bool countOwn = false)
    {
        var statuses = ReviewWork.StatusesToActOn(reviewer.Role).ToList();
        var name = reviewer.Name;
        return QueueQuery.Filter(db, filter with { ShowAll = false }, cutoffs)
            .Where(p => statuses.Contains(p.Status))
            .Where(p => !db.PostClaims.Any(c => c.PostId == p.Id && c.ExpiresAtUtc > now && !(countOwn && c.ClaimedBy == name)))
            // A double reviewed post waits for someone else's second review, never its first reviewer's.
            .Where(p => !db.Set<DoubleReviewRound>().Any(r => r.PostId == p.Id && r.ClosedAtUtc == null && r.SecondReviewer == null && r.FirstReviewer == name));
    }

    internal static IQueryable<PostRecord> Ordered(DashboardDbContext db, Reviewer reviewer, QueueFilter filter, DateTime now, AgingCutoffs cutoffs)
    {
        var name = reviewer.Name;
        var quality = ScoreFields.Quality.Column();
        return Available(db, reviewer, filter, now, cutoffs)
            // A sample post of a lot being sampled: its decision decides the whole lot.
            .OrderByDescending(p => db.LotPosts.Any(m => m.PostId == p.Id && m.InSample && db.Lots.Any(l => l.Id == m.LotId && l.State == Core.Sampling.LotState.Sampling)))
            // Sent back to this editor: changes were requested after they sent it for approval.
            .ThenByDescending(p => p.Status == ReviewStatus.ChangesRequested && db.PostHistory.Any(h =>
                h.PostId == p.Id && h.Kind == HistoryKind.ChangesRequested
                && db.PostHistory.Any(s => s.PostId == p.Id && s.Kind == HistoryKind.SentForApproval && s.Actor == name && s.Id < h.Id)))
            .ThenByDescending(p => p.CheckErrors)
            // A big cluster's representative (its ClusterId is its own id): deciding it decides its near-copies.
            .ThenByDescending(p => p.ClusterId == p.Id ? p.ClusterSize : 1)
            // A post without scores comes after every scored one.
            .ThenBy(p => EF.Property<int?>(p, quality) ?? int.MaxValue)
            // Time waiting in its status: the longest first.
            .ThenBy(p => p.StatusSinceUtc)
            .ThenBy(p => p.Id);
    }
}
