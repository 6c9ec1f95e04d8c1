using Dashboard.Core.Clustering;
using Dashboard.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Features.NearCopies;

/// <summary>Every post with a signature, as a clustering run reads them: its placement as stored, and whether it waits to be placed.</summary>
internal sealed class StoredPosts
{
    private readonly List<StoredPost> _posts;
    private readonly Dictionary<long, string> _sourceIdOf;

    public StoredPosts(List<StoredPost> posts)
    {
        _posts = posts;
        _sourceIdOf = posts.ToDictionary(p => p.Id, p => p.SourceId);
        BySourceId = posts.ToDictionary(p => p.SourceId, StringComparer.Ordinal);
    }

    public IReadOnlyDictionary<string, StoredPost> BySourceId { get; }

    public static async Task<StoredPosts> ReadAsync(DashboardDbContext db, CancellationToken cancellationToken)
    {
        var rows = await db.PostSignatures.AsNoTracking()
            .Join(db.Posts, s => s.PostId, p => p.Id, (s, p) => new { p.Id, p.SourceId, p.ClusterId, p.ClusterSize, s.Signature, s.Pending, s.Revision })
            .ToListAsync(cancellationToken);

        // A signature of another format (written by an older version) is placed again from a fresh one by the recluster verb; until then it is left out.
        return new StoredPosts(rows
            .Select(r => Read(r.Signature) is { } signature ? new StoredPost(r.Id, r.SourceId, r.ClusterId, r.ClusterSize, signature, r.Pending, r.Revision) : null)
            .OfType<StoredPost>()
            .ToList());
    }

    public List<StoredPost> Pending() => _posts.Where(p => p.Pending).ToList();

    /// <summary>Each post with its representative's source id as stored (null: it represents itself or is alone).</summary>
    public IEnumerable<(string SourceId, MinHashSignature Signature, string? Representative)> Placements() =>
        _posts.Select(p => (p.SourceId, p.Signature, p.ClusterId is { } id && _sourceIdOf.TryGetValue(id, out var representative) ? representative : null));

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
