using Dashboard.Core.Clustering;
using Dashboard.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Features.NearCopies;

/// <summary>A clustering run's writes: the posts whose cluster changed, and the signatures it placed.</summary>
internal static class ClusterWrites
{
    // Ids per statement: well under SQLite's parameter limit, few round trips on PostgreSQL.
    private const int IdsPerStatement = 1000;

    /// <summary>
    /// Writes ClusterId and ClusterSize of every affected post whose stored values differ, and
    /// records them in <paramref name="placements"/> (the stored values, by source id); returns how many.
    /// </summary>
    public static async Task<int> WriteAsync(DashboardDbContext db, NearCopyIndex index, Dictionary<string, Placement> placements, IEnumerable<string> affected, CancellationToken cancellationToken)
    {
        var changes = new List<(string SourceId, long Id, long? ClusterId, int Size)>();
        foreach (var sourceId in affected)
        {
            if (!placements.TryGetValue(sourceId, out var post))
            {
                continue;
            }

            var cluster = index.ClusterOf(sourceId);
            var (clusterId, size) = cluster is null ? ((long?)null, 1) : (placements[cluster.Representative].Id, cluster.Size);
            if (clusterId != post.ClusterId || size != post.ClusterSize)
            {
                changes.Add((sourceId, post.Id, clusterId, size));
            }
        }

        // One statement per cluster (and one for every post now alone), not one per post.
        foreach (var group in changes.GroupBy(c => (c.ClusterId, c.Size)))
        {
            foreach (var ids in group.Select(c => c.Id).Chunk(IdsPerStatement))
            {
                var (clusterId, size) = group.Key;
                await db.Posts.Where(p => ids.Contains(p.Id))
                    .ExecuteUpdateAsync(s => s.SetProperty(p => p.ClusterId, clusterId).SetProperty(p => p.ClusterSize, size), cancellationToken);
            }
        }

        foreach (var (sourceId, id, clusterId, size) in changes)
        {
            placements[sourceId] = new Placement(id, clusterId, size);
        }

        return changes.Count;
    }

    /// <summary>Marks placed the signatures the run read; one written since (a newer revision) stays pending for the next run.</summary>
    public static async Task MarkPlacedAsync(DashboardDbContext db, IEnumerable<StoredPost> placed, CancellationToken cancellationToken)
    {
        foreach (var group in placed.GroupBy(p => p.Revision))
        {
            var revision = group.Key;
            foreach (var ids in group.Select(p => p.Id).Chunk(IdsPerStatement))
            {
                await db.PostSignatures.Where(s => ids.Contains(s.PostId) && s.Revision == revision)
                    .ExecuteUpdateAsync(s => s.SetProperty(x => x.Pending, false), cancellationToken);
            }
        }
    }
}
