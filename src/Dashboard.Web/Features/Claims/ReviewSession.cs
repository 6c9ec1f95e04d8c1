using Dashboard.Core.Review;
using Dashboard.Web.Data;
using Dashboard.Web.Features.Queue;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Features.Claims;

/// <summary>A reviewer's day so far: decisions taken today (UTC) and what is left for their role.</summary>
public sealed record SessionProgress(int DoneToday, int Left)
{
    public int Total => DoneToday + Left;
}

/// <summary>Counts what the session bar shows ("12 of 40 done today").</summary>
public sealed class ReviewSession(IDbContextFactory<DashboardDbContext> contexts, NextPost next, TimeProvider time)
{
    public async Task<SessionProgress> ProgressAsync(Reviewer reviewer, QueueFilter? filter = null, CancellationToken cancellationToken = default)
    {
        var name = reviewer.Name;
        var today = time.GetUtcNow().UtcDateTime.Date;
        var kinds = ReviewWork.DecisionKinds.ToList();
        int done;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            done = await db.PostHistory.CountAsync(h => h.Actor == name && h.AtUtc >= today && kinds.Contains(h.Kind), cancellationToken);
        }

        return new SessionProgress(done, await next.CountLeftAsync(reviewer, filter, cancellationToken));
    }
}
