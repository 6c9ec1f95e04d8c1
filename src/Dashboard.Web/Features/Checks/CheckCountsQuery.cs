using Dashboard.Core.Checks;
using Dashboard.Web.Data;
using Dashboard.Web.Data.Imports;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Features.Checks;

/// <summary>How many posts of the review queue fail each check, and any error: the Overview's counts, which link into the queue filtered the same way.</summary>
public sealed class CheckCountsQuery(IDbContextFactory<DashboardDbContext> contexts)
{
    public async Task<CheckCounts> GetAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var anyError = await db.Posts.CountAsync(p => p.InQueue && p.CheckErrors > 0, cancellationToken);
        var byCheck = await db.PostChecks
            .Where(c => db.Posts.Any(p => p.Id == c.PostId && p.InQueue))
            .GroupBy(c => c.CheckId)
            .Select(g => new { g.Key, Posts = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Posts, cancellationToken);
        return new CheckCounts(anyError, [.. Check.All.Select(c => new CheckCount(c.Id, StoredChecks.Name(c.Severity), byCheck.GetValueOrDefault(c.Id)))]);
    }
}

/// <summary>Queue posts failing any error-severity check, and per check of <see cref="Check.All"/> (zero counts included).</summary>
public sealed record CheckCounts(int AnyError, IReadOnlyList<CheckCount> ByCheck);
