using Dashboard.Web.Components;
using Dashboard.Web.Features.Accounts;
using Dashboard.Web.Features.Api;
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
        builder.AddDashboardAuth();
        builder.Services.AddMudServices();
        builder.Services.AddDashboardFeatures();
        builder.Services.AddOpenApi(openApi => openApi.AddQueueRowScores());
        builder.Services.AddHealthChecks().AddCheck<DatabaseReadyCheck>("database", tags: ["ready"]);
        return builder;
    }

    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var setup = app.Services.GetRequiredService<DatabaseSetup>();
        if (app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value.MigrateOnStart)
        {
            await setup.MigrateAsync();
        }

        await setup.SeedIfEmptyAsync();
        await app.Services.GetRequiredService<AccountSetup>().PrepareAsync();
    }

    public static WebApplication UseDashboard(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
            app.UseHsts();
        }

        app.UseSerilogRequestLogging();
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
