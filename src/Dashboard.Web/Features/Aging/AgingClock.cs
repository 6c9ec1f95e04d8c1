using System.Linq.Expressions;
using Dashboard.Web.Data.Entities;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Features.Aging;

/// <summary>The moment the queue's waiting and overdue filters are read at, and each status's overdue line then.</summary>
/// <param name="NowUtc">Now.</param>
/// <param name="OverdueBefore">Per status with a due time: a post that entered it before this is overdue.</param>
public sealed record AgingCutoffs(DateTime NowUtc, IReadOnlyDictionary<string, DateTime> OverdueBefore)
{
    /// <summary>In a status with a due time and entered it before that status's line: one OR per status, each an index range.</summary>
    public Expression<Func<PostRecord, bool>> IsOverdue()
    {
        var post = Expression.Parameter(typeof(PostRecord), "p");
        Expression body = Expression.Constant(false);
        foreach (var (status, before) in OverdueBefore)
        {
            var inStatus = Expression.Equal(Expression.Property(post, nameof(PostRecord.Status)), Expression.Constant(status));
            // Read through a captured object, as a closure would be, so EF sends a parameter rather than
            // baking each moment into a new query plan.
            var line = Expression.Property(Expression.Constant(new Line(before)), nameof(Line.Before));
            var entered = Expression.LessThan(Expression.Property(post, nameof(PostRecord.StatusSinceUtc)), line);
            body = Expression.OrElse(body, Expression.AndAlso(inStatus, entered));
        }

        return Expression.Lambda<Func<PostRecord, bool>>(body, post);
    }

    private sealed record Line(DateTime Before);
}

/// <summary>How long posts have waited and whether they are overdue, from the clock and <see cref="DueDaysOptions"/>.</summary>
public sealed class AgingClock(TimeProvider time, IOptions<DueDaysOptions> options)
{
    public DateTime NowUtc => time.GetUtcNow().UtcDateTime;

    public AgingCutoffs Cutoffs()
    {
        var now = NowUtc;
        return new AgingCutoffs(now, options.Value.ByStatus.ToDictionary(d => d.Key, d => now - d.Value, StringComparer.Ordinal));
    }

    /// <summary>How long a post that entered its status at <paramref name="sinceUtc"/> has waited.</summary>
    public TimeSpan Waited(DateTime sinceUtc) => NowUtc - sinceUtc;

    /// <summary>Has a post in <paramref name="status"/> since <paramref name="sinceUtc"/> waited past its status's due time?</summary>
    public bool IsOverdue(string status, DateTime sinceUtc) =>
        options.Value.ByStatus.TryGetValue(status, out var due) && NowUtc - sinceUtc > due;
}
