using System.CommandLine;
using Dashboard.Web.Features.Exports;
using Dashboard.Web.Hosting;

namespace Dashboard.Web.Cli;

/// <summary><c>export --out DIR [--status S] [--needs-review]</c>.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--out") { Description = "The folder to write to (created if missing)", Required = true };
        var status = new Option<string?>("--status") { Description = "Only posts with this revision status" };
        var needsReview = new Option<bool>("--needs-review") { Description = "Only posts flagged needs human review" };
        var command = new Command("export", "Write posts as alphanode files, one per post") { output, status, needsReview };
        command.SetAction(async (result, cancellationToken) =>
        {
            using var host = DashboardCli.BuildHost();
            await host.Services.GetRequiredService<DatabaseSetup>().MigrateAsync(cancellationToken);
            var exporter = ActivatorUtilities.CreateInstance<PostExporter>(host.Services);
            var folder = result.GetValue(output)!;
            var count = await exporter.ExportAsync(folder, result.GetValue(status), result.GetValue(needsReview), cancellationToken);
            Console.WriteLine($"exported {count} posts to {Path.GetFullPath(folder)}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
