using Dashboard.Web.Data.Postgres;
using Dashboard.Web.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Dashboard.Web.Data;

/// <summary>
/// For <c>dotnet ef</c> only. Each provider's migrations are made with its own context
/// (<c>--context SqliteDashboardContext</c> or <c>--context PostgresDashboardContext</c>); neither
/// needs a live database.
/// </summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteDashboardContext>
{
    public SqliteDashboardContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteDashboardContext>().UseSqlite("Data Source=design-time.db").Options);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresDashboardContext>
{
    public PostgresDashboardContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresDashboardContext>().UseNpgsql("Host=localhost;Database=design-time").Options);
}
