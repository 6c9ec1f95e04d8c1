using Microsoft.AspNetCore.Diagnostics;

namespace Dashboard.Web.Hosting;

public static class NotFoundPages
{
    /// <summary>The app's own not-found page (Components/Pages/NotFoundPage).</summary>
    public const string Path = "/not-found";

    /// <summary>
    /// A page address that no endpoint serves (a 404 without a body) is answered by the app's own
    /// not-found page, status 404 kept, instead of the browser's bare error. The API, health and
    /// framework files keep their bare answers (a client reading JSON gets no HTML in its place),
    /// and every other status code passes as it is.
    /// </summary>
    public static WebApplication UseNotFoundPage(this WebApplication app)
    {
        app.UseStatusCodePagesWithReExecute(Path, createScopeForStatusCodePages: true);
        app.Use(async (context, next) =>
        {
            await next(context);
            if (!(context.Response.StatusCode == StatusCodes.Status404NotFound && HttpMethods.IsGet(context.Request.Method) && IsPageAddress(context.Request.Path))
                && context.Features.Get<IStatusCodePagesFeature>() is { } statusPages)
            {
                statusPages.Enabled = false;
            }
        });
        return app;
    }

    internal static bool IsPageAddress(PathString path) =>
        !path.StartsWithSegments("/api") && !path.StartsWithSegments("/health") && !path.StartsWithSegments("/openapi")
        && !path.StartsWithSegments("/_framework") && !path.StartsWithSegments("/_content") && !path.StartsWithSegments("/_blazor");
}
