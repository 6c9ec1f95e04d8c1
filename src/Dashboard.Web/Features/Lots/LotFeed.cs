using Dashboard.Core.Review;
using Dashboard.Core.Sampling;
using Dashboard.Web.Data;
using Dashboard.Web.Data.Entities;

namespace Dashboard.Web.Features.Lots;

/// <summary>The index feed's limit by lots (<see cref="LotOptions.FeedOnlyAcceptedLots"/>).</summary>
public static class LotFeed
{
    /// <summary>With the setting on, only posts of an accepted lot, or approved one by one (an approval outside any bulk action).</summary>
    public static IQueryable<PostRecord> Limit(DashboardDbContext db, IQueryable<PostRecord> approved, LotOptions options) =>
        !options.FeedOnlyAcceptedLots
            ? approved
            : approved.Where(p =>
                db.LotPosts.Any(m => m.PostId == p.Id && db.Lots.Any(l => l.Id == m.LotId && l.State == LotState.Accepted))
                || db.PostHistory.Any(h => h.PostId == p.Id && h.Kind == HistoryKind.Approved && h.BulkId == null));
}
