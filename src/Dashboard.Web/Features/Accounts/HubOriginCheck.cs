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
                && !IsSameHost(context.Request.Headers.Origin.ToString(), context.Request.Host))
            {
                var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(HubOriginCheck).FullName!);
                LogRefused(logger, context.Request.Headers.Origin.ToString(), context.Request.Host.Value ?? "");
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return;
            }

            await next(context);
        });

    /// <summary>
    /// Compares host and port, not scheme: behind a TLS-terminating proxy the app sees http
    /// while the browser's origin is https. A Host without a port matches the scheme's default.
    /// </summary>
    internal static bool IsSameHost(string origin, HostString host)
    {
        if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || !host.HasValue)
        {
            return false;
        }

        return string.Equals(uri.IdnHost.Trim('[', ']'), host.Host.Trim('[', ']'), StringComparison.OrdinalIgnoreCase)
            && (host.Port is { } port ? uri.Port == port : uri.IsDefaultPort);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Blazor hub request from origin {Origin} refused (host {Host})")]
    private static partial void LogRefused(ILogger logger, string origin, string host);
}
