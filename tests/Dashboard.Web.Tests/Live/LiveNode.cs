using Dashboard.Web.Data;
using Dashboard.Web.Features.Live;
using Dashboard.Web.Features.Review;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Dashboard.Web.Tests.Live;

/// <summary>
/// One app instance's live services as the app registers them (notifier, presence, the
/// PostgreSQL relay), on a shared database, with short timings so expiry shows within a test.
/// </summary>
internal sealed class LiveNode : IAsyncDisposable
{
    public static readonly LiveTimings Quick = new(TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(1), TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(500));

    private readonly ServiceProvider _services;
    private readonly List<PostChanged> _heard = [];
    private bool _stopped;

    private LiveNode(ServiceProvider services)
    {
        _services = services;
        Notifier.Subscribe(change =>
        {
            lock (_heard)
            {
                _heard.Add(change);
            }

            return Task.CompletedTask;
        });
    }

    public PostChangeNotifier Notifier => _services.GetRequiredService<PostChangeNotifier>();

    public PostPresence Presence => _services.GetRequiredService<PostPresence>();

    /// <summary>Every change this instance's pages heard of, in order.</summary>
    public IReadOnlyList<PostChanged> Heard
    {
        get
        {
            lock (_heard)
            {
                return [.. _heard];
            }
        }
    }

    public static async Task<LiveNode> StartAsync(string connectionString)
    {
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(TimeProvider.System)
            .AddSingleton(new DashboardConnection(connectionString))
            .AddSingleton<PostChangeNotifier>()
            .AddSingleton<PostPresence>()
            .AddPostgresLiveRelay()
            .AddSingleton(Quick)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        var node = new LiveNode(services);
        foreach (var hosted in services.GetServices<IHostedService>())
        {
            await hosted.StartAsync(Xunit.TestContext.Current.CancellationToken);
        }

        await services.GetRequiredService<PostgresLiveListener>().Listening.WaitAsync(TimeSpan.FromSeconds(15), Xunit.TestContext.Current.CancellationToken);
        return node;
    }

    /// <summary>A clean stop: the hosted services stop, and the others are told bye.</summary>
    public async Task StopAsync()
    {
        _stopped = true;
        foreach (var hosted in _services.GetServices<IHostedService>().Reverse())
        {
            await hosted.StopAsync(CancellationToken.None);
        }
    }

    /// <summary>As if the process died: everything is torn down without a word to the others.</summary>
    public async Task DieAsync()
    {
        _stopped = true;
        await _services.DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_stopped)
        {
            await StopAsync();
        }

        await _services.DisposeAsync();
    }
}
