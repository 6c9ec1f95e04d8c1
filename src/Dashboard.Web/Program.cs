using Dashboard.Web.Cli;
using Dashboard.Web.Hosting;

// With a verb (import, export, generate, migrate, users, tokens) the program runs that command and exits.
if (DashboardCli.IsVerb(args))
{
    return await DashboardCli.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddDashboardLogging();
builder.AddDashboardData();
builder.AddDashboardUi();

var app = builder.Build();
if (!StartupChecks.SettingsAreValid(app))
{
    return 1;
}

if (!await app.PrepareDatabaseAsync())
{
    return 1;
}

app.UseDashboard();
await app.RunAsync();
return 0;

/// <summary>The entry point, named so that tests can host the app.</summary>
public partial class Program;
