using Dashboard.Web.Data;
using Dashboard.Web.Features.Imports;
using Dashboard.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Dashboard.Web.Tests.TestSupport;

/// <summary>
/// The one test host for tests that need the app's services without HTTP: a migrated database
/// of its own (<see cref="TestStorage"/>: a SQLite file, or a PostgreSQL database), with the
/// data, feature and account services registered the way the app registers them; the database
/// is deleted on dispose. Tests over HTTP use <see cref="DashboardFactory"/>.
/// </summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    private readonly IHost _host;

    private TestDatabase(IHost host, TestStorage storage)
    {
        _host = host;
        Storage = storage;
    }

    public TestStorage Storage { get; }

    public IServiceProvider Services => _host.Services;

    public string ConnectionString => Services.GetRequiredService<DashboardConnection>().ConnectionString;

    public PostImporter Importer => Services.GetRequiredService<PostImporter>();

    public static async Task<TestDatabase> CreateAsync(IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var storage = await TestStorage.CreateAsync();
        var database = new TestDatabase(Build(storage, settings, services), storage);
        await database.Services.GetRequiredService<DatabaseSetup>().MigrateAsync(Xunit.TestContext.Current.CancellationToken);
        return database;
    }

    /// <summary>
    /// The same services on <paramref name="storage"/> with <paramref name="settings"/> over the
    /// app's, neither started nor migrated: for tests of what happens at start.
    /// </summary>
    public static IHost Build(TestStorage storage, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
        });
        builder.Logging.ClearProviders();
        foreach (var (key, value) in storage.Settings)
        {
            builder.Configuration[key] = value;
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.Configuration[key] = value;
        }

        builder.AddDashboardData();
        builder.Services.AddDashboardFeatures();
        builder.AddDashboardAccounts();
        services?.Invoke(builder.Services);
        return builder.Build();
    }

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public DashboardDbContext CreateContext() =>
        Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>().CreateDbContext();

    public Task<ImportSummary> ImportAsync(IEnumerable<ImportFile> files, string origin = "tests", string importedBy = "tester") =>
        Importer.ImportAsync(files, origin, importedBy, cancellationToken: Xunit.TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (_host is IAsyncDisposable asyncHost)
        {
            await asyncHost.DisposeAsync();
        }
        else
        {
            _host.Dispose();
        }

        await Storage.DisposeAsync();
    }
}
