using Dashboard.Web.Components;
using Microsoft.Extensions.Options;
using MudBlazor.Services;
using Serilog;

namespace Dashboard.Web.Hosting;

public static class UiRegistration
{
    public static WebApplicationBuilder AddDashboardUi(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices();
        builder.Services.AddDashboardFeatures();
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
    }

    public static WebApplication UseDashboard(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
            app.UseHsts();
        }

        app.UseSerilogRequestLogging();
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapDashboardHealth();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
