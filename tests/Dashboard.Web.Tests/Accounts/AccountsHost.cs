using Dashboard.Web.Features.Accounts;
using Dashboard.Web.Hosting;
using Dashboard.Web.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Dashboard.Web.Tests.Accounts;

/// <summary>
/// The accounts services as the command line registers them (no HTTP), on a migrated database
/// of their own: for rules that need a known set of accounts, such as "the last admin".
/// </summary>
internal sealed class AccountsHost : IAsyncDisposable
{
    private readonly IHost _host;
    private readonly TestStorage _storage;

    private AccountsHost(IHost host, TestStorage storage)
    {
        _host = host;
        _storage = storage;
    }

    public IServiceProvider Services => _host.Services;

    public AccountService Accounts => Services.GetRequiredService<AccountService>();

    public TokenService Tokens => Services.GetRequiredService<TokenService>();

    public static IHost Build(TestStorage storage, IReadOnlyDictionary<string, string?>? settings = null)
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
        builder.AddDashboardAccounts();
        return builder.Build();
    }

    public static async Task<AccountsHost> CreateAsync()
    {
        var storage = await TestStorage.CreateAsync();
        var host = Build(storage);
        await host.Services.GetRequiredService<DatabaseSetup>().MigrateAsync(TestContext.Current.CancellationToken);
        return new AccountsHost(host, storage);
    }

    public async ValueTask DisposeAsync()
    {
        if (_host is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }
        else
        {
            _host.Dispose();
        }

        await _storage.DisposeAsync();
    }
}
