namespace Dashboard.Web.Features.Claims;

public static class ClaimRegistration
{
    /// <summary>Claims, "next" and the session bar's counts, with <c>Review:ClaimMinutes</c> checked at start.</summary>
    public static IServiceCollection AddDashboardClaims(this IServiceCollection services)
    {
        services.AddOptions<ClaimOptions>().BindConfiguration(ClaimOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ClaimStore>();
        services.AddSingleton<NextPost>();
        services.AddSingleton<ReviewSession>();
        services.AddScoped<StartReviewing>();
        return services;
    }
}
