using Dashboard.Web.Data;
using Dashboard.Web.Data.Imports;
using Dashboard.Web.Data.Postgres;
using Dashboard.Web.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Dashboard.Web.Tests.Storage;

/// <summary>Both import stores write the columns of <see cref="PostColumns"/>; it must name every column the model maps.</summary>
public class PostColumnsTests
{
    public static TheoryData<string> Providers => ["Sqlite", "Postgres"];

    [Theory]
    [MemberData(nameof(Providers))]
    public void Every_mapped_column_of_posts_is_written_by_the_importer_or_named_as_left_alone(string provider)
    {
        using DashboardDbContext db = provider == "Sqlite"
            ? new SqliteDashboardContext(new DbContextOptionsBuilder<SqliteDashboardContext>().UseSqlite("Data Source=:memory:").Options)
            : new PostgresDashboardContext(new DbContextOptionsBuilder<PostgresDashboardContext>().UseNpgsql("Host=localhost;Database=unused").Options);
        var posts = db.GetService<IDesignTimeModel>().Model.GetRelationalModel().Tables.Single(t => t.Name == "Posts");

        var mapped = posts.Columns.Select(c => c.Name).Order(StringComparer.Ordinal);
        var written = PostColumns.All.Select(c => c.Name).Concat(PostColumns.NotImported).Order(StringComparer.Ordinal);

        Assert.Equal(mapped, written);
        Assert.Equal(PostColumns.All.Count, PostColumns.All.Select(c => c.Name).Distinct().Count());
    }
}
