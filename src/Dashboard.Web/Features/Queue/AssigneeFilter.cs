using Dashboard.Web.Data;
using Dashboard.Web.Data.Entities;

namespace Dashboard.Web.Features.Queue;

/// <summary>
/// The queue's assignee filter: <c>assignee=me</c>, <c>assignee=mine</c> (assigned to or claimed by
/// the signed-in reviewer: My work), <c>assignee=none</c> or an account's user name.
/// </summary>
public static class AssigneeFilter
{
    /// <summary>The signed-in reviewer (<see cref="QueueFilter.Me"/>).</summary>
    public const string Me = "me";

    /// <summary>Posts assigned to the signed-in reviewer or claimed by them now: their work.</summary>
    public const string Mine = "mine";

    /// <summary>Posts nobody is assigned.</summary>
    public const string None = "none";

    public static IQueryable<PostRecord> Apply(DashboardDbContext db, IQueryable<PostRecord> query, QueueFilter filter, DateTime nowUtc)
    {
        switch (filter.Assignee)
        {
            case null or "":
                return query;
            case None:
                return query.Where(p => p.AssigneeName == null);
            case Me when filter.Me is { } me:
                return query.Where(p => p.AssigneeName == me);
            case Mine when filter.Me is { } me:
                return query.Where(p => p.AssigneeName == me || db.PostClaims.Any(c => c.PostId == p.Id && c.ClaimedBy == me && c.ExpiresAtUtc > nowUtc));
            case Me or Mine:
                // Nobody signed in: nothing is theirs.
                return query.Where(p => false);
            default:
                var name = filter.Assignee;
                return query.Where(p => p.AssigneeName == name);
        }
    }
}
