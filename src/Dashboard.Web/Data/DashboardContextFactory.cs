using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Data;

/// <summary>Hands out the configured provider's context as the <see cref="DashboardDbContext"/> the app asks for.</summary>
internal sealed class DashboardContextFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<DashboardDbContext>
    where TContext : DashboardDbContext
{
    public DashboardDbContext CreateDbContext() => inner.CreateDbContext();

    public async Task<DashboardDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
        await inner.CreateDbContextAsync(cancellationToken);
}
