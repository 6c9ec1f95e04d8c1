using Dashboard.Web.Data.Postgres;
using Dashboard.Web.Data.Sqlite;
using Dashboard.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Tests.Storage;

/// <summary>Start-up decides "nothing to migrate" without EF; it must find what EF finds.</summary>
public class KnownMigrationsTests
{
    [Fact]
    public void Sqlite_start_up_knows_the_migrations_ef_knows()
    {
        using var db = new SqliteDashboardContext(new DbContextOptionsBuilder<SqliteDashboardContext>().UseSqlite("Data Source=:memory:").Options);

        Assert.Equal(db.Database.GetMigrations(), DatabaseSetup.KnownMigrations(typeof(SqliteDashboardContext)));
    }

    [Fact]
    public void Postgres_start_up_knows_the_migrations_ef_knows()
    {
        using var db = new PostgresDashboardContext(new DbContextOptionsBuilder<PostgresDashboardContext>().UseNpgsql("Host=localhost;Database=unused").Options);

        Assert.Equal(db.Database.GetMigrations(), DatabaseSetup.KnownMigrations(typeof(PostgresDashboardContext)));
    }
}
