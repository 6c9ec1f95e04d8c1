using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;

namespace Dashboard.Web.Tests.TestSupport;

/// <summary>
/// The real app for a test, set up from <see cref="TestAppOptions"/>: the repository root as
/// content root, the test's own database and log folder, quiet logs. The one place the suites
/// (API, accounts, hosting, browser) start the app in process; the browser tests compile it too (linked).
/// </summary>
public sealed class DashboardFactory : WebApplicationFactory<Program>
{
    private readonly TestAppOptions _options;

    public DashboardFactory(TestAppOptions options)
    {
        _options = options;
        if (options.Kestrel)
        {
            UseKestrel(0);
        }
    }

    /// <summary>A client with its own cookies that follows no redirect, so a test sees each answer.</summary>
    public HttpClient NewClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Host settings reach Program as command-line arguments, so they are in place before
        // AddDashboardData reads the connection string.
        builder.UseContentRoot(Repository.Root);
        builder.UseEnvironment(_options.Environment);
        foreach (var (key, value) in _options.Storage.Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.UseSetting("Seed:OnFirstRun", _options.SeedPosts is null ? "false" : "true");
        if (_options.SeedPosts is { } posts)
        {
            builder.UseSetting("Seed:GeneratedPosts", posts.ToString(CultureInfo.InvariantCulture));
        }

        builder.UseSetting("Logs:Folder", _options.LogsFolder);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        foreach (var (key, value) in _options.Settings)
        {
            builder.UseSetting(key, value);
        }

        if (_options.Services is { } services)
        {
            builder.ConfigureTestServices(services);
        }
    }
}
