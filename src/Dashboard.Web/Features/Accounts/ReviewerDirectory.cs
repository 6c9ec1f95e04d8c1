using Dashboard.Core.Review;
using Dashboard.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Features.Accounts;

/// <summary>The accounts work can be assigned to: editors and leads, by user name (what history and assignments name them by).</summary>
public sealed class ReviewerDirectory(IDbContextFactory<DashboardDbContext> contexts)
{
    private static readonly string[] AssignableRoles = [Roles.Editor, Roles.Lead];

    public async Task<IReadOnlyList<string>> AssignableAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await (
            from user in db.Users
            join userRole in db.UserRoles on user.Id equals userRole.UserId
            join role in db.Roles on userRole.RoleId equals role.Id
            where AssignableRoles.Contains(role.Name!) && user.UserName != null
            select user.UserName!).Distinct().OrderBy(n => n).ToListAsync(cancellationToken);
    }
}
