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
        builder.Services.AddOptions<LogsOptions>().BindConfiguration(LogsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var logs = configuration.GetSection(LogsOptions.Section).Get<LogsOptions>() ?? new LogsOptions();
        var folder = string.IsNullOrWhiteSpace(logs.Folder) ? "logs" : logs.Folder;
        var retained = Math.Clamp(logs.RetainedFiles, 1, 3650);
        var path = Path.Combine(Path.GetFullPath(folder, builder.Environment.ContentRootPath), "dashboard-.json");

        builder.Services.AddSerilog((services, logger) =>
        {
            logger.ReadFrom.Configuration(configuration)
                .ReadFrom.Services(services)
                .Enrich.FromLogContext()
                .WriteTo.File(new CompactJsonFormatter(), path, rollingInterval: RollingInterval.Day, retainedFileCountLimit: retained);

            // A command's standard output is its result (import --json): logs go to standard error.
            logger.WriteTo.Console(
                restrictedToMinimumLevel: commandLine ? LogEventLevel.Warning : LogEventLevel.Verbose,
                standardErrorFromLevel: commandLine ? LogEventLevel.Verbose : null);
        });
        return builder;
    }
}
