using Dashboard.Web.Components;
using Dashboard.Web.Features.Accounts;
using Dashboard.Web.Features.Api;
using Dashboard.Web.Features.Appearance;
using Microsoft.Extensions.Options;
using MudBlazor.Services;
using Serilog;

namespace Dashboard.Web.Hosting;

public static class UiRegistration
{
    public static WebApplicationBuilder AddDashboardUi(this WebApplicationBuilder builder)
    {
        // Exception details reach the browser's console only in Development.
        builder.Services.AddRazorComponents().AddInteractiveServerComponents(circuit => circuit.DetailedErrors = builder.Environment.IsDevelopment());
        builder.Services.AddDashboardProxies();
        builder.Services.AddOptions<ImagesOptions>().BindConfiguration(ImagesOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<Features.Claims.ClaimOptions>().BindConfiguration(Features.Claims.ClaimOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.AddDashboardAuth();
        builder.Services.AddMudServices(SnackbarPlacement.Configure);
        builder.Services.AddDashboardFeatures();
        builder.Services.AddAppearance();
        builder.Services.AddOpenApi(openApi => openApi.AddQueueRowScores().AddApiContract());
        builder.Services.AddHealthChecks().AddCheck<DatabaseReadyCheck>("database", tags: ["ready"]);
        return builder;
    }

    /// <summary>Migrates (or, when that is a separate release step, checks it was done), seeds, prepares accounts. False: the app must stop.</summary>
    public static async Task<bool> PrepareDatabaseAsync(this WebApplication app)
    {
        var setup = app.Services.GetRequiredService<DatabaseSetup>();
        if (app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value.MigrateOnStart)
        {
            await setup.MigrateAsync();
        }
        else if (await setup.PendingMigrationsAsync() is { Count: > 0 } pending)
        {
            // Serving an unmigrated database fails on the first query with "no such table".
            StartupChecks.Report(
                [$"Database:MigrateOnStart is false, but the database lacks {pending.Count} migration(s) (the latest: {pending[^1]}); run the migrate verb first, or set Database:MigrateOnStart to true."]);
            return false;
        }

        await setup.SeedIfEmptyAsync();
        await app.Services.GetRequiredService<AccountSetup>().PrepareAsync();
        return true;
    }

    public static WebApplication UseDashboard(this WebApplication app)
    {
        app.UseDashboardProxies();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
            app.UseHsts();
        }

        app.UseSerilogRequestLogging(requests => requests.GetLevel = RequestLogLevels.For);
        app.UseApiErrorAnswers();
        app.UseNotFoundPage();
        app.UseDashboardSecurity();
        app.UseAntiforgery();
        app.MapStaticAssets().AllowAnonymous();
        app.MapDashboardHealth();
        app.MapDashboardAccounts();
        app.MapDashboardApi();
        // The security headers already send frame-ancestors 'none'; Blazor's own 'self' would be a second policy.
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode(server => server.ContentSecurityFrameAncestorsPolicy = null);
        return app;
    }
}
