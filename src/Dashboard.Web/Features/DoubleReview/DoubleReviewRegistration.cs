namespace Dashboard.Web.Features.DoubleReview;

public static class DoubleReviewRegistration
{
    /// <summary>Double review, its disagreements and the agreement figures, with <see cref="DoubleReviewOptions"/> validated at start.</summary>
    public static IServiceCollection AddDoubleReview(this IServiceCollection services)
    {
        services.AddOptions<DoubleReviewOptions>().BindConfiguration(DoubleReviewOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<DoubleReviewGate>();
        services.AddSingleton<DoubleReviewQuery>();
        return services;
    }
}
