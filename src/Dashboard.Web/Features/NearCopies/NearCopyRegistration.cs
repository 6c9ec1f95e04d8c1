namespace Dashboard.Web.Features.NearCopies;

public static class NearCopyRegistration
{
    /// <summary>
    /// The clustering, its setting and the pages' queries, with the data services: every import
    /// places its posts, every command-line verb has them, and the features' edits re-place a post.
    /// </summary>
    public static IServiceCollection AddNearCopies(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(NearCopyClustering)))
        {
            return services;
        }

        services.AddOptions<NearCopyOptions>().BindConfiguration(NearCopyOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        return services.AddSingleton<NearCopyClustering>().AddSingleton<NearCopyQueries>();
    }
}
