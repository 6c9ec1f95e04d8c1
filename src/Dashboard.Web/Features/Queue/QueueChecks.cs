using Dashboard.Web.Data;
using Dashboard.Web.Data.Entities;
using Dashboard.Web.Features.Checks;

namespace Dashboard.Web.Features.Queue;

/// <summary>The queue's check filter: any error (the post's stored count), or one check (its rows in PostChecks).</summary>
internal static class QueueChecks
{
    public static IQueryable<PostRecord> Filter(DashboardDbContext db, IQueryable<PostRecord> query, string? check) => check switch
    {
        null => query,
        // (InQueue, CheckErrors) serves the queue's own view.
        CheckFilterValue.AnyError => query.Where(p => p.CheckErrors > 0),
        // An EXISTS on the (PostId, CheckId) index, probed per queue row in the sort's order.
        _ => query.Where(p => db.PostChecks.Any(c => c.PostId == p.Id && c.CheckId == check)),
    };
}
