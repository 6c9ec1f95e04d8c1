using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Dashboard.Web.Data.Postgres;

/// <summary>
/// For <c>dotnet ef</c> only: this provider's migrations are made with
/// <c>--context PostgresDashboardContext</c>; no live database is needed.
/// </summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresDashboardContext>
{
    public PostgresDashboardContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresDashboardContext>().UseNpgsql("Host=localhost;Database=design-time").Options);
}
