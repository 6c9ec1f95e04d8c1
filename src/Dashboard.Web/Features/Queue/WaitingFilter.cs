using System.Linq.Expressions;
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

        return filter.Overdue ? query.Where(IsOverdue(cutoffs)) : query;
    }

    /// <summary>In a status with a due time, and entered it before that status's line: one OR per status, each an index range.</summary>
    public static Expression<Func<PostRecord, bool>> IsOverdue(AgingCutoffs cutoffs)
    {
        var post = Expression.Parameter(typeof(PostRecord), "p");
        Expression body = Expression.Constant(false);
        foreach (var (status, before) in cutoffs.OverdueBefore)
        {
            var inStatus = Expression.Equal(Expression.Property(post, nameof(PostRecord.Status)), Expression.Constant(status));
            var entered = Expression.LessThan(Expression.Property(post, nameof(PostRecord.StatusSinceUtc)), Expression.Constant(before));
            body = Expression.OrElse(body, Expression.AndAlso(inStatus, entered));
        }

        return Expression.Lambda<Func<PostRecord, bool>>(body, post);
    }
}
