using Dashboard.Web.Data.Entities;
using Dashboard.Web.Features.Aging;

namespace Dashboard.Web.Features.Queue;

/// <summary>The queue's aging filters: waited more than N days in the status (<c>waiting=3</c>), or past its due time (<c>waiting=overdue</c>).</summary>
public static class WaitingFilter
{
    /// <summary>The URL value of <see cref="QueueFilter.Overdue"/>.</summary>
    public const string Overdue = "overdue";

    public static IQueryable<PostRecord> Apply(IQueryable<PostRecord> query, QueueFilter filter, AgingCutoffs cutoffs)
    {
        if (filter.WaitingDays is { } days)
        {
            var before = cutoffs.NowUtc.AddDays(-days);
            query = query.Where(p => p.StatusSinceUtc < before);
        }

        return filter.Overdue ? query.Where(cutoffs.IsOverdue()) : query;
    }
}
