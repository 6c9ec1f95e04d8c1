using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Data.Postgres;

/// <summary>The dashboard's model on PostgreSQL, for several app instances; its migrations are in this folder.</summary>
public sealed class PostgresDashboardContext(DbContextOptions<PostgresDashboardContext> options) : DashboardDbContext(options)
{
    public override IProviderQueries Queries => PostgresQueries.Instance;

    protected override bool QueueIndexesNameTheId => true;
}
