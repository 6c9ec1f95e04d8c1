using System.Security.Claims;
using Dashboard.Web.Data;
using Dashboard.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Features.Appearance;

/// <summary>Reads and keeps a signed-in person's theme with their account.</summary>
public sealed class ThemePreferenceStore(IDbContextFactory<DashboardDbContext> contexts)
{
    /// <summary>The account behind a cookie sign-in; null for nobody or an API token (which has no account row).</summary>
    public static string? AccountIdOf(ClaimsPrincipal? user) =>
        user?.Identity?.IsAuthenticated == true ? user.FindFirstValue(ClaimTypes.NameIdentifier) : null;

    /// <summary>The stored choice; <see cref="ThemePreference.System"/> for an unknown account.</summary>
    public async Task<ThemePreference> GetAsync(string accountId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Users.AsNoTracking()
            .Where(u => u.Id == accountId)
            .Select(u => (ThemePreference?)u.Theme)
            .SingleOrDefaultAsync(cancellationToken) ?? ThemePreference.System;
    }

    /// <summary>Stores the choice. False when the account no longer exists.</summary>
    public async Task<bool> SetAsync(string accountId, ThemePreference theme, CancellationToken cancellationToken)
    {
        if (!Enum.IsDefined(theme))
        {
            throw new ArgumentOutOfRangeException(nameof(theme), theme, "Not a theme: choose system, light or dark.");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Only this column: the security and concurrency stamps stay, so no session is signed out by it.
        return await db.Users.Where(u => u.Id == accountId)
            .ExecuteUpdateAsync(set => set.SetProperty(u => u.Theme, theme), cancellationToken) == 1;
    }
}
