namespace Dashboard.Web.Features.Accounts;

/// <summary>
/// The Blazor hub (/_blazor) carries the sign-in cookie, so a page on another site must not be
/// able to open a circuit as the user (cross-site WebSocket hijacking). A browser always sends
/// Origin on these requests; one that does not name this host gets 403.
/// </summary>
internal static partial class HubOriginCheck
{
    public static IApplicationBuilder UseBlazorHubOriginCheck(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.Request.Path.StartsWithSegments("/_blazor")
                && context.Request.Headers.Origin.Count > 0
                && !SameOrigin.IsSameHost(context.Request.Headers.Origin.ToString(), context.Request.Host))
            {
                var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(HubOriginCheck).FullName!);
                LogRefused(logger, context.Request.Headers.Origin.ToString(), context.Request.Host.Value ?? "");
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return;
            }

            await next(context);
        });

    [LoggerMessage(Level = LogLevel.Warning, Message = "Blazor hub request from origin {Origin} refused (host {Host})")]
    private static partial void LogRefused(ILogger logger, string origin, string host);
}
