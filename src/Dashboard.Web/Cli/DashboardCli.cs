using System.CommandLine;
using Dashboard.Web.Hosting;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Cli;

/// <summary>The command-line verbs of the one program: import, export, generate, migrate, users, tokens, recluster, recheck.</summary>
public static class DashboardCli
{
    private static readonly HashSet<string> Verbs = ["import", "export", "generate", "migrate", "users", "tokens", "recluster", "recheck", "--help", "-h", "-?", "--version"];

    public static bool IsVerb(string[] args) => args.Length > 0 && Verbs.Contains(args[0]);

    public static async Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("Alphanode Review Dashboard. With no verb it serves the web app.")
        {
            ImportCommand.Create(),
            ExportCommand.Create(),
            GenerateCommand.Create(),
            MigrateCommand.Create(),
            UsersCommand.Create(),
            TokensCommand.Create(),
            ReclusterCommand.Create(),
            RecheckCommand.Create(),
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

        try
        {
            return await result.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (OperationCanceledException)
        {
            await Console.Error.WriteLineAsync("cancelled");
            return ExitCodes.SomeFailed;
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or UnauthorizedAccessException or System.Data.Common.DbException or OptionsValidationException or AggregateException)
        {
            // A message a person can act on, not a stack trace: the log file has the details.
            await Console.Error.WriteLineAsync($"{result.CommandResult.Command.Name}: {ex.Message}");
            return ExitCodes.SomeFailed;
        }
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
        builder.AddDashboardAccounts();
        var host = builder.Build();

        // The checks the web app runs before it starts: a wrong setting stops the verb naming its key.
        host.Services.GetService<IStartupValidator>()?.Validate();
        return host;
    }
}

internal static class ExitCodes
{
    public const int Ok = 0;
    public const int SomeFailed = 1;
    public const int Usage = 2;
}
