using Dashboard.Web.Data;
using Dashboard.Web.Data.Postgres;

namespace Dashboard.Web.Features.Live;

/// <summary>
/// The relay that carries post changes and presence between instances, one per provider whose
/// database several instances may share (<see cref="IDatabaseProvider.SpansInstances"/>). A
/// provider that spans instances and has no row here stops the app at start: it never gets
/// another provider's relay.
/// </summary>
public static class LiveRelays
{
    private static readonly Dictionary<string, Func<IServiceCollection, IServiceCollection>> ByProvider = new(StringComparer.Ordinal)
    {
        [PostgresProvider.ProviderName] = AddPostgresLiveRelay,
    };

    /// <summary>Registers <paramref name="provider"/>'s relay when its database spans instances; nothing otherwise.</summary>
    public static IServiceCollection AddLiveRelay(this IServiceCollection services, IDatabaseProvider provider)
    {
        if (!provider.SpansInstances)
        {
            return services;
        }

        return ByProvider.TryGetValue(provider.Name, out var add)
            ? add(services)
            : throw new InvalidOperationException(
                $"Database:Provider {provider.Name} lets several instances share one database, but it has no live relay: add one to {nameof(LiveRelays)}.");
    }

    /// <summary>
    /// Post changes and presence between instances over PostgreSQL LISTEN/NOTIFY: a publisher
    /// that sends this instance's, a listener that receives the others'.
    /// </summary>
    public static IServiceCollection AddPostgresLiveRelay(this IServiceCollection services)
    {
        services.AddSingleton(LiveInstance.New());
        services.AddSingleton(LiveTimings.Default);
        services.AddSingleton<LiveInbox>();
        services.AddSingleton<PostgresLivePublisher>();
        services.AddSingleton<IPostChangeRelay>(sp => sp.GetRequiredService<PostgresLivePublisher>());
        services.AddHostedService(sp => sp.GetRequiredService<PostgresLivePublisher>());
        services.AddSingleton<PostgresLiveListener>();
        services.AddHostedService(sp => sp.GetRequiredService<PostgresLiveListener>());
        return services;
    }
}
