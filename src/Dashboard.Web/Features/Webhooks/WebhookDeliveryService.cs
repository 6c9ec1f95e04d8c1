using Microsoft.Extensions.Options;

namespace Dashboard.Web.Features.Webhooks;

/// <summary>Runs the dispatcher every <see cref="WebhookOptions.PollSeconds"/> while the app runs (unless <c>Webhooks:Deliver</c> is off).</summary>
internal sealed partial class WebhookDeliveryService(
    WebhookDispatcher dispatcher, IOptionsMonitor<WebhookOptions> options, TimeProvider time, ILogger<WebhookDeliveryService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.CurrentValue.Deliver)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await dispatcher.RunOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // A database or network hiccup: the outbox keeps everything, the next round goes on.
                LogRoundFailed(logger, ex);
            }

            try
            {
                await Task.Delay(TimeSpan.FromSeconds(options.CurrentValue.PollSeconds), time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A webhook delivery round failed; the next one tries again")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception);
}
