using System.Linq.Expressions;
using Dashboard.Core.Format;
using Dashboard.Core.Review;
using Dashboard.Web.Data;
using Dashboard.Web.Data.Entities;
using Dashboard.Web.Features.Aging;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Features.Queue;

/// <summary>Reads the review queue: filtered, sorted, one page at a time, as small rows.</summary>
public sealed class QueueQuery(IDbContextFactory<DashboardDbContext> contexts, TimeProvider time, AgingClock aging)
{
    private static readonly TimeSpan FacetLifetime = TimeSpan.FromSeconds(30);
    private static readonly Expression<Func<PostRecord, QueueRow>> ToRow = ScoreColumns.Expand<Func<PostRecord, QueueRow>>(p => new QueueRow(
        p.SourceId, p.Title, p.Topic, p.Difficulty, ScoreColumns.ValuesOf(p),
        p.Status, p.Version, p.LastReviewed, p.ImageCount, p.ViewCount, p.CheckErrors, p.CheckWarnings, p.RowVersion, p.AssigneeName, p.StatusSinceUtc, p.ClusterSize));

    private readonly SemaphoreSlim _facetLock = new(1, 1);
    private (QueueFacets Facets, DateTimeOffset At)? _facets;

    public async Task<QueueResult> GetPageAsync(QueueFilter filter, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = Filter(db, filter, aging.Cutoffs());
        var total = await query.CountAsync(cancellationToken);
        var pageSize = Math.Clamp(filter.PageSize, 1, 200);
        // Two steps in one statement: the page's ids from the index alone (OFFSET skips index
        // entries, not rows), then only those rows are read.
        var pageIds = Sort(query, filter.Sort, filter.Descending).Select(p => p.Id).Skip(Math.Max(0, filter.Page) * pageSize).Take(pageSize);
        var rows = await Sort(db.Posts.AsNoTracking().Where(p => pageIds.Contains(p.Id)), filter.Sort, filter.Descending)
            .Select(ToRow)
            .ToListAsync(cancellationToken);
        return new QueueResult(total, rows);
    }

    /// <summary>The source ids of the posts that match, in queue order (next/previous, bulk).</summary>
    public async Task<IReadOnlyList<string>> GetSourceIdsAsync(QueueFilter filter, int limit, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await Sort(Filter(db, filter, aging.Cutoffs()), filter.Sort, filter.Descending).Select(p => p.SourceId).Take(limit).ToListAsync(cancellationToken);
    }

    /// <summary>The source id at <paramref name="position"/> (0-based) of the queue, or null past its end.</summary>
    public async Task<string?> GetSourceIdAtAsync(QueueFilter filter, int position, CancellationToken cancellationToken = default)
    {
        if (position < 0)
        {
            return null;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await Sort(Filter(db, filter, aging.Cutoffs()), filter.Sort, filter.Descending).Select(p => p.SourceId).Skip(position).FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<QueueFacets> GetFacetsAsync(CancellationToken cancellationToken = default)
    {
        if (_facets is { } cached && time.GetUtcNow() - cached.At < FacetLifetime)
        {
            return cached.Facets;
        }

        await _facetLock.WaitAsync(cancellationToken);
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var facets = new QueueFacets(
                await db.Posts.Select(p => p.Status).Distinct().OrderBy(s => s).ToListAsync(cancellationToken),
                await db.Posts.Where(p => p.Difficulty != null).Select(p => p.Difficulty!).Distinct().OrderBy(s => s).ToListAsync(cancellationToken),
                await db.Queries.DistinctValues(db, "Stack").ToListAsync(cancellationToken),
                await db.Queries.DistinctValues(db, "Tools").ToListAsync(cancellationToken));
            _facets = (facets, time.GetUtcNow());
            return facets;
        }
        finally
        {
            _facetLock.Release();
        }
    }

    internal static IQueryable<PostRecord> Filter(DashboardDbContext db, QueueFilter filter, AgingCutoffs cutoffs) =>
        SourceIdSearch.Apply(db, filter, Filtered(db, filter, cutoffs));

    private static IQueryable<PostRecord> Filtered(DashboardDbContext db, QueueFilter filter, AgingCutoffs cutoffs)
    {
        var query = db.Posts.AsNoTracking();
        // Rejected posts are out of the queue by definition; filtering on that status is how a lead
        // finds them again (to reopen one), so it shows them rather than an empty queue.
        // An open import conflict waits for a decision even on an approved post: that filter shows them all.
        if (!filter.ShowAll && filter.Status != ReviewStatus.Rejected && !filter.Conflicts)
        {
            query = query.Where(p => p.InQueue);
        }

        if (!string.IsNullOrEmpty(filter.Status))
        {
            query = query.Where(p => p.Status == filter.Status);
        }

        if (!string.IsNullOrEmpty(filter.Difficulty))
        {
            query = query.Where(p => p.Difficulty == filter.Difficulty);
        }

        if (!string.IsNullOrEmpty(filter.Stack))
        {
            var candidates = db.Queries.ValueCandidates(db, "Stack", filter.Stack);
            query = candidates is null ? query.Where(p => p.Stack.Contains(filter.Stack)) : query.Where(p => candidates.Contains(p.Id) && p.Stack.Contains(filter.Stack));
        }

        if (!string.IsNullOrEmpty(filter.Tool))
        {
            var candidates = db.Queries.ValueCandidates(db, "Tools", filter.Tool);
            query = candidates is null ? query.Where(p => p.Tools.Contains(filter.Tool)) : query.Where(p => candidates.Contains(p.Id) && p.Tools.Contains(filter.Tool));
        }

        query = QueueChecks.Filter(db, query, filter.Check);
        foreach (var score in ScoreFields.All)
        {
            query = InRange(query, score, filter.Scores[score]);
        }

        query = AssigneeFilter.Apply(db, query, filter, cutoffs.NowUtc);
        query = WaitingFilter.Apply(query, filter, cutoffs);

        if (filter.Cluster is { } cluster)
        {
            query = query.Where(p => p.ClusterId == cluster);
        }

        if (filter.Conflicts)
        {
            query = query.Where(p => db.PostConflicts.Any(c => c.PostId == p.Id && c.ResolvedAtUtc == null));
        }

        if (filter.MinClusterSize > 1)
        {
            query = query.Where(p => p.ClusterSize >= filter.MinClusterSize);
        }

        if (db.Queries.AllWords(db, filter.Search) is { } ids)
        {
            query = query.Where(p => ids.Contains(p.Id));
        }

        return query;
    }

    private static IQueryable<PostRecord> InRange(IQueryable<PostRecord> query, ScoreField score, ScoreRange range)
    {
        if (range.Covers(score))
        {
            return query;
        }

        var column = ScoreColumns.Of(score);
        var parameter = column.Parameters[0];
        var value = column.Body;
        var body = Expression.AndAlso(
            Expression.GreaterThanOrEqual(value, Expression.Constant((int?)range.Min, typeof(int?))),
            Expression.LessThanOrEqual(value, Expression.Constant((int?)range.Max, typeof(int?))));
        return query.Where(Expression.Lambda<Func<PostRecord, bool>>(body, parameter));
    }

    private static IQueryable<PostRecord> Sort(IQueryable<PostRecord> query, QueueSort sort, bool descending)
    {
        if (sort.Column == QueueColumn.Waiting)
        {
            // The longest wait is the earliest entry into the status: the order runs against the column.
            descending = !descending;
            var bySince = descending ? query.OrderByDescending(p => p.StatusSinceUtc) : query.OrderBy(p => p.StatusSinceUtc);
            return descending ? bySince.ThenByDescending(p => p.Id) : bySince.ThenBy(p => p.Id);
        }

        var sorted = sort.Column switch
        {
            QueueColumn.Score when sort.Score is { } score => descending ? query.OrderByDescending(ScoreColumns.Of(score)) : query.OrderBy(ScoreColumns.Of(score)),
            QueueColumn.Title => descending ? query.OrderByDescending(p => p.Title) : query.OrderBy(p => p.Title),
            QueueColumn.Topic => descending ? query.OrderByDescending(p => p.Topic) : query.OrderBy(p => p.Topic),
            QueueColumn.Difficulty => descending ? query.OrderByDescending(p => p.Difficulty) : query.OrderBy(p => p.Difficulty),
            QueueColumn.Status => descending ? query.OrderByDescending(p => p.Status) : query.OrderBy(p => p.Status),
            QueueColumn.Version => descending
                ? query.OrderByDescending(p => p.VersionMajor).ThenByDescending(p => p.VersionMinor).ThenByDescending(p => p.VersionPatch)
                : query.OrderBy(p => p.VersionMajor).ThenBy(p => p.VersionMinor).ThenBy(p => p.VersionPatch),
            QueueColumn.LastReviewed => descending ? query.OrderByDescending(p => p.LastReviewed) : query.OrderBy(p => p.LastReviewed),
            QueueColumn.ImageCount => descending ? query.OrderByDescending(p => p.ImageCount) : query.OrderBy(p => p.ImageCount),
            QueueColumn.ViewCount => descending ? query.OrderByDescending(p => p.ViewCount) : query.OrderBy(p => p.ViewCount),
            QueueColumn.CheckErrors => descending ? query.OrderByDescending(p => p.CheckErrors) : query.OrderBy(p => p.CheckErrors),
            QueueColumn.ClusterSize => descending ? query.OrderByDescending(p => p.ClusterSize) : query.OrderBy(p => p.ClusterSize),
            _ => throw new ArgumentOutOfRangeException(nameof(sort), sort, "not a column the queue sorts by"),
        };

        // A stable order, so paging never shows a post twice or skips one; the tiebreak runs the
        // same way as the sort so one index serves both (the row id is each index's last column).
        return descending ? sorted.ThenByDescending(p => p.Id) : sorted.ThenBy(p => p.Id);
    }
}
