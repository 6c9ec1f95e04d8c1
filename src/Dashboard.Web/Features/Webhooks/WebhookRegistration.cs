namespace Dashboard.Web.Features.Webhooks;

public static class WebhookRegistration
{
    /// <summary>The outbox's dispatcher (a background service), its HTTP client, the admin service and <see cref="WebhookOptions"/>.</summary>
    public static IServiceCollection AddWebhooks(this IServiceCollection services)
    {
        services.AddOptions<WebhookOptions>().BindConfiguration(WebhookOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddHttpClient(WebhookSender.ClientName, (sp, client) =>
                client.Timeout = TimeSpan.FromSeconds(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<WebhookOptions>>().Value.TimeoutSeconds))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false });
        services.AddSingleton<WebhookSender>();
        services.AddSingleton<WebhookDispatcher>();
        services.AddSingleton<WebhookAdmin>();
        services.AddHostedService<WebhookDeliveryService>();
        return services;
    }
}
