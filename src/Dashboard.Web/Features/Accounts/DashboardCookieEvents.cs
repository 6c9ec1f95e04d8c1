using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Features.Accounts;

/// <summary>
/// The sign-in cookie's events: the absolute session limit, the session's server-side record
/// (signed out is signed out, on every request), the security-stamp check (role changes and
/// removals reach open sessions), and plain 401/403 for /api instead of redirects.
/// </summary>
internal sealed class DashboardCookieEvents(TimeProvider time, IOptions<AuthOptions> options, SessionRecords sessions) : CookieAuthenticationEvents
{
    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var started = SessionLifetime.StartOf(context.Principal) ?? context.Properties.IssuedUtc;
        var over = SessionLifetime.IsOver(started, time.GetUtcNow(), options.Value.AbsoluteSession);
        if (over || !await sessions.IsOpenAsync(context.Principal, context.HttpContext.RequestAborted))
        {
            if (over)
            {
                await sessions.EndAsync(context.Principal, context.HttpContext.RequestAborted);
            }

            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }

    public override Task RedirectToLogin(RedirectContext<CookieAuthenticationOptions> context) =>
        IsApi(context) ? Status(context, StatusCodes.Status401Unauthorized) : base.RedirectToLogin(context);

    public override Task RedirectToAccessDenied(RedirectContext<CookieAuthenticationOptions> context) =>
        IsApi(context) ? Status(context, StatusCodes.Status403Forbidden) : base.RedirectToAccessDenied(context);

    private static bool IsApi(RedirectContext<CookieAuthenticationOptions> context) =>
        context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    private static Task Status(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }
}
