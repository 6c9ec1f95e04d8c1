using Dashboard.Core.Clustering;
using Dashboard.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Features.NearCopies;

/// <summary>Posts with a signature, as a clustering run reads them: every one (to load the index) or only the pending ones.</summary>
internal static class StoredPosts
{
    /// <summary>Every post with a signature; a signature of another format (written by an older version) is left out until the recluster verb signs it again.</summary>
    public static Task<List<StoredPost>> ReadAllAsync(DashboardDbContext db, CancellationToken cancellationToken) =>
        ReadAsync(db, pendingOnly: false, cancellationToken);

    /// <summary>The posts whose signature was written since they were last placed.</summary>
    public static Task<List<StoredPost>> ReadPendingAsync(DashboardDbContext db, CancellationToken cancellationToken) =>
        ReadAsync(db, pendingOnly: true, cancellationToken);

    /// <summary>Each post with its representative's source id as stored (null: it represents itself or is alone).</summary>
    public static IEnumerable<(string SourceId, MinHashSignature Signature, string? Representative)> Placements(IReadOnlyList<StoredPost> posts)
    {
        var sourceIdOf = posts.ToDictionary(p => p.Id, p => p.SourceId);
        return posts.Select(p => (p.SourceId, p.Signature, p.ClusterId is { } id && sourceIdOf.TryGetValue(id, out var representative) ? representative : null));
    }

    public static Dictionary<string, Placement> PlacementsBySourceId(IEnumerable<StoredPost> posts) =>
        posts.ToDictionary(p => p.SourceId, p => new Placement(p.Id, p.ClusterId, p.ClusterSize), StringComparer.Ordinal);

    private static async Task<List<StoredPost>> ReadAsync(DashboardDbContext db, bool pendingOnly, CancellationToken cancellationToken)
    {
        var signatures = db.PostSignatures.AsNoTracking();
        if (pendingOnly)
        {
            signatures = signatures.Where(s => s.Pending);
        }

        var rows = await signatures
            .Join(db.Posts, s => s.PostId, p => p.Id, (s, p) => new { p.Id, p.SourceId, p.ClusterId, p.ClusterSize, s.Signature, s.Pending, s.Revision })
            .ToListAsync(cancellationToken);
        return rows
            .Select(r => Read(r.Signature) is { } signature ? new StoredPost(r.Id, r.SourceId, r.ClusterId, r.ClusterSize, signature, r.Pending, r.Revision) : null)
            .OfType<StoredPost>()
            .ToList();
    }

    private static MinHashSignature? Read(byte[] bytes)
    {
        try
        {
            return MinHashSignature.FromBytes(bytes);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}

/// <summary>One post as a clustering run reads it.</summary>
internal sealed record StoredPost(long Id, string SourceId, long? ClusterId, int ClusterSize, MinHashSignature Signature, bool Pending, long Revision);
