using Dashboard.Web.Data;
using Dashboard.Web.Features.Claims;
using Dashboard.Web.Features.DoubleReview;
using Dashboard.Web.Features.Exports;
using Dashboard.Web.Features.Live;
using Dashboard.Web.Features.Lots;
using Dashboard.Web.Features.Notes;
using Dashboard.Web.Features.Posts;
using Dashboard.Web.Features.Queue;
using Dashboard.Web.Features.Review;
using Dashboard.Web.Features.Webhooks;

namespace Dashboard.Web.Hosting;

public static class FeatureRegistration
{
    public static IServiceCollection AddDashboardFeatures(this IServiceCollection services)
    {
        services.AddSingleton<QueueQuery>();
        services.AddSingleton<Features.Aging.AgingQuery>();
        services.AddSingleton<Features.Aging.AgingClock>();
        services.AddSingleton<PostReader>();
        services.AddSingleton<PostHtmlRenderer>();
        services.AddSingleton<SimilarPosts>();
        services.AddSingleton<PostExporter>();
        services.AddSingleton<Features.Overview.OverviewQuery>().AddSingleton<Features.Imports.ImportFileView>();
        services.AddSingleton<PostChangeNotifier>();
        services.AddSingleton<Features.Checks.PostCheckRunner>().AddSingleton<Features.Checks.CheckCountsQuery>().AddSingleton<Features.Checks.PostRecheck>();
        services.AddOptions<ReviewOptions>().BindConfiguration(ReviewOptions.Section).ValidateOnStart();
        services.AddSingleton<ReviewService>();
        services.AddSingleton<BulkReviewService>();
        services.AddSingleton<Features.Assignment.MyWork>();
        services.AddSingleton<Features.Assignment.AssignmentService>().AddSingleton<Features.Accounts.ReviewerDirectory>();
        services.AddSingleton<ImportConflicts>();
        services.AddSingleton<Features.Clusters.ClusterQuery>().AddSingleton<Features.Clusters.ClusterResolver>().AddSingleton<Features.Rejections.RejectionReport>();
        services.AddSingleton<PostHistoryQuery>();
        services.AddSingleton<PostPresence>();
        services.AddDashboardClaims();
        services.AddQueueScreen();
        services.AddNotesAndComments();
        services.AddWebhooks();
        services.AddDoubleReview();
        services.AddLots();
        services.AddScoped<CurrentReviewer>();
        services.AddScoped<PresenceCircuit>().AddScoped<Microsoft.AspNetCore.Components.Server.Circuits.CircuitHandler>(sp => sp.GetRequiredService<PresenceCircuit>());

        // AddDashboardData registered the provider: when several instances may share its
        // database, live updates travel between them, by that provider's own relay.
        if (services.LastOrDefault(d => d.ServiceType == typeof(IDatabaseProvider))?.ImplementationInstance is IDatabaseProvider provider)
        {
            services.AddLiveRelay(provider);
        }

        return services;
    }
}
