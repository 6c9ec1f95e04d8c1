using Dashboard.Web.Hosting;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Features.Accounts;

/// <summary>
/// Response headers that keep the pages from being framed, sniffed or fed foreign scripts.
/// The policy allows no inline script: Blazor and MudBlazor load theirs from files, and the
/// inline styles MudBlazor sets on elements are why style-src allows 'unsafe-inline'.
/// </summary>
internal static class SecurityHeaders
{
    public const string PermissionsPolicy = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()";

    /// <summary>
    /// Images only from this site, data: URIs (MudBlazor's) and the hosts in <c>Images:AllowedHosts</c>
    /// over HTTPS: a post's image elsewhere (also through CSS) is not loaded, so it cannot tell its owner who reads the post.
    /// </summary>
    public static string ContentSecurityPolicy(ImagesOptions images) =>
        $"default-src 'self'; img-src {string.Join(' ', ["'self'", "data:", .. images.Hosts().Select(h => "https://" + h)])}; " +
        "style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self' ws: wss:; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app)
    {
        var policy = ContentSecurityPolicy(app.ApplicationServices.GetRequiredService<IOptions<ImagesOptions>>().Value);
        return app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = policy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Permissions-Policy"] = PermissionsPolicy;
            return next(context);
        });
    }
}
