namespace Dashboard.Web.Features.Queue;

public static class QueueScreenRegistration
{
    /// <summary>The queue screen's services: per-reviewer layouts, saved views, and each tab's background bulk actions.</summary>
    public static IServiceCollection AddQueueScreen(this IServiceCollection services) =>
        services.AddSingleton<QueueLayoutStore>().AddSingleton<SavedViews>().AddScoped<Review.BulkJobs>();
}
