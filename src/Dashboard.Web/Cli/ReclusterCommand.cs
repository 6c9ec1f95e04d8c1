using System.CommandLine;
using System.Text.Json;
using Dashboard.Web.Features.NearCopies;
using Dashboard.Web.Hosting;
using Spectre.Console;

namespace Dashboard.Web.Cli;

/// <summary><c>recluster [--json]</c>: every post's near-copy signature computed again and the clusters rebuilt from scratch.</summary>
internal static class ReclusterCommand
{
    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "Print one JSON summary object on standard output" };
        var command = new Command("recluster", "Compute every post's near-copy signature again and rebuild the clusters from scratch") { json };
        command.SetAction((result, cancellationToken) => RunAsync(result.GetValue(json), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(bool json, CancellationToken cancellationToken)
    {
        using var host = DashboardCli.BuildHost();
        await host.Services.GetRequiredService<DatabaseSetup>().MigrateAsync(cancellationToken);
        var clustering = host.Services.GetRequiredService<NearCopyClustering>();

        ReclusterResult result;
        if (!json && AnsiConsole.Profile.Capabilities.Interactive && !Console.IsOutputRedirected)
        {
            result = await AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
                .StartAsync(async context =>
                {
                    var signing = context.AddTask("Signing posts");
                    var clusteringTask = context.AddTask("Clustering", autoStart: false);
                    var progress = new Progress<ReclusterProgress>(p =>
                    {
                        var task = p.Stage == ReclusterStage.Signing ? signing : clusteringTask;
                        task.MaxValue = Math.Max(1, p.Total);
                        task.Value = p.Done;
                        if (p.Stage == ReclusterStage.Clustering)
                        {
                            signing.Value = signing.MaxValue;
                            clusteringTask.StartTask();
                        }
                    });
                    return await clustering.ReclusterAsync(progress, cancellationToken);
                });
        }
        else
        {
            // Progress as plain lines on standard error, so standard output stays the summary.
            var progress = new Progress<ReclusterProgress>(p => Console.Error.WriteLine($"{p.Stage.ToString().ToLowerInvariant()}: {p.Done}/{p.Total}"));
            result = await clustering.ReclusterAsync(json ? null : progress, cancellationToken);
        }

        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(
                new { result.Posts, result.Unreadable, result.Clusters, result.InClusters, result.LargestCluster, result.Rewritten, Seconds = Math.Round(result.Elapsed.TotalSeconds, 2) },
                new JsonSerializerOptions(JsonSerializerDefaults.Web)));
        }
        else
        {
            Console.WriteLine($"{result.Posts} posts: {result.Clusters} clusters holding {result.InClusters} posts (largest {result.LargestCluster}); {result.Rewritten} posts' clusters changed; {result.Elapsed.TotalSeconds:F1} s");
        }

        return result.Unreadable == 0 ? ExitCodes.Ok : ExitCodes.SomeFailed;
    }
}
