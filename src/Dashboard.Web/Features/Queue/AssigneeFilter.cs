using Dashboard.Web.Data.Entities;

namespace Dashboard.Web.Features.Queue;

/// <summary>The queue's assignee filter: <c>assignee=me</c>, <c>assignee=none</c> or an account's user name.</summary>
public static class AssigneeFilter
{
    /// <summary>The signed-in reviewer (<see cref="QueueFilter.Me"/>).</summary>
    public const string Me = "me";

    /// <summary>Posts nobody is assigned.</summary>
    public const string None = "none";

    public static IQueryable<PostRecord> Apply(IQueryable<PostRecord> query, QueueFilter filter)
    {
        switch (filter.Assignee)
        {
            case null or "":
                return query;
            case None:
                return query.Where(p => p.AssigneeName == null);
            case Me when filter.Me is { } me:
                return query.Where(p => p.AssigneeName == me);
            case Me:
                // Nobody signed in: nothing is theirs.
                return query.Where(p => false);
            default:
                var name = filter.Assignee;
                return query.Where(p => p.AssigneeName == name);
        }
    }
}
