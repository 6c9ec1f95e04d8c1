using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace Dashboard.Web.Features.Accounts;

/// <summary>
/// Cross-site request forgery on the API. A page elsewhere can make a signed-in browser send a
/// form or multipart POST, cookie included, without asking first; SameSite=Lax stops other
/// sites but not another port of this host. So every /api call that may change something
/// (any method but GET, HEAD and OPTIONS) and that the sign-in cookie authenticated must come
/// from this site's own pages (<see cref="SameOrigin.IsFromThisSite"/>), else 403. A bearer
/// token is no ambient credential (a page elsewhere cannot add the header without a CORS
/// preflight this app never grants), so token calls are not checked. The pages themselves call
/// services through their circuit, not the API, so they pass nothing here.
/// </summary>
internal static partial class ApiCrossSiteCheck
{
    public static IApplicationBuilder UseApiCrossSiteCheck(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            if (request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
                && !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method))
                && !SameOrigin.IsFromThisSite(request)
                && (await context.AuthenticateAsync(IdentityConstants.ApplicationScheme)).Succeeded)
            {
                var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ApiCrossSiteCheck).FullName!);
                LogRefused(logger, request.Method, request.Path.Value ?? "", request.Headers.Origin.ToString(), request.Headers["Sec-Fetch-Site"].ToString());
                await Results.Problem(
                        "A change through the API with the sign-in cookie must come from this site's own pages (Origin or Sec-Fetch-Site). "
                        + "Programs use an API token (Authorization: Bearer ...).",
                        statusCode: StatusCodes.Status403Forbidden,
                        title: "Cross-site request refused")
                    .ExecuteAsync(context);
                return;
            }

            await next(context);
        });

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cross-site API request {Method} {Path} refused (Origin {Origin}, Sec-Fetch-Site {FetchSite})")]
    private static partial void LogRefused(ILogger logger, string method, string path, string origin, string fetchSite);
}
