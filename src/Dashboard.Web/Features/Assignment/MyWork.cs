using Dashboard.Web.Data;
using Dashboard.Web.Features.Aging;
using Dashboard.Web.Features.Queue;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Features.Assignment;

/// <summary>My work's counts: all of it, per status, and how much is overdue.</summary>
public sealed record MyWorkCounts(int Total, IReadOnlyList<(string Status, int Count)> ByStatus, int Overdue);

/// <summary>
/// What "My work" lists for a reviewer. It is a queue filter, so the page, its counts and the
/// queue link agree; <see cref="FilterFor"/> is the one place that says what counts as one's work
/// (assigned to them, or claimed by them now).
/// </summary>
public sealed class MyWork(IDbContextFactory<DashboardDbContext> contexts, AgingClock clock)
{
    /// <summary>The queue filter of <paramref name="reviewerName"/>'s work, longest waiting first.</summary>
    public static QueueFilter FilterFor(string reviewerName) =>
        new() { Assignee = AssigneeFilter.Mine, Me = reviewerName, Sort = QueueSort.Waiting, Descending = true };

    public async Task<MyWorkCounts> CountsAsync(string reviewerName, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var cutoffs = clock.Cutoffs();
        var mine = QueueQuery.Filter(db, FilterFor(reviewerName), cutoffs);
        var byStatus = await mine.GroupBy(p => p.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var overdue = await mine.Where(cutoffs.IsOverdue()).CountAsync(cancellationToken);
        return new MyWorkCounts(byStatus.Sum(s => s.Count), [.. byStatus.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => (s.Key, s.Count))], overdue);
    }
}
