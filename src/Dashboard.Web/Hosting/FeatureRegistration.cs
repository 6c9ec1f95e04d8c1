using Dashboard.Web.Data;
using Dashboard.Web.Features.Exports;
using Dashboard.Web.Features.Live;
using Dashboard.Web.Features.Posts;
using Dashboard.Web.Features.Queue;
using Dashboard.Web.Features.Review;

namespace Dashboard.Web.Hosting;

public static class FeatureRegistration
{
    public static IServiceCollection AddDashboardFeatures(this IServiceCollection services)
    {
        services.AddSingleton<QueueQuery>();
        services.AddSingleton<PostReader>();
        services.AddSingleton<PostHtmlRenderer>();
        services.AddSingleton<SimilarPosts>();
        services.AddSingleton<PostExporter>();
        services.AddSingleton<Features.Overview.OverviewQuery>().AddSingleton<Features.Imports.ImportFileView>();
        services.AddSingleton<PostChangeNotifier>();
        services.AddSingleton<ReviewService>();
        services.AddSingleton<BulkReviewService>();
        services.AddSingleton<ImportConflicts>();
        services.AddSingleton<PostHistoryQuery>();
        services.AddSingleton<PostPresence>();
        services.AddScoped<CurrentReviewer>();
        services.AddScoped<PresenceCircuit>().AddScoped<Microsoft.AspNetCore.Components.Server.Circuits.CircuitHandler>(sp => sp.GetRequiredService<PresenceCircuit>());

        // AddDashboardData registered the provider: when several instances may share its
        // database, live updates travel between them.
        if (services.LastOrDefault(d => d.ServiceType == typeof(IDatabaseProvider))?.ImplementationInstance is IDatabaseProvider { SpansInstances: true })
        {
            services.AddPostgresLiveRelay();
        }

        return services;
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
