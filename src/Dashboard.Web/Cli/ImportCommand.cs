using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Dashboard.Web.Features.Imports;
using Dashboard.Web.Hosting;
using Spectre.Console;

namespace Dashboard.Web.Cli;

/// <summary><c>import PATH... [--json] [--by NAME]</c>: files and folders (recursively, *.txt).</summary>
internal static class ImportCommand
{
    // Standard output is read by people and programs, not embedded in HTML: quotes and
    // non-ASCII text in error messages stay as they are instead of \u escapes.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files and folders to import; folders are searched recursively for *.txt", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "Print one JSON summary object on standard output" };
        var by = new Option<string>("--by") { Description = "Who imports (recorded with the batch); defaults to the OS user", DefaultValueFactory = _ => Environment.UserName };
        var command = new Command("import", "Import alphanode post files") { paths, json, by };
        command.SetAction((result, cancellationToken) => RunAsync(result.GetValue(paths)!, result.GetValue(json), result.GetValue(by)!, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string[] paths, bool json, string by, CancellationToken cancellationToken)
    {
        var missing = ImportFiles.Missing(paths);
        if (missing.Count > 0)
        {
            foreach (var path in missing)
            {
                await Console.Error.WriteLineAsync($"import: no such file or folder: {path}");
            }

            return ExitCodes.Usage;
        }

        using var host = DashboardCli.BuildHost();
        await host.Services.GetRequiredService<DatabaseSetup>().MigrateAsync(cancellationToken);
        var importer = host.Services.GetRequiredService<PostImporter>();
        var origin = string.Join(", ", paths.Select(Path.GetFullPath));
        var files = ImportFiles.Expand(paths).Select(p => ImportFile.FromPath(p));

        ImportSummary summary;
        if (!json && AnsiConsole.Profile.Capabilities.Interactive && !Console.IsOutputRedirected)
        {
            var total = ImportFiles.Expand(paths).Count();
            summary = await AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .StartAsync(async context =>
                {
                    var task = context.AddTask($"Importing {total:N0} files", maxValue: Math.Max(1, total));
                    var progress = new Progress<ImportProgress>(p => task.Value = p.Processed);
                    var done = await importer.ImportAsync(files, origin, by, progress, total, cancellationToken);
                    task.Value = task.MaxValue;
                    return done;
                });
        }
        else
        {
            summary = await importer.ImportAsync(files, origin, by, cancellationToken: cancellationToken);
        }

        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(ImportSummaryJson.From(summary), Json));
        }
        else
        {
            Console.WriteLine($"batch {summary.BatchId}: {summary.Imported} imported, {summary.Updated} updated, {summary.Unchanged} unchanged, {summary.Conflicts} conflicts, {summary.Failed} failed; {summary.JoinedClusters} in near-copy clusters");
            foreach (var error in summary.Errors.Take(50))
            {
                Console.WriteLine($"  {error}");
            }

            if (summary.Errors.Count > 50)
            {
                Console.WriteLine($"  ... and {summary.Errors.Count - 50} more errors (see the Overview page)");
            }
        }

        return summary.Failed == 0 ? ExitCodes.Ok : ExitCodes.SomeFailed;
    }
}
