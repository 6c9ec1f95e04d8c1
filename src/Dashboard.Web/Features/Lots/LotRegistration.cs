namespace Dashboard.Web.Features.Lots;

public static class LotRegistration
{
    /// <summary>Lots, their plans and decisions, and the <see cref="LotOptions"/> the index feed reads.</summary>
    public static IServiceCollection AddLots(this IServiceCollection services)
    {
        services.AddOptions<LotOptions>().BindConfiguration(LotOptions.Section).ValidateOnStart();
        services.AddSingleton<LotQuery>();
        services.AddSingleton<LotService>();
        return services;
    }
}
