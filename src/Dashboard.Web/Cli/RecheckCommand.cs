using System.CommandLine;
using System.Text.Json;
using Dashboard.Web.Features.Checks;
using Dashboard.Web.Hosting;

namespace Dashboard.Web.Cli;

/// <summary><c>recheck [--json]</c>: every stored post put through the checks again, with the <c>Checks:*</c> settings as they are now.</summary>
internal static class RecheckCommand
{
    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "Print one JSON summary object on standard output" };
        var command = new Command("recheck", "Compute every stored post's checks again (posts stored before checks existed, or after a change of the Checks settings)") { json };
        command.SetAction((result, cancellationToken) => RunAsync(result.GetValue(json), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(bool json, CancellationToken cancellationToken)
    {
        using var host = DashboardCli.BuildHost();
        await host.Services.GetRequiredService<DatabaseSetup>().MigrateAsync(cancellationToken);

        // Progress as plain lines on standard error, so standard output stays the summary.
        var progress = new Progress<RecheckProgress>(p => Console.Error.WriteLine($"checked: {p.Done}/{p.Total}"));
        var result = await host.Services.GetRequiredService<PostRecheck>().RunAsync(json ? null : progress, cancellationToken);
        Console.WriteLine(json
            ? JsonSerializer.Serialize(result, new JsonSerializerOptions(JsonSerializerDefaults.Web))
            : $"{result.Posts} posts checked: {result.WithErrors} with a failing error check, {result.Unreadable} unreadable (left as they were)");
        return result.Unreadable == 0 ? ExitCodes.Ok : ExitCodes.SomeFailed;
    }
}
