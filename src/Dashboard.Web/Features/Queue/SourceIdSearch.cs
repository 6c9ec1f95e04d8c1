using Dashboard.Core.Format;
using Dashboard.Web.Data;
using Dashboard.Web.Data.Entities;

namespace Dashboard.Web.Features.Queue;

/// <summary>
/// The search box takes a source id too (errors, the API and provenance all name posts by it):
/// a search that is exactly a post's source id finds that post alone, whatever the other filters
/// and whether or not it is in the queue; any other search is the filtered text search.
/// </summary>
internal static class SourceIdSearch
{
    public static IQueryable<PostRecord> Apply(DashboardDbContext db, QueueFilter filter, IQueryable<PostRecord> filtered)
    {
        if (filter.Search?.Trim() is not { Length: > 0 } search || SourceIdRule.Check(search) is not null)
        {
            return filtered;
        }

        // One statement either way: the post with that id (a unique index probe), or, when none
        // has it, the filtered view.
        var exact = db.Posts.Where(p => p.SourceId == search);
        return exact.Concat(filtered.Where(p => !db.Posts.Any(x => x.SourceId == search)));
    }
}
