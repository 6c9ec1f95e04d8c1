namespace Dashboard.Web.Features.Appearance;

public static class AppearanceRegistration
{
    /// <summary>The theme (light, dark, the system's) and where each person's choice is kept.</summary>
    public static IServiceCollection AddAppearance(this IServiceCollection services) =>
        services.AddSingleton<ThemePreferenceStore>();
}
