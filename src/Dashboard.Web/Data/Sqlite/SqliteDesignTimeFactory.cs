using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Dashboard.Web.Data.Sqlite;

/// <summary>
/// For <c>dotnet ef</c> only: this provider's migrations are made with
/// <c>--context SqliteDashboardContext</c>; no live database is needed.
/// </summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteDashboardContext>
{
    public SqliteDashboardContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteDashboardContext>().UseSqlite("Data Source=design-time.db").Options);
}
