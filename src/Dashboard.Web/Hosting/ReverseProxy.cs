using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Hosting;

/// <summary>
/// Running behind a reverse proxy that ends TLS: the scheme and client address the proxy forwards
/// are believed only from <c>Proxy:KnownProxies</c>, so the session cookie is Secure and HSTS is
/// sent exactly when the browser's own connection was HTTPS; and no redirect names the Host header.
/// </summary>
public static class ReverseProxy
{
    public static IServiceCollection AddDashboardProxies(this IServiceCollection services)
    {
        services.AddOptions<ProxyOptions>().BindConfiguration(ProxyOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ProxyOptions>>((forwarded, proxies) =>
        {
            // Not X-Forwarded-Host: the proxy passes the browser's Host, which AllowedHosts checks.
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;

            // The defaults trust loopback; only what the setting names is a proxy. With no limit the
            // middleware walks back through the chain until the first address that is not a known proxy.
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var network in proxies.Value.Networks())
            {
                forwarded.KnownIPNetworks.Add(network);
            }

            forwarded.ForwardLimit = null;
        });
        return services;
    }

    /// <summary>First in the pipeline: everything after it (HSTS, cookies, redirects) sees the browser's scheme.</summary>
    public static WebApplication UseDashboardProxies(this WebApplication app)
    {
        // Without a known proxy the middleware would believe every client, so it is not added at all.
        if (app.Services.GetRequiredService<IOptions<ProxyOptions>>().Value.Networks().Count > 0)
        {
            app.UseForwardedHeaders();
        }

        app.UseRelativeRedirects();
        return app;
    }

    /// <summary>
    /// The cookie handler (sign-in, access denied) and Blazor's server-side navigation write
    /// absolute redirects from the request's Host header, which a client may forge: a redirect to
    /// this same scheme and host becomes a path, which the browser resolves against the address it used.
    /// </summary>
    public static IApplicationBuilder UseRelativeRedirects(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                if (Relative(context.Request, context.Response.Headers.Location.ToString()) is { } relative)
                {
                    context.Response.Headers.Location = relative;
                }

                return Task.CompletedTask;
            });
            return next(context);
        });

    /// <summary>The path, query and fragment of <paramref name="location"/> when it names the request's own scheme, host and port; else null.</summary>
    internal static string? Relative(HttpRequest request, string location)
    {
        if (!Uri.TryCreate(location, UriKind.Absolute, out var uri)
            || !string.Equals(uri.Scheme, request.Scheme, StringComparison.OrdinalIgnoreCase)
            || !string.Equals(uri.Host, request.Host.Host, StringComparison.OrdinalIgnoreCase)
            || uri.Port != (request.Host.Port ?? (request.IsHttps ? 443 : 80)))
        {
            return null;
        }

        // One leading slash: "//other.example" would be another site to the browser.
        var path = uri.GetComponents(UriComponents.PathAndQuery | UriComponents.Fragment, UriFormat.UriEscaped);
        return "/" + path.TrimStart('/', '\\');
    }
}
