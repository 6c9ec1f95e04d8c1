using Dashboard.Core.Format;
using Dashboard.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Features.Clusters;

/// <summary>One near-copy cluster in a list: its members' source ids, the representative first.</summary>
public sealed record ClusterSummary(long Id, int Size, string Representative, IReadOnlyList<string> Members);

/// <summary>A page of clusters, largest first, and how many there are in all.</summary>
public sealed record ClusterList(int Total, IReadOnlyList<ClusterSummary> Items);

/// <summary>A member of a cluster as its page shows it: enough to act on it and its article to compare.</summary>
public sealed record ClusterMember(string SourceId, string Title, string Status, long RowVersion, string Article);

/// <summary>One cluster with its members, the representative first.</summary>
public sealed record ClusterDetail(long Id, IReadOnlyList<ClusterMember> Members)
{
    public ClusterMember Representative => Members[0];
}

/// <summary>
/// Reads the near-copy clusters the clustering stored on the posts (<c>ClusterId</c>,
/// <c>ClusterSize</c>): pages of them by size, and one with its members' articles. The
/// representative is the member with the ordinally least source id, the clustering's own rule.
/// </summary>
public sealed class ClusterQuery(IDbContextFactory<DashboardDbContext> contexts)
{
    /// <summary>The most clusters a page holds.</summary>
    public const int MaxPageSize = 100;

    public async Task<ClusterList> PageAsync(int minSize, int page, int size, CancellationToken cancellationToken = default)
    {
        minSize = Math.Max(minSize, 2);
        size = Math.Clamp(size, 1, MaxPageSize);
        page = Math.Max(page, 1);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // A cluster is its representative's row (its ClusterId is its own id, and it holds the
        // cluster's size), read in the page's order from the partial index of representatives.
        var clusters = db.Posts.AsNoTracking().Where(p => p.ClusterId == p.Id && p.ClusterSize >= minSize)
            .Select(p => new { p.Id, Size = p.ClusterSize });
        var total = await clusters.CountAsync(cancellationToken);
        var onPage = await clusters.OrderByDescending(c => c.Size).ThenBy(c => c.Id).Skip((page - 1) * size).Take(size).ToListAsync(cancellationToken);
        var ids = onPage.Select(c => c.Id).ToList();
        var members = (await db.Posts.AsNoTracking().Where(p => p.ClusterId != null && ids.Contains(p.ClusterId.Value))
                .Select(p => new { ClusterId = p.ClusterId!.Value, p.SourceId }).ToListAsync(cancellationToken))
            .ToLookup(m => m.ClusterId, m => m.SourceId);
        return new ClusterList(total, [.. onPage.Select(c =>
        {
            var sourceIds = members[c.Id].Order(StringComparer.Ordinal).ToList();
            return new ClusterSummary(c.Id, c.Size, sourceIds[0], sourceIds);
        })]);
    }

    /// <summary>The cluster and its members with their articles, or null when no post is in it.</summary>
    public async Task<ClusterDetail?> GetAsync(long clusterId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Posts.AsNoTracking().Where(p => p.ClusterId == clusterId)
            .Select(p => new { p.SourceId, p.Title, p.Status, p.RowVersion, p.Document })
            .ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return null;
        }

        return new ClusterDetail(clusterId, [.. rows.OrderBy(r => r.SourceId, StringComparer.Ordinal)
            .Select(r => new ClusterMember(r.SourceId, r.Title, r.Status, r.RowVersion, ArticleOf(r.Document)))]);
    }

    private static string ArticleOf(string document) => PostParser.Parse(document).Post is { } post ? Dashboard.Core.Text.ArticleWords.Of(post) : "";
}
