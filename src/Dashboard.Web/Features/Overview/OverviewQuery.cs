using System.Linq.Expressions;
using Dashboard.Core.Format;
using Dashboard.Core.Review;
using Dashboard.Web.Data;
using Dashboard.Web.Data.Entities;
using Dashboard.Web.Data.Imports;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Features.Overview;

/// <summary>
/// Reads the overview. SQLite does the counting (GROUP BY): statuses and scores walk covering
/// indexes, reviews per day a range of the AtUtc index; only the flags, which have no index, take
/// one pass over Posts (about 0.2 s at 100,000 posts). No entity is loaded.
/// </summary>
public sealed class OverviewQuery(IDbContextFactory<DashboardDbContext> contexts, IRunningImports runningImports, TimeProvider time)
{
    public const int ReviewDays = 30;
    public const int LatestBatches = 10;
    public const int ErrorsPerBatch = 20;

    /// <summary>The batch columns, shared with the import error page.</summary>
    internal static readonly Expression<Func<ImportBatch, ImportBatchRow>> ToBatchRow = b => new ImportBatchRow(
        b.Id, b.StartedAtUtc, b.FinishedAtUtc, b.Origin, b.ImportedBy,
        b.Imported, b.Updated, b.Unchanged, b.Conflicts, b.Failed, b.Errors.Count);

    public async Task<OverviewModel> GetAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var posts = db.Posts.AsNoTracking();

        // One pass for the totals and flags: a single group, or none when there are no posts.
        var totals = (await posts
            .GroupBy(_ => 1)
            .Select(g => new
            {
                Total = g.Count(),
                // Compared, not used as the condition: the column is 0/1 (see PostRecordConfiguration),
                // and PostgreSQL refuses an integer as FILTER's condition.
                InQueue = g.Count(p => p.InQueue == true),
                NeedsHumanReview = g.Count(p => p.NeedsHumanReview),
                HasImages = g.Count(p => p.HasImages),
                ImageHeavy = g.Count(p => p.ImageHeavy),
                AiGeneratedStyle = g.Count(p => p.AiGeneratedStyle),
            })
            .ToListAsync(cancellationToken)).SingleOrDefault();

        var statusGroups = await posts
            .GroupBy(p => p.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var statuses = statusGroups
            .OrderByDescending(s => s.Count)
            .ThenBy(s => s.Status, StringComparer.Ordinal)
            .Select(s => new StatusCount(s.Status, s.Count))
            .ToList();

        var scores = new List<ScoreDistribution>(ScoreFields.All.Count);
        foreach (var score in ScoreFields.All)
        {
            scores.Add(await GetDistributionAsync(posts, score.Label, ScoreColumns.Of(score), totals?.Total ?? 0, cancellationToken));
        }

        return new OverviewModel(
            totals?.Total ?? 0,
            totals?.InQueue ?? 0,
            statuses,
            new FlagCounts(totals?.NeedsHumanReview ?? 0, totals?.HasImages ?? 0, totals?.ImageHeavy ?? 0, totals?.AiGeneratedStyle ?? 0),
            scores,
            await GetReviewsPerDayAsync(db, cancellationToken),
            await GetLatestBatchesAsync(db, cancellationToken));
    }

    private static async Task<ScoreDistribution> GetDistributionAsync(
        IQueryable<PostRecord> posts, string name, Expression<Func<PostRecord, int?>> score, int total, CancellationToken cancellationToken)
    {
        var groups = await posts
            .Select(score)
            .Where(s => s != null)
            .GroupBy(s => s!.Value / 10)
            .Select(g => new { Bucket = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);

        // 100 shares the 90s' bucket; anything outside 0-100 (the format allows it) goes to the nearest end.
        var buckets = new int[ScoreDistribution.BucketCount];
        foreach (var group in groups)
        {
            buckets[Math.Clamp(group.Bucket, 0, ScoreDistribution.BucketCount - 1)] += group.Count;
        }

        return new ScoreDistribution(name, buckets, total - buckets.Sum());
    }

    private async Task<IReadOnlyList<ReviewDay>> GetReviewsPerDayAsync(DashboardDbContext db, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var first = today.AddDays(1 - ReviewDays);
        var since = first.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

        // The range uses the AtUtc index; SQLite groups by day (EF translates .Date to strftime).
        var counts = await db.PostHistory.AsNoTracking()
            .Where(h => h.AtUtc >= since && h.Kind != HistoryKind.ImportedRevision)
            .GroupBy(h => h.AtUtc.Date)
            .Select(g => new { Day = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);

        var byDay = counts.ToDictionary(c => DateOnly.FromDateTime(c.Day), c => c.Count);
        return [.. Enumerable.Range(0, ReviewDays).Select(i => first.AddDays(i)).Select(d => new ReviewDay(d, byDay.GetValueOrDefault(d)))];
    }

    private async Task<IReadOnlyList<ImportBatchWithErrors>> GetLatestBatchesAsync(DashboardDbContext db, CancellationToken cancellationToken)
    {
        var batches = await db.ImportBatches.AsNoTracking()
            .OrderByDescending(b => b.StartedAtUtc)
            .ThenByDescending(b => b.Id)
            .Take(LatestBatches)
            .Select(ToBatchRow)
            .ToListAsync(cancellationToken);

        var running = await runningImports.RunningAsync([.. batches.Where(b => b.FinishedAtUtc is null).Select(b => b.Id)], cancellationToken);
        batches = [.. batches.Select(b => b with { Interrupted = b.FinishedAtUtc is null && !running.Contains(b.Id) })];

        var ids = batches.Select(b => b.Id).ToList();
        var errors = await db.ImportErrors.AsNoTracking()
            .Where(e => ids.Contains(e.ImportBatchId))
            .GroupBy(e => e.ImportBatchId)
            .Select(g => new
            {
                BatchId = g.Key,
                Errors = g.OrderBy(e => e.Id).Take(ErrorsPerBatch).Select(e => new ImportErrorRow(e.Id, e.ImportBatchId, e.File, e.Line, e.Message)).ToList(),
            })
            .ToDictionaryAsync(g => g.BatchId, g => g.Errors, cancellationToken);

        return [.. batches.Select(b => new ImportBatchWithErrors(b, errors.GetValueOrDefault(b.Id) ?? []))];
    }
}
