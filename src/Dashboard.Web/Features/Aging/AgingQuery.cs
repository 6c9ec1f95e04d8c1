using Dashboard.Core.Aging;
using Dashboard.Core.Review;
using Dashboard.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Features.Aging;

/// <summary>How long the queue's posts have waited, per status and band, and how many are overdue.</summary>
/// <param name="Status">A status of the queue.</param>
/// <param name="Buckets">How many posts of it fall in each band of <see cref="Waiting.Buckets"/>, in that order.</param>
/// <param name="Overdue">How many of them are past the status's due time.</param>
public sealed record StatusAging(string Status, IReadOnlyList<int> Buckets, int Overdue);

/// <summary>One reviewer's decisions over the period and their pace.</summary>
public sealed record ReviewerPace(string Reviewer, ReviewerThroughput Throughput);

/// <summary>The Overview's aging and throughput figures, read from the posts' status times and the history.</summary>
public sealed class AgingQuery(IDbContextFactory<DashboardDbContext> contexts, AgingClock clock)
{
    /// <summary>The statuses a queue post can wait in, in workflow order.</summary>
    public static IReadOnlyList<string> QueueStatuses { get; } = [.. ReviewStatus.All.Except(ReviewWorkflow.ReviewedStatuses)];

    /// <summary>Posts in the queue past their status's due time.</summary>
    public async Task<int> OverdueCountAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Posts.Where(p => p.InQueue).Where(clock.Cutoffs().IsOverdue()).CountAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<StatusAging>> BucketsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var cutoffs = clock.Cutoffs();
        var queue = db.Posts.AsNoTracking().Where(p => p.InQueue);
        var perBucket = new List<Dictionary<string, int>>();
        foreach (var bucket in Waiting.Buckets)
        {
            // Entered the status at most From ago and more than Until ago.
            var enteredBy = cutoffs.NowUtc - bucket.From;
            var inBucket = queue.Where(p => p.StatusSinceUtc <= enteredBy);
            if (bucket.Until is { } until)
            {
                var enteredAfter = cutoffs.NowUtc - until;
                inBucket = inBucket.Where(p => p.StatusSinceUtc > enteredAfter);
            }

            perBucket.Add(await CountByStatusAsync(inBucket, cancellationToken));
        }

        var overdue = await CountByStatusAsync(queue.Where(cutoffs.IsOverdue()), cancellationToken);
        return [.. QueueStatuses.Select(status => new StatusAging(
            status, [.. perBucket.Select(counts => counts.GetValueOrDefault(status))], overdue.GetValueOrDefault(status)))];
    }

    /// <summary>Each reviewer's decisions in the last <paramref name="period"/>, most decisions first.</summary>
    public async Task<IReadOnlyList<ReviewerPace>> ThroughputAsync(TimeSpan period, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var since = clock.NowUtc - period;
        var kinds = ReviewWork.DecisionKinds.ToList();
        var decisions = await db.PostHistory.AsNoTracking()
            .Where(h => h.AtUtc >= since && kinds.Contains(h.Kind))
            .Select(h => new { h.Actor, h.AtUtc })
            .ToListAsync(cancellationToken);
        return [.. decisions.GroupBy(d => d.Actor, StringComparer.Ordinal)
            .Select(g => new ReviewerPace(g.Key, Throughput.Of(g.Select(d => d.AtUtc), Throughput.DefaultBreak)))
            .OrderByDescending(p => p.Throughput.Decisions).ThenBy(p => p.Reviewer, StringComparer.Ordinal)];
    }

    private static Task<Dictionary<string, int>> CountByStatusAsync(IQueryable<Data.Entities.PostRecord> posts, CancellationToken cancellationToken) =>
        posts.GroupBy(p => p.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
}
