using System.CommandLine;
using Dashboard.Web.Hosting;

namespace Dashboard.Web.Cli;

/// <summary><c>migrate</c>: create the database or bring it to the latest schema.</summary>
internal static class MigrateCommand
{
    public static Command Create()
    {
        var command = new Command("migrate", "Create the database or apply pending migrations");
        command.SetAction(async (_, cancellationToken) =>
        {
            using var host = DashboardCli.BuildHost();
            await host.Services.GetRequiredService<DatabaseSetup>().MigrateAsync(cancellationToken);
            Console.WriteLine("database is up to date");
            return ExitCodes.Ok;
        });
        return command;
    }
}
