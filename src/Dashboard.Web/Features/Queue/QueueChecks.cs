using Dashboard.Web.Data;
using Dashboard.Web.Data.Entities;
using Dashboard.Web.Features.Checks;

namespace Dashboard.Web.Features.Queue;

/// <summary>
/// The queue's check filter: any error (the post's stored count), or one check (its rows in PostChecks).
/// Both start from an index of the failing posts, not from a probe per queue row: a check that few
/// posts fail is then as fast as one that many fail.
/// </summary>
internal static class QueueChecks
{
    public static IQueryable<PostRecord> Filter(DashboardDbContext db, IQueryable<PostRecord> query, string? check) => check switch
    {
        null => query,
        // (InQueue, CheckErrors) serves the queue's own view, the partial index of failing posts every post.
        CheckFilterValue.AnyError => query.Where(p => p.CheckErrors > 0),
        // The failing posts' ids read from the (CheckId, PostId) index, then the posts by their key.
        _ => query.Where(p => db.PostChecks.Where(c => c.CheckId == check).Select(c => c.PostId).Contains(p.Id)),
    };
}
