using Microsoft.Extensions.Options;
using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace Dashboard.Web.Hosting;

public static class LoggingRegistration
{
    /// <summary>
    /// Serilog from the <c>Serilog</c> section, plus a rolling compact-JSON file under
    /// <c>Logs:Folder</c>, anchored to the content root (Serilog would resolve a relative path
    /// against the working folder).
    /// </summary>
    public static IHostApplicationBuilder AddDashboardLogging(this IHostApplicationBuilder builder, bool commandLine = false)
    {
        var configuration = builder.Configuration;
        var options = builder.Services.AddOptions<LogsOptions>().BindConfiguration(LogsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<LogsOptions>, LogsFolderWritable>();

        // Serilog throws on a level it cannot read, as the logger is built and without the key:
        // the start-up check names it instead, and until then the logger keeps its defaults.
        var wrongLevels = LogSettingsChecks.WrongLevels(configuration);
        foreach (var wrong in wrongLevels)
        {
            options.Validate(_ => false, wrong);
        }

        var logs = configuration.GetSection(LogsOptions.Section).Get<LogsOptions>() ?? new LogsOptions();
        var retained = Math.Clamp(logs.RetainedFiles, 1, 3650);
        var path = Path.Combine(FolderOf(logs.Folder, builder.Environment.ContentRootPath), "dashboard-.json");

        builder.Services.AddSerilog((services, logger) =>
        {
            if (wrongLevels.Count == 0)
            {
                logger.ReadFrom.Configuration(configuration);
            }

            logger.ReadFrom.Services(services)
                .Enrich.FromLogContext()
                .WriteTo.File(new CompactJsonFormatter(), path, rollingInterval: RollingInterval.Day, retainedFileCountLimit: retained);

            // A command's standard output is its result (import --json): logs go to standard error.
            logger.WriteTo.Console(
                restrictedToMinimumLevel: commandLine ? LogEventLevel.Warning : LogEventLevel.Verbose,
                standardErrorFromLevel: commandLine ? LogEventLevel.Verbose : null);
        });
        return builder;
    }

    /// <summary>The log folder as a full path: a relative one is under the content root.</summary>
    internal static string FolderOf(string? folder, string contentRoot) =>
        Path.GetFullPath(string.IsNullOrWhiteSpace(folder) ? "logs" : folder, contentRoot);
}
