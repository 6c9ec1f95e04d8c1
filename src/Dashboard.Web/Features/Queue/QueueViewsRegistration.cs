namespace Dashboard.Web.Features.Queue;

public static class QueueViewsRegistration
{
    /// <summary>The queue's per-reviewer layouts and saved views.</summary>
    public static IServiceCollection AddQueueViews(this IServiceCollection services) =>
        services.AddSingleton<QueueLayoutStore>().AddSingleton<SavedViews>();
}
