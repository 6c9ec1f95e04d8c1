using Dashboard.Core.Review;
using Dashboard.Web.Data;
using Dashboard.Web.Data.Entities;
using Dashboard.Web.Features.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Hosting;

public static class AuthRegistration
{
    /// <summary>
    /// Accounts (ASP.NET Core Identity on the product database), roles and API tokens, without
    /// anything HTTP: enough for the command-line verbs. The web app adds <see cref="AddDashboardAuth"/>.
    /// </summary>
    public static IHostApplicationBuilder AddDashboardAccounts(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddIdentityCore<DashboardUser>()
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<DashboardDbContext>()
            .AddDefaultTokenProviders();
        services.AddOptions<IdentityOptions>().Configure<IOptions<AuthOptions>>((identity, auth) =>
        {
            // Length is what makes a password strong; composition rules mostly make it "Password1!".
            identity.Password.RequiredLength = AuthOptions.MinimumPasswordLength;
            identity.Password.RequireDigit = false;
            identity.Password.RequireLowercase = false;
            identity.Password.RequireUppercase = false;
            identity.Password.RequireNonAlphanumeric = false;
            identity.Password.RequiredUniqueChars = 1;
            identity.Lockout.AllowedForNewUsers = true;
            identity.Lockout.MaxFailedAccessAttempts = auth.Value.MaxFailedAttempts;
            identity.Lockout.DefaultLockoutTimeSpan = auth.Value.Lockout;
            identity.User.RequireUniqueEmail = true;
            identity.SignIn.RequireConfirmedAccount = false;
        });
        services.AddDataProtection();
        services.AddSingleton<AccountService>();
        services.AddSingleton<TokenService>();
        services.AddSingleton<SessionRecords>();
        services.AddSingleton<AccountSetup>();
        return builder;
    }

    /// <summary>
    /// Sign-in cookie (the default scheme), API tokens, the authorisation policies (every page
    /// needs a signed-in user unless it allows anonymous access) and the circuit's auth state.
    /// </summary>
    public static WebApplicationBuilder AddDashboardAuth(this WebApplicationBuilder builder)
    {
        builder.AddDashboardAccounts();
        var services = builder.Services;

        // Sign-in cookies and antiforgery tokens survive a restart, and every instance on one
        // PostgreSQL reads the others' cookies: the key ring lives in the database, encrypted
        // when KeyRing:CertificateFile names a certificate.
        services.AddDataProtection().SetApplicationName("alphanode-review-dashboard").PersistKeysToDbContext<DashboardDbContext>()
            .ProtectKeysWithConfiguredCertificate(builder);

        // Signing in needs HTTP (authentication schemes, a response): web only, not the command line.
        new IdentityBuilder(typeof(DashboardUser), typeof(IdentityRole), services).AddSignInManager();
        services.AddAuthentication(IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenHandler>(AuthSchemes.ApiToken, null)
            .AddIdentityCookies();
        services.AddScoped<DashboardCookieEvents>();
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme).Configure<IOptions<AuthOptions>>((cookie, auth) =>
        {
            cookie.LoginPath = "/account/login";
            cookie.AccessDeniedPath = "/account/denied";
            cookie.Cookie.Name = ".Alphanode.Session";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.ExpireTimeSpan = auth.Value.Session;
            cookie.SlidingExpiration = true;
            cookie.EventsType = typeof(DashboardCookieEvents);
        });
        services.Configure<SecurityStampValidatorOptions>(stamp =>
        {
            stamp.ValidationInterval = TimeSpan.FromMinutes(1);
            stamp.OnRefreshingPrincipal = SessionLifetime.KeepSessionOnRefresh;
        });

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(AuthSchemes.ApiPolicy, policy => policy
                .AddAuthenticationSchemes(IdentityConstants.ApplicationScheme, AuthSchemes.ApiToken)
                .RequireAuthenticatedUser()
                .RequireRole(Roles.All));

        services.AddSingleton<SignInThrottle>();
        services.AddScoped<PasswordSignIn>();
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, AccountStateRevalidator>();
        return builder;
    }

    /// <summary>
    /// Security headers, the Blazor hub's origin check, authentication and authorisation, then
    /// the API's cross-site check (it needs to know whether the cookie authenticated the call).
    /// Call before UseAntiforgery, so antiforgery tokens are bound to the signed-in user.
    /// </summary>
    public static WebApplication UseDashboardSecurity(this WebApplication app)
    {
        app.UseSecurityHeaders();
        app.UseBlazorHubOriginCheck();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseApiCrossSiteCheck();
        return app;
    }
}
