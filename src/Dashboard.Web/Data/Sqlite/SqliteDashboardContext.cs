using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Data.Sqlite;

/// <summary>The dashboard's model on SQLite, the embedded default; its migrations are in this folder.</summary>
public sealed class SqliteDashboardContext(DbContextOptions<SqliteDashboardContext> options) : DashboardDbContext(options)
{
    public override IProviderQueries Queries => SqliteQueries.Instance;
}
