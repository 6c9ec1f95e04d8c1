using Dashboard.Core.Review;
using Dashboard.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Features.Review;

/// <summary>One entry of a post's history as the timeline shows it; the snapshots are read only when compared.</summary>
public sealed record HistoryItem(long Id, DateTime AtUtc, string Actor, HistoryKind Kind, string Action, string? Note, bool HasBefore, bool HasAfter, Guid? BulkId);

/// <summary>The newest entries of a post's history, and how many there are in all.</summary>
public sealed record HistoryPage(int Total, IReadOnlyList<HistoryItem> Items);

/// <summary>Reads a post's history: the timeline (newest first, limited) and single snapshots to compare.</summary>
public sealed class PostHistoryQuery(IDbContextFactory<DashboardDbContext> contexts)
{
    /// <summary>How many entries the timeline shows at first, and how many more each "show more" adds.</summary>
    public const int PageSize = 50;

    public async Task<HistoryPage> GetAsync(long postId, int take, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entries = db.PostHistory.AsNoTracking().Where(h => h.PostId == postId);
        var total = await entries.CountAsync(cancellationToken);
        var items = await entries.OrderByDescending(h => h.Id).Take(Math.Clamp(take, 1, 1000))
            .Select(h => new HistoryItem(h.Id, h.AtUtc, h.Actor, h.Kind, h.Action, h.Note, h.Before != null, h.After != null, h.BulkId))
            .ToListAsync(cancellationToken);
        return new HistoryPage(total, items);
    }

    /// <summary>The state recorded after (or before) history entry <paramref name="historyId"/> of the post, or null.</summary>
    public async Task<RevisionSnapshot?> GetSnapshotAsync(long postId, long historyId, bool after, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var json = await db.PostHistory.AsNoTracking().Where(h => h.Id == historyId && h.PostId == postId)
            .Select(h => after ? h.After : h.Before).SingleOrDefaultAsync(cancellationToken);
        return RevisionSnapshot.FromJson(json);
    }
}
