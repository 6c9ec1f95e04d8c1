namespace Dashboard.Web.Features.Claims;

public static class ClaimRegistration
{
    /// <summary>Claims, "next" and the session bar's counts; the host binds <see cref="ClaimOptions"/> (UiRegistration), defaults elsewhere.</summary>
    public static IServiceCollection AddDashboardClaims(this IServiceCollection services)
    {
        services.AddSingleton<ClaimStore>();
        services.AddSingleton<NextPost>();
        services.AddSingleton<ReviewSession>();
        services.AddScoped<StartReviewing>();
        return services;
    }
}
