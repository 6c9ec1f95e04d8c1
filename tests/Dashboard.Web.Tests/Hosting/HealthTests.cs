using System.Net;
using System.Text.Json;
using Dashboard.Web.Hosting;
using Dashboard.Web.Tests.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;

namespace Dashboard.Web.Tests.Hosting;

/// <summary>/health says the app is alive; /health/ready tells the truth about the database.</summary>
public sealed class HealthTests : IAsyncLifetime
{
    private readonly TempFolder _folder = TempFolder.Create();
    private TestStorage _storage = default!;
    private DashboardFactory _app = default!;

    public async ValueTask InitializeAsync()
    {
        _storage = await TestStorage.CreateAsync(_folder.File("dashboard.db"));
        _app = new DashboardFactory(new TestAppOptions(_storage, _folder.Path) { Environment = Environments.Production, SeedPosts = 5 });
    }

    [Fact]
    public async Task Health_is_anonymous_and_reports_the_version()
    {
        using var client = _app.CreateClient();

        var response = await client.GetAsync("/health", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal("Healthy", json.RootElement.GetProperty("status").GetString());
        Assert.Equal(AppVersion.Version, json.RootElement.GetProperty("version").GetString());
        Assert.False(string.IsNullOrEmpty(json.RootElement.GetProperty("commit").GetString()));
    }

    [Fact]
    public async Task Ready_when_the_database_is_migrated()
    {
        using var client = _app.CreateClient();

        var response = await client.GetAsync("/health/ready", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("migrated", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Not_ready_when_the_database_is_missing_and_the_check_does_not_create_it()
    {
        using var client = _app.CreateClient();
        await _storage.RemoveAsync();

        var response = await client.GetAsync("/health/ready", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("Unhealthy", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.False(await _storage.ExistsAsync());
    }

    [Fact]
    public async Task Not_ready_when_the_database_file_is_not_a_database()
    {
        TestStorage.SkipOnPostgres("a PostgreSQL database has no file to overwrite");
        using var client = _app.CreateClient();
        await _storage.RemoveAsync();
        await File.WriteAllTextAsync(_folder.File("dashboard.db"), new string('x', 8192), TestContext.Current.CancellationToken);

        var response = await client.GetAsync("/health/ready", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("database unreachable", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    public async ValueTask DisposeAsync()
    {
        _app.Dispose();
        SqliteConnection.ClearAllPools();
        await _storage.DisposeAsync();
        _folder.Dispose();
    }
}
