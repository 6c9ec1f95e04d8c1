using Dashboard.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Features.NearCopies;

/// <summary>What the pages show of the clusters: one post's cluster, and how many posts are in clusters of each size.</summary>
public sealed class NearCopyQueries(IDbContextFactory<DashboardDbContext> contexts)
{
    /// <summary>The size buckets of the overview, each from its least size; the last has no upper bound.</summary>
    public static readonly IReadOnlyList<(int From, string Label)> Buckets =
    [
        (1, "alone"), (2, "2"), (3, "3-5"), (6, "6-10"), (11, "11 or more"),
    ];

    /// <summary>The cluster <paramref name="clusterId"/> as a post's page shows it, or null when it has no representative any more.</summary>
    public async Task<PostCluster?> ClusterAsync(long clusterId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Posts.AsNoTracking()
            .Where(p => p.Id == clusterId)
            .Select(p => new PostCluster(clusterId, p.ClusterSize, p.SourceId, p.Title))
            .SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>Posts per bucket of <see cref="Buckets"/>, in their order.</summary>
    public async Task<IReadOnlyList<(string Label, int Posts, int MinSize)>> PostsBySizeAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var bySize = await db.Posts.GroupBy(p => p.ClusterSize).Select(g => new { Size = g.Key, Posts = g.Count() }).ToListAsync(cancellationToken);
        return Buckets
            .Select((bucket, i) => (bucket.Label, bySize.Where(s => s.Size >= bucket.From && (i + 1 == Buckets.Count || s.Size < Buckets[i + 1].From)).Sum(s => s.Posts), bucket.From))
            .ToList();
    }
}

/// <summary>A post's cluster: its id, size and representative.</summary>
public sealed record PostCluster(long Id, int Size, string RepresentativeSourceId, string RepresentativeTitle);
