using System.CommandLine;
using Dashboard.Web.Hosting;

namespace Dashboard.Web.Cli;

/// <summary>The command-line verbs of the one program: import, export, generate, migrate.</summary>
public static class DashboardCli
{
    private static readonly HashSet<string> Verbs = ["import", "export", "generate", "migrate", "--help", "-h", "-?", "--version"];

    public static bool IsVerb(string[] args) => args.Length > 0 && Verbs.Contains(args[0]);

    public static async Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("Alphanode Review Dashboard. With no verb it serves the web app.")
        {
            ImportCommand.Create(),
            ExportCommand.Create(),
            GenerateCommand.Create(),
            MigrateCommand.Create(),
        };

        var result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            foreach (var error in result.Errors)
            {
                await Console.Error.WriteLineAsync(error.Message);
            }

            return ExitCodes.Usage;
        }

        return await result.InvokeAsync();
    }

    /// <summary>A host with the product's configuration, logging and data services, for one command.</summary>
    internal static IHost BuildHost()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = Directory.GetCurrentDirectory(),
            EnvironmentName = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT")
                ?? Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") ?? Environments.Production,
        });
        builder.AddDashboardLogging(commandLine: true);
        builder.AddDashboardData();
        return builder.Build();
    }
}

internal static class ExitCodes
{
    public const int Ok = 0;
    public const int SomeFailed = 1;
    public const int Usage = 2;
}
