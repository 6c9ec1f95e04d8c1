using Dashboard.Web.Data;
using Dashboard.Web.Features.Imports;
using Dashboard.Web.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Dashboard.Web.Tests.TestSupport;

/// <summary>
/// A migrated SQLite file of its own under the temp folder, with the app's data and feature
/// services registered the way the app registers them; the file is deleted on dispose.
/// </summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    private readonly IHost _host;

    private TestDatabase(IHost host, string filePath)
    {
        _host = host;
        FilePath = filePath;
    }

    public string FilePath { get; }

    public IServiceProvider Services => _host.Services;

    public string ConnectionString => Services.GetRequiredService<DashboardConnection>().ConnectionString;

    public PostImporter Importer => Services.GetRequiredService<PostImporter>();

    public static async Task<TestDatabase> CreateAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var file = Path.Combine(Path.GetTempPath(), $"dashboard-web-tests-{Guid.NewGuid():N}.db");
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
        });
        builder.Logging.ClearProviders();
        builder.Configuration["ConnectionStrings:Dashboard"] = $"Data Source={file}";
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.Configuration[key] = value;
        }

        builder.AddDashboardData();
        builder.Services.AddDashboardFeatures();
        var database = new TestDatabase(builder.Build(), file);
        await database.Services.GetRequiredService<DatabaseSetup>().MigrateAsync(Xunit.TestContext.Current.CancellationToken);
        return database;
    }

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public DashboardDbContext CreateContext() =>
        Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>().CreateDbContext();

    public Task<ImportSummary> ImportAsync(IEnumerable<ImportFile> files, string origin = "tests", string importedBy = "tester") =>
        Importer.ImportAsync(files, origin, importedBy, cancellationToken: Xunit.TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        var connectionString = ConnectionString;
        if (_host is IAsyncDisposable asyncHost)
        {
            await asyncHost.DisposeAsync();
        }
        else
        {
            _host.Dispose();
        }

        using (var connection = new SqliteConnection(connectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
        {
            File.Delete(FilePath + suffix);
        }
    }
}
